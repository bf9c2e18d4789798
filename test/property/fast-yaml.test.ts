import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastYaml } from '../../src/source/fast-yaml.js';
import { parseText } from '../../src/source/parse-text.js';
import { parseYaml } from '../../src/source/parse-yaml.js';
import { readSubset } from '../../src/source/subset-yaml.js';
import { countOperations } from '../count-operations.js';

// Differential test of lint's two fast readers (issue 11), the subset reader and js-yaml behind
// its guard: on every text one accepts, `yaml` (the reference, which reports positions and
// errors) must find no error and the same data. Where a fast reader refuses, the next one or
// `yaml` decides, so refusing is always safe; accepting something `yaml` rejects, or reading it
// differently, would make lint pass a broken plan.
// CRISIS_FUZZ_RUNS raises the number of cases (CI keeps the default; a long run: 20000).
const RUNS = Number(process.env.CRISIS_FUZZ_RUNS ?? 1500);
// A long run takes its time: about 5 ms a case for a whole plan.
const TIMEOUT = Math.max(20_000, RUNS * 10);

type FastReader = (text: string) => { data: unknown } | object | undefined;
const READERS: Array<[string, FastReader]> = [
  ['the subset reader', readSubset],
  ['js-yaml behind its guard', fastYaml],
];

function agrees(text: string, reader: FastReader): boolean {
  const read = reader(text);
  if (read === undefined || !('data' in read)) return false;
  const fast = read.data;
  const slow = parseText(text);
  expect(slow.reports, text).toEqual([]);
  // What lint goes on with: the data, `x-` keys left out, as yaml reads it, keys in its order.
  expect(entries(fast), text).toStrictEqual(entries(slow.data));
  return true;
}

/**
 * Objects as lists of [key, value] with their prototype: toStrictEqual compares objects'
 * `constructor`, which a plan's own `constructor:` key shadows, so two equal readings differed.
 */
function entries(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(entries);
  if (value === null || typeof value !== 'object' || value instanceof Uint8Array) return value;
  return [Object.getPrototypeOf(value), Object.entries(value).map(([key, inner]) => [key, entries(inner)])];
}

const root = join(import.meta.dirname, '../..');
function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}
const plans = [...yamlFiles(join(root, 'playbooks')), ...yamlFiles(join(root, 'test/fixtures'))].map((file) =>
  readFileSync(file, 'utf8'),
);

// Scalars chosen where YAML readers are known to part ways: YAML 1.1 booleans, numbers in every
// base, indicators, escapes, line breaks Unicode counts, controls, keys JavaScript reserves.
const TRICKY = [
  ...['', ' ', 'a', 'a: b', '- a', '#x', 'a #b', 'a#b', 'yes', 'No', 'on', 'OFF', 'y', '0x1F', '0o17', '017'],
  ...['1_000', '+1', '-0', '.5', '1.', '1e3', '6.8523015e+5', '.inf', '-.Inf', '.NaN', '190:20:30', '2026-11-24'],
  ...['null', 'Null', '~', 'true', 'True', 'tRue', '@x', '`x', '%x', '&a', '*a', '!x', '!!str', '|', '>', '{', '}'],
  ...['[', ']', ',', '?', '? a', ':', 'a:', "it's", 'say "hi"', 'line1\nline2', 'a\n\nb', 'tab\there', '\t'],
  ...['é ñ 😀', '\\', '\\n', '\u0085', '\u2028', '\u00a0', '\x07', '\x7f', '\ufeff', ' lead', 'trail ', 'x-', '<<'],
  ...['__proto__', 'constructor', 'toString', '---', '...', 'a ---', '"', "'", 'k: [v]', '{k: v}', '- - a'],
];
const scalar = fc.oneof(
  fc.constantFrom(...TRICKY),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
);
const key = fc.oneof(
  fc.constantFrom('id', 'name', 'x-note', 'text', 'a b', 'é', ...TRICKY.slice(0, 40)),
  fc.string({ maxLength: 6 }),
);

// Keys as plans write them (identifiers), with the few that read as something else among them.
const identifier = fc.oneof(
  fc.stringMatching(/^[a-z_][a-z0-9_-]{0,7}$/),
  fc.constantFrom('id', 'x-note', 'true', 'Null', '__proto__', 'constructor', 'a-', '_'),
);

type Tree = string | { seq: Tree[] } | { map: Array<[string, Tree]> };
// Scalars as plans write them, mostly words and sentences, with the tricky ones among them.
const planScalar = fc.oneof(
  { arbitrary: fc.stringMatching(/^[A-Za-z0-9áéñ¿?.,:;'"#@/() -]{1,24}$/), weight: 8 },
  { arbitrary: fc.constantFrom(...TRICKY), weight: 1 },
  { arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
);

const trees = (keys: fc.Arbitrary<string>, scalars: fc.Arbitrary<string> = scalar) =>
  fc.letrec<{ tree: Tree }>((tie) => ({
    tree: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      scalars,
      fc.array(tie('tree'), { maxLength: 4 }).map((seq) => ({ seq })),
      fc.array(fc.tuple(keys, tie('tree')), { maxLength: 4 }).map((map) => ({ map })),
    ),
  })).tree;
const tree = trees(key);
const planTree = trees(identifier, planScalar);

/** How a scalar is written: as it is, quoted right or wrong, or as a block scalar. */
function writeScalar(value: string, style: number, indent: string): string {
  const more = `\n${indent}  `;
  switch (style % 10) {
    case 0:
      return value;
    case 1:
      return JSON.stringify(value);
    case 2:
      return `'${value.replaceAll("'", "''")}'`;
    case 3:
      return `"${value}"`;
    case 4:
      return `|\n${value
        .split('\n')
        .map((line) => indent + '  ' + line)
        .join('\n')}`;
    case 5:
      return `>-\n${indent}  ${value}`;
    case 7: // over several lines, plain or folded, each line indented under its key
      return value.split('\n').join(more);
    case 8:
      return `>${more}${value.split('\n').join(more)}`;
    default:
      return `'${value}'`;
  }
}

/** Writes a tree as YAML, block or flow, with styles (and so mistakes) drawn from `styles`. */
function writeTree(node: Tree, styles: number[], indent = '', at = { i: 0 }, plainKeys = false): string {
  const style = styles[at.i++ % styles.length] ?? 0;
  if (typeof node === 'string') return writeScalar(node, style, indent);
  const flow = style % 5 === 4;
  const step = style % 11 === 10 ? ' ' : '  '; // an odd indent now and then
  if ('map' in node) {
    const pairs = node.map;
    if (flow || pairs.length === 0)
      return `{${pairs.map(([k, v]) => `${plainKeys ? k : writeScalar(k, style >> 3, indent)}: ${writeTree(v, styles, indent, at, plainKeys)}`).join(', ')}}`;
    return pairs
      .map(
        ([k, v]) =>
          `\n${indent}${plainKeys ? k : writeScalar(k, style >> 3, indent)}:${typeof v === 'string' ? ' ' : ''}${writeTree(v, styles, indent + step, at, plainKeys)}`,
      )
      .join('');
  }
  const items = node.seq;
  if (flow || items.length === 0)
    return `[${items.map((item) => writeTree(item, styles, indent, at, plainKeys)).join(', ')}]`;
  return items
    .map((item) => `\n${indent}- ${writeTree(item, styles, indent + step, at, plainKeys).trimStart()}`)
    .join('');
}

/** Small edits a person makes by mistake: a character, an indent, a line dropped or repeated. */
const edit = fc.tuple(fc.nat(), fc.nat(6), fc.constantFrom(...' \t\n:-#"\'|>{}[],&*!?%@`\\é'.split('')));
function applyEdit(text: string, [at, kind, char]: [number, number, string]): string {
  const lines = text.split('\n');
  const row = at % lines.length;
  const spot = at % (text.length + 1);
  switch (kind) {
    case 0:
      return text.slice(0, spot) + char + text.slice(spot);
    case 1:
      return text.slice(0, spot) + text.slice(spot + 1);
    case 2:
      lines[row] = ' ' + lines[row];
      break;
    case 3:
      lines[row] = (lines[row] ?? '').replace(/^ /, '');
      break;
    case 4:
      lines.splice(row, 0, lines[row] ?? '');
      break;
    case 5:
      lines.splice(row, 1);
      break;
    default:
      lines[row] = `${lines[row] ?? ''} ${char}`;
  }
  return lines.join('\n');
}

describe.each(READERS)('%s reads what yaml reads, or leaves the file to yaml', (_reader, reader) => {
  it('accepts every bundled plan and fixture it can, and agrees on each', () => {
    const accepted = plans.filter((text) => {
      const fast = reader(text);
      return fast === undefined || agrees(text, reader);
    });
    expect(accepted.length).toBe(plans.length);
    // The bundled examples are ordinary plans: if the fast path refused them it would be dead code.
    for (const example of ['es-optica-miravista', 'en-northside-bakery'])
      expect(reader(readFileSync(join(root, `playbooks/${example}/crisis.yaml`), 'utf8'))).toBeDefined();
  });

  it.each([
    ['an anchor and alias', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a merge key', 'a: {b: 1}\nc:\n  <<: {b: 2}\n'],
    ['a __proto__ key', '__proto__: {polluted: true}\n'],
    ['a number as key', '1: one\n'],
    ['a null key', '~: nothing\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['a list at the root', '- a\n'],
    ['a scalar at the root', 'just text\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['an under-indented continuation', 'top:\n  key: value\n more\n'],
    ['a tab as indent', 'a:\n\tb: 1\n'],
    ['an unclosed quote', 'a: "open\n'],
    ['a key over 1024 characters', `${'k'.repeat(1100)}: v\n`],
  ])('refuses %s (yaml reports it, or reads it alone)', (_name, text) => {
    expect(reader(text)).toBeUndefined();
  });

  // Found by differential lint runs against 8bb01dc: js-yaml reads a float too large for a double
  // as text, and a lone CR (old Mac line ends) as a line break; yaml reads Infinity, and one line.
  it.each([
    ['a float that overflows', 'a: 1e400\n'],
    ['a negative float that overflows', 'a: -1.5E+400\n'],
    ['an overflowing float in a flow list', 'a: [1, 2e999]\n'],
    ['lines ended by CR alone', 'a: 1\rb: 2\r'],
    ['a lone CR inside a line', 'a: 1\r b\n'],
    ['a block scalar with an indentation indicator, then a line of spaces', 'k: |1\n    a\n  \n'],
    ['the same in a list, folded and stripped', 'a:\n  - >2-\n     a\n      \n'],
  ])('agrees on %s, or leaves it to yaml', (_name, text) => {
    if (reader(text) !== undefined) agrees(text, reader);
  });

  it.each([
    [
      'block mappings',
      `brand:\n${Array.from({ length: 150 }, (_, i) => `${' '.repeat(i + 1)}k:`).join('\n')} v\n`,
      100, // brand is the first level, on line 1: the 101st opens on line 100
    ],
    ['brackets', `brand: ${'['.repeat(1000)}${']'.repeat(1000)}\n`, 1],
  ])(
    'says where nesting passes 100 levels of %s, the same on any thread (no stack to run out of)',
    (_name, text, line) => {
      const { reports } = parseYaml(new TextEncoder().encode(text));
      expect(reports).toEqual([
        { position: { line, column: expect.any(Number) }, messageId: 'yaml.tooDeep', data: { max: 100 } },
      ]);
    },
  );

  it(
    'agrees on generated YAML, right and wrong',
    () => {
      let accepted = 0;
      fc.assert(
        fc.property(tree, fc.array(fc.nat(), { minLength: 1, maxLength: 12 }), (value, styles) => {
          const text = `root:${writeTree(value, styles, '  ')}\n`;
          if (agrees(text, reader)) accepted += 1;
        }),
        { numRuns: RUNS },
      );
      // Enough of them inside the subset for the comparison to mean something (the subset reader
      // takes identifier keys only: the plan-shaped test below is its main one).
      expect(accepted).toBeGreaterThan(RUNS / 20);
    },
    TIMEOUT,
  );

  it(
    'agrees on generated plan-shaped YAML (identifier keys), with LF or CRLF line ends',
    () => {
      let accepted = 0;
      fc.assert(
        fc.property(
          planTree,
          fc.array(fc.nat(), { minLength: 1, maxLength: 12 }),
          fc.boolean(),
          (value, styles, crlf) => {
            const text = `root:${writeTree(value, styles, '  ', { i: 0 }, true)}\n`;
            if (agrees(crlf ? text.replaceAll('\n', '\r\n') : text, reader)) accepted += 1;
          },
        ),
        { numRuns: RUNS },
      );
      // About a tenth of these trees are inside the subset, varying with the seed: half that, with room.
      expect(accepted).toBeGreaterThan(RUNS / 20);
    },
    TIMEOUT,
  );

  it(
    'agrees on bundled plans with a few mistakes typed in',
    () => {
      let accepted = 0;
      fc.assert(
        fc.property(fc.nat(plans.length - 1), fc.array(edit, { minLength: 1, maxLength: 3 }), (index, edits) => {
          const text = edits.reduce(applyEdit, plans[index]!);
          if (agrees(text, reader)) accepted += 1;
        }),
        { numRuns: Math.ceil(RUNS / 3) },
      );
      expect(accepted).toBeGreaterThan(RUNS / 30);
    },
    TIMEOUT,
  );
});

describe('the subset reader on hostile input', () => {
  // It counted the root mapping as no level and allowed 100 more, so it read 101 and 102 levels
  // of nesting that js-yaml (and lint before it) reports as passing 100; near the limit it now
  // steps aside and js-yaml says where nesting passes it, as before.
  const nested = (levels: number) =>
    Array.from({ length: levels }, (_, i) => `${' '.repeat(i)}k:${i === levels - 1 ? ' v' : ''}`).join('\n') + '\n';
  it.each([
    ['block mappings, 101 levels', nested(101)],
    ['block mappings, 100 levels', nested(100)],
    ['brackets, 102 levels', `k: ${'['.repeat(101)}${']'.repeat(101)}\n`],
    ['block lists, 99 levels', `k:\n  ${'- '.repeat(98)}x\n`],
  ])('leaves %s to js-yaml, which says nesting passes 100', (_name, text) => {
    expect(readSubset(text)).toBeUndefined();
    expect(parseYaml(new TextEncoder().encode(text)).reports[0]?.messageId).toBe('yaml.tooDeep');
  });

  // A quoted value of many escapes looked for its closing quote again after each one: 600,000
  // escapes took 6 to 8 s (quadratic). Counted without a clock: twice the escapes, twice the work.
  it('reads a long line of escapes in linear time, and as yaml does', () => {
    const line = (escapes: number) => `a: "${'\\n'.repeat(escapes)}x\\"y"\n`;
    const work = (escapes: number) => countOperations(() => readSubset(line(escapes)));
    expect(work(40_000) / work(20_000)).toBeLessThan(2.5);
    expect(readSubset(line(600_000))).toEqual({ data: { a: `${'\n'.repeat(600_000)}x"y` } });
    agrees('a: "\\n\\n\\"\\u00e9 \\\\ x"\n', readSubset);
  });
});
