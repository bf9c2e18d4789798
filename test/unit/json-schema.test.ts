import { describe, expect, it } from 'vitest';
import { playbookJsonSchema } from '../../src/model/json-schema.js';

type Node = Record<string, unknown>;

/** Every property of every object in the schema, by a readable path. */
function properties(node: unknown, path = ''): [string, Node][] {
  if (!node || typeof node !== 'object') return [];
  if (Array.isArray(node)) return node.flatMap((item, index) => properties(item, `${path}[${index}]`));
  const own = Object.entries(((node as Node).properties ?? {}) as Record<string, Node>).map(
    ([key, value]): [string, Node] => [`${path}.${key}`, value],
  );
  return [
    ...own,
    ...Object.entries(node as Node).flatMap(([key, value]) =>
      properties(value, key === 'properties' ? path : `${path}/${key}`),
    ),
  ];
}

const all = properties(playbookJsonSchema());
const named = (key: string) => all.filter(([path]) => path.endsWith(`.${key}`)).map(([, value]) => value);

describe('the JSON Schema editors read', () => {
  it('describes every property, from the zod metadata', () => {
    expect(all.length).toBeGreaterThan(90);
    expect(
      all
        .filter(([, value]) => typeof value.description !== 'string' || value.description.length < 10)
        .map(([path]) => path),
    ).toEqual([]);
  });

  it.each(['respond_within', 'within'])(
    'gives every %s the duration pattern, so "2 horas" is refused while typing',
    (key) => {
      for (const schema of named(key)) {
        const pattern = new RegExp(schema.pattern as string);
        expect([pattern.test('2h'), pattern.test('1d2h30m'), pattern.test('2 horas'), pattern.test('0m')]).toEqual([
          true,
          true,
          false,
          false,
        ]);
      }
    },
  );

  it.each([
    ['format', ['short', 'long']],
    ['kind', ['acknowledgement', 'apology', 'update', 'private-reply', 'internal', 'closing']],
    ['involves', ['influencers']],
  ])('lists the values of %s', (key, values) => {
    expect(named(key).map((schema) => schema.enum)).toEqual([values]);
  });
});
