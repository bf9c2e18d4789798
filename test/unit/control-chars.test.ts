import { Chalk } from 'chalk';
import fc from 'fast-check';
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/cli/logger.js';
import { frameMessage, loadTextLayout } from '../../src/cli/terminal-text.js';
import { translator } from '../../src/i18n/index.js';
import type { FileResult } from '../../src/source/finding.js';
import { formatGithub } from '../../src/lint/formats/github.js';
import { formatStylish } from '../../src/lint/formats/stylish.js';
import { findControlChar, printable } from '../../src/model/control-chars.js';

// wrap-ansi and string-width load on demand (terminal-text.ts).
beforeAll(() => loadTextLayout());

// The class of defect: a control character from a playbook, a journal, a --var or a file name
// reaching the terminal raw. Every printer goes through printable(); these check it and them.

const t = translator('en');
const RUNS = 200;

/** What is left raw once the sequences a printer may keep are taken out: must be nothing. */
function rawControls(output: string, keep: { lines?: boolean; colours?: boolean } = {}): string[] {
  let rest = output;
  if (keep.colours) rest = rest.replace(/\x1b\[(0|1|2|3|4|22|23|24|3[0-9]|4[0-9]|9[0-7]|10[0-7])m/g, '');
  if (keep.lines) rest = rest.replace(/\r?\n|\t/g, '');
  return rest.match(/[\u0000-\u001f\u007f-\u009f]/g) ?? [];
}

// Strings a hostile or careless user writes: terminal sequences, lone CRs, C1 CSI, and any text.
const hostile = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      '\x1b',
      '\x1b[2J',
      '\x1b[31m',
      '\x1b[8m',
      '\x1b]0;title\x07',
      '\x1b]52;c;aGk=\x07',
      '\x07',
      '\r',
      '\n',
      '\r\n',
      '\t',
      '\x9b',
      '\x00',
      '\x7f',
      '\x1bP',
    ),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }),
  ),
  maxLength: 40,
});

describe('printable', () => {
  it.each([
    ['ESC and an OSC title', 'a\x1b]0;pwned\x07b', 'a\\x1b]0;pwned\\x07b'],
    ['a lone CR, which rewinds the line', 'ok\rFAKE', 'ok\\rFAKE'],
    ['a newline in one-line text (a file name)', 'a\n  1:1 error forged', 'a\\n  1:1 error forged'],
    ['NUL, DEL and the C1 CSI', '\x00\x7f\x9b2J', '\\x00\\x7f\\x9b2J'],
    ['a tab on one line', 'a\tb', 'a\\tb'],
    ['plain text, accents and emoji', 'Panadería 🥖 «hoy»', 'Panadería 🥖 «hoy»'],
  ])('writes out %s', (_, input, expected) => {
    expect(printable(input)).toBe(expected);
  });

  it.each([
    ['keeps LF, CR LF and tabs in a text of lines', 'a\nb\r\nc\td', 'a\nb\r\nc\td'],
    ['still escapes a lone CR there', 'a\rb\n', 'a\\rb\n'],
    ['and ESC', 'a\x1b[2Jb', 'a\\x1b[2Jb'],
  ])('%s', (_, input, expected) => {
    expect(printable(input, { lines: true })).toBe(expected);
  });

  it.each([
    ["keeps chalk's colours where asked", '\x1b[31mred\x1b[39m', '\x1b[31mred\x1b[39m'],
    ['but not conceal, which hides text', '\x1b[8mhidden', '\\x1b[8mhidden'],
    ['nor a cursor move or a clear', '\x1b[2J\x1b[1;1H', '\\x1b[2J\\x1b[1;1H'],
    ['nor two parameters in one', '\x1b[1;31m', '\\x1b[1;31m'],
  ])('%s', (_, input, expected) => {
    expect(printable(input, { lines: true, colours: true })).toBe(expected);
  });

  it('leaves no control character, whatever the text (property)', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        expect(rawControls(printable(text))).toEqual([]);
        expect(rawControls(printable(text, { lines: true }), { lines: true })).toEqual([]);
        // Idempotent: printing twice (a parameter, then the line) changes nothing more.
        expect(printable(printable(text))).toBe(printable(text));
        // Text with no control character is untouched: a message to copy stays verbatim.
        if (findControlChar(text) === undefined && !/[\r\n\t]/.test(text)) expect(printable(text)).toBe(text);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('findControlChar (the control-character rule and check)', () => {
  it.each([
    ['none in a long post', 'Hola,\r\n\tgracias.\n', undefined],
    ['ESC on the first line', 'Hola\x1b[31m', { char: '\x1b', index: 4, line: 1, column: 4, count: 1 }],
    ['a lone CR on line 2', 'a\nbc\rd\x07', { char: '\r', index: 4, line: 2, column: 2, count: 2 }],
  ])('%s', (_, text, expected) => {
    expect(findControlChar(text)).toEqual(expected);
  });
});

describe('every printer', () => {
  const outputs = (level: 0 | 1) => {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let printed = '';
    stdout.on('data', (chunk) => (printed += chunk));
    stderr.on('data', (chunk) => (printed += chunk));
    return { log: createLogger({ stdout, stderr }, level), printed: () => printed };
  };

  it.each([0, 1] as const)(
    'the logger (colour level %s) lets only line breaks and its own colours through (property)',
    (level) => {
      fc.assert(
        fc.property(hostile, (text) => {
          const { log, printed } = outputs(level);
          log.out(log.color.bold(text));
          log.error(text);
          log.warn(log.color.red(text));
          log.info(text);
          expect(rawControls(printed(), { lines: true, colours: true })).toEqual([]);
          if (level === 0) expect(printed()).not.toContain('\x1b');
        }),
        { numRuns: RUNS },
      );
    },
  );

  it('stylish and github print one line per finding, however the file and message are named (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ file: hostile, message: hostile }), { minLength: 1, maxLength: 4 }),
        (entries) => {
          const results: FileResult[] = entries.map(({ file, message }) => ({
            file,
            findings: [{ file, line: 1, column: 1, ruleId: 'schema', severity: 'error', message }],
          }));
          const stylish = formatStylish(results, t, new Chalk({ level: 0 }));
          expect(rawControls(stylish, { lines: true })).toEqual([]);
          // A blank line and the file, then its finding, per file; a blank, the summary and a blank.
          expect(stylish.split('\n')).toHaveLength(3 * entries.length + 3);
          const github = formatGithub(results);
          expect(rawControls(github, { lines: true })).toEqual([]);
          expect(github.split('\n')).toHaveLength(entries.length);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('frameMessage keeps every character of a message, control characters alone written out (property)', () => {
    fc.assert(
      fc.property(hostile, hostile, (title, text) => {
        const framed = frameMessage(title, text, 80);
        expect(rawControls(framed, { lines: true })).toEqual([]);
        // Wrapped inside the frame: only spaces may become line ends (and wrap-ansi composes
        // characters, NFC, as the screen shows them anyway).
        const body = framed.split('\n').slice(1, -1).join('\n');
        const words = (of: string) => of.normalize().split(/\s+/).filter(Boolean);
        expect(words(body)).toEqual(words(printable(text, { lines: true })));
      }),
      { numRuns: RUNS },
    );
  });
});
