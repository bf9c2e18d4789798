import { describe, expect, it } from 'vitest';
import { countOperations } from '../count-operations.js';
import { lintText, MINIMAL_YAML } from '../helpers.js';

// The plan's YAML, read by `yaml` alone: what it leaves to crisis (nesting, duplicate keys in one
// pass, aliases with no anchor, the dates YAML 1.1 makes) said at the line to fix.

const lines = (text: string) => text.split('\n').length;
/** An extension key (ignored by the schema) whose value nests `levels` more collections. */
const nestedMaps = (levels: number) =>
  `x-deep:\n${Array.from({ length: levels }, (_, i) => `${' '.repeat(i + 1)}k:`).join('\n')} v\n`;
const brackets = (levels: number) => `x-deep: ${'['.repeat(levels)}${']'.repeat(levels)}\n`;
const lists = (levels: number) => `x-deep:\n  ${'- '.repeat(levels)}x\n`;
const start = lines(MINIMAL_YAML); // the line of `x-deep:`, after the plan's last line

describe('nesting', () => {
  // The root mapping is the first level; x-deep's value the second.
  it.each([
    ['block mappings', nestedMaps, { line: start + 100, column: 101 }],
    ['brackets', brackets, { line: start, column: 8 + 100 }],
    ['block lists', lists, { line: start + 1, column: 3 + 2 * 99 }],
  ])('of %s up to 100 levels reads; the 101st is a yaml-syntax finding where it opens', (_name, nested, at) => {
    expect(lintText(`${MINIMAL_YAML}${nested(99)}`)).toEqual([]);
    const [finding, ...more] = lintText(`${MINIMAL_YAML}${nested(100)}`);
    expect(more).toEqual([]);
    expect(finding).toMatchObject({ ruleId: 'yaml-syntax', ...at, message: expect.stringContaining('100 levels') });
  });

  it('of 20,000 brackets is a finding on its line, never a stack overflow', () => {
    expect(lintText(`${MINIMAL_YAML}${brackets(20_000)}`)).toMatchObject([
      { ruleId: 'yaml-syntax', line: start, column: 108 },
    ]);
  });
});

describe('aliases', () => {
  it.each([
    ['an anchor that does not exist', 'version: 1\nbrand:\n  name: *nope\n', 3, 9],
    ['an anchor that comes after it', 'version: 1\nbrand:\n  name: *nope\n  x-name: &nope Espiga\n', 3, 9],
  ])('with %s: a finding at the alias that names it', (_name, text, line, column) => {
    expect(lintText(text)).toMatchObject([
      { ruleId: 'yaml-syntax', line, column, message: expect.stringContaining('The alias *nope names no anchor') },
    ]);
    expect(lintText(text, {}, 'es')[0]!.message).toContain('El alias *nope no remite a ningún ancla');
  });

  it('still reads an alias whose anchor comes first', () => {
    const text = MINIMAL_YAML.replace('name: Panadería La Espiga', 'name: &name Panadería La Espiga').concat(
      'x-name: *name\n',
    );
    expect(lintText(text)).toEqual([]);
  });
});

describe('a date that YAML 1.1 makes', () => {
  const yaml11 = `%YAML 1.1\n---\n${MINIMAL_YAML}`.replace(
    'approved_by: luis\n',
    'approved_by: luis\n    approved_on: 2026-10-01\n',
  );
  const line = lines(yaml11.slice(0, yaml11.indexOf('approved_on')));

  it('is named as a date, at its line, with the quoted text to write', () => {
    expect(lintText(yaml11)).toMatchObject([
      {
        ruleId: 'schema',
        line,
        column: 18,
        message:
          'responses[0].approved_on was read as a date, not as text: YAML does that under `%YAML 1.1` or with `!!timestamp`. Put it in quotes: "2026-10-01".',
      },
    ]);
    expect(lintText(yaml11, {}, 'es')[0]!.message).toContain('se ha leído como una fecha');
    expect(lintText(yaml11.replace('2026-10-01', '"2026-10-01"'))).toEqual([]);
  });
});

describe('a mapping of thousands of keys', () => {
  const unknownKeys = (count: number) =>
    `${MINIMAL_YAML}${Array.from({ length: count }, (_, i) => `unknown_${i}: ${i}`).join('\n')}\n`;

  it('is linted in linear work: twice the keys, twice the work, a finding each', () => {
    const work = (count: number) => countOperations(() => expect(lintText(unknownKeys(count))).toHaveLength(count));
    expect(work(4000) / work(2000)).toBeLessThan(2.5);
  });

  it('still has its duplicate key found, at the second one', () => {
    const text = `${unknownKeys(3000)}unknown_7: again\n`;
    expect(lintText(text)).toMatchObject([
      { ruleId: 'yaml-syntax', line: lines(text) - 1, column: 1, message: expect.stringContaining('twice') },
    ]);
  });
});

describe('a date that YAML 1.1 makes from a date and a time', () => {
  it('is quoted as the file writes it, not as the date it was read as', () => {
    const text = `%YAML 1.1\n---\n${MINIMAL_YAML}`.replace(
      'approved_by: luis\n',
      'approved_by: luis\n    approved_on: 2026-10-01 10:00:00 +02:00\n',
    );
    expect(lintText(text)[0]!.message).toMatch(/Put it in quotes: "2026-10-01 10:00:00 \+02:00"\.$/);
  });
});

describe('an alias bomb', () => {
  const tens = (alias: string) => `[${Array(10).fill(alias).join(', ')}]`;
  const bomb = `${MINIMAL_YAML}x-a: &a ${tens('x')}\nx-b: &b ${tens('*a')}\nx-c: &c ${tens('*b')}\nx-d: ${tens('*c')}\n`;

  it('is a finding at the alias where expanding stops, not at 1:1', () => {
    const [finding] = lintText(bomb);
    expect(finding).toMatchObject({ ruleId: 'yaml-syntax', line: lines(MINIMAL_YAML) + 2, column: 42 });
    expect(finding!.message).toMatch(/expands its aliases/);
  });
});

describe('a tag yaml does not know', () => {
  it.each([
    ['!!python/object', 'x-obj: !!python/object foo\n'],
    ['!foo', 'x-obj: !foo bar\n'],
  ])('%s is a yaml-syntax error at the tag', (tag, extra) => {
    expect(lintText(`${MINIMAL_YAML}${extra}`)).toMatchObject([
      {
        ruleId: 'yaml-syntax',
        severity: 'error',
        line: lines(MINIMAL_YAML),
        column: 8,
        endColumn: 8 + tag.length,
      },
    ]);
    expect(lintText(`${MINIMAL_YAML}${extra}`)[0]!.message).toContain(`The tag ${tag} is none that a plan uses`);
  });

  it('leaves the tags a plan may use', () => {
    expect(lintText(MINIMAL_YAML.replace('name: Panadería La Espiga', 'name: !!str Panadería La Espiga'))).toEqual([]);
  });
});

describe("yaml's reasons, in the plan's language", () => {
  it.each([
    ['a backslash escape', 'x-a: "c:\\q"\n', 'barra invertida'],
    ['a colon in a value', 'x-a: b: c\n', 'dos puntos seguidos de un espacio'],
    ['a line with no colon', 'x-a: 1\njust text\n', 'los dos puntos tras una clave'],
    ['a reserved first character', 'x-a: @foo\n', 'carácter que YAML reserva'],
    ['a flow list left open', 'x-a: [1, 2\nx-b: 1\n', 'La sangría es incorrecta'],
  ])('%s is said in Spanish, with no English reason inside', (_name, extra, says) => {
    const [finding] = lintText(`${MINIMAL_YAML}${extra}`, {}, 'es');
    expect(finding).toMatchObject({ ruleId: 'yaml-syntax' });
    expect(finding!.message).toContain(says);
    expect(finding!.message).not.toMatch(/\b(the|must|Missing|Implicit|Invalid|Plain|Nested|Flow)\b/);
  });
});
