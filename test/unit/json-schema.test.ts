import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/index.js';
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

  /** Every node of the schema that has a pattern, wherever it is (properties, items, propertyNames). */
  function patterned(node: unknown, found: Node[] = []): Node[] {
    if (!node || typeof node !== 'object') return found;
    if (typeof (node as Node).pattern === 'string') found.push(node as Node);
    for (const value of Object.values(node as Node)) patterned(value, found);
    return found;
  }

  it('gives every pattern a sentence the editor shows instead of the raw expression', () => {
    const nodes = patterned(playbookJsonSchema());
    expect(nodes.length).toBeGreaterThan(50);
    const missing = nodes.filter((node) => typeof node.patternErrorMessage !== 'string');
    expect(missing.map((node) => node.pattern)).toEqual([]);
    for (const node of nodes) expect(node.patternErrorMessage).not.toMatch(/[\\^$]|\{\w+\}/);
  });

  it.each([
    ['respond_within', 'Not a duration of more than 0: write it like 15m, 2h, 1h30m or 1d.'],
    ['id', 'Not a valid id: use lowercase letters, digits and dashes (e.g. "possible-crisis").'],
    ['apology_url', 'Not a web address: write it in full, starting with https://, with no spaces.'],
    ['email', 'Not an email address (e.g. "ana@example.com").'],
    ['approved_on', 'Not a date: write it as YYYY-MM-DD.'],
    ['hashtag', 'A hashtag starts with # and has no spaces (e.g. "#BakeryNews"), in quotes.'],
  ])('says what a good %s looks like', (key, message) => {
    const messages = new Set(named(key).map((schema) => schema.patternErrorMessage));
    expect([...messages]).toEqual([message]);
  });

  it('says it in Spanish when asked, with the same patterns', () => {
    const spanish = patterned(playbookJsonSchema(translator('es')));
    const english = patterned(playbookJsonSchema());
    expect(spanish.map((node) => node.pattern)).toEqual(english.map((node) => node.pattern));
    expect(new Set(spanish.map((node) => node.patternErrorMessage))).toContain(
      'No es una duración mayor que 0: escríbela como 15m, 2h, 1h30m o 1d.',
    );
  });
});
