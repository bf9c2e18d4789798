/**
 * Scalars and one-line flow collections of the plan subset (subset-yaml.ts), read as `yaml`
 * reads them with its YAML 1.2 core schema. Anything this file is not sure of throws OUTSIDE,
 * and `yaml` reads the file instead.
 */

/**
 * Levels of nesting the subset reads, the root mapping counted: well under js-yaml's limit
 * (fast-yaml.ts), which counts a level a little differently by shape and says where nesting
 * passes it. A file near that limit is left to js-yaml, so lint reports it as it did before.
 */
export const MAX_LEVELS = 90;

/** Thrown wherever a text leaves the subset; caught by readSubset, never shown. */
export const OUTSIDE = new Error('outside the plan subset');
export function outside(): never {
  throw OUTSIDE;
}

// Keys a plan uses: identifiers. Quoted keys, keys with spaces and keys that the core schema
// reads as null or a boolean are left to `yaml`, as is `__proto__`, which an object cannot hold.
const NOT_STRING_KEY = new Set([
  'null',
  'Null',
  'NULL',
  'true',
  'True',
  'TRUE',
  'false',
  'False',
  'FALSE',
  '__proto__',
]);
/** Whether `text`, read by keyEnd (identifier characters only), is a key of the subset. */
export function isKey(text: string): boolean {
  const first = text.charCodeAt(0);
  const letter = (first >= 97 && first <= 122) || (first >= 65 && first <= 90) || first === 95;
  return letter && text.length <= 1000 && !NOT_STRING_KEY.has(text);
}
/** The end of the key that starts at `from`: identifier characters only. */
export function keyEnd(line: string, from: number): number {
  let at = from;
  for (let code = line.charCodeAt(at); isKeyChar(code); code = line.charCodeAt(at)) at += 1;
  return at;
}
const isKeyChar = (code: number) =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 45;

// yaml's core schema (yaml/dist/schema/core), in its order; a plain scalar matching none is a string.
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
const MAY_NOT_BE_TEXT = /^[-+.~0-9nNtTfF]/;

/** A plain scalar's value, as yaml's core schema resolves it. */
export function resolvePlain(text: string): unknown {
  if (!MAY_NOT_BE_TEXT.test(text)) return text; // most values: words
  if (NULL.test(text)) return null;
  if (BOOL.test(text)) return text[0] === 't' || text[0] === 'T';
  if (INT_OCT.test(text)) return parseInt(text.substring(2), 8);
  if (INT.test(text)) return parseInt(text, 10);
  if (INT_HEX.test(text)) return parseInt(text.substring(2), 16);
  if (FLOAT_NAN.test(text))
    return text.slice(-3).toLowerCase() === 'nan' ? NaN : text[0] === '-' ? -Infinity : Infinity;
  if (FLOAT_EXP.test(text) || FLOAT.test(text)) return parseFloat(text);
  return text;
}

/** Characters that may not start a plain scalar here (YAML's indicators); the rest are read by their own readers. */
const NOT_PLAIN_START = new Set([...',[]{}#&*!|>\'"%@`']);
/** Whether a plain scalar may start at `at`: `-`, `?` and `:` only when a character that is not a space follows. */
export function plainMayStart(line: string, at: number, inFlow: boolean): boolean {
  const char = line[at] ?? '';
  if (char === '' || NOT_PLAIN_START.has(char)) return false;
  if (char !== '-' && char !== '?' && char !== ':') return true;
  const next = line[at + 1] ?? ' ';
  return next !== ' ' && !(inFlow && ',[]{}'.includes(next));
}

/** Where the spaces from `at` end; from 0, how far a line is indented (tabs are refused). */
export function skipSpaces(line: string, at: number): number {
  let index = at;
  while (line.charCodeAt(index) === 32) index += 1;
  return index;
}

export const indentOf = (line: string) => skipSpaces(line, 0);

/** `line` from `from` to `to`, less the spaces at its end (YAML trims spaces and tabs only; tabs are refused). */
export function trimSpaces(line: string, from: number, to: number): string {
  let end = to;
  while (end > from && line.charCodeAt(end - 1) === 32) end -= 1;
  return line.slice(from, end);
}

const ESCAPES: Record<string, string> = {
  '\\': '\\',
  '"': '"',
  '/': '/',
  n: '\n',
  t: '\t',
  r: '\r',
  b: '\b',
  f: '\f',
  '0': '\0',
};
const HEX4 = /^[0-9a-fA-F]{4}$/;

/** A quoted scalar that closes on its own line: its value and the index after the closing quote. */
export function readQuoted(line: string, at: number): [string, number] {
  const quote = line[at];
  let value = '';
  let from = at + 1;
  let close = -1;
  for (;;) {
    // Looked for again only once passed: from a line of escapes, each search would run to its end.
    if (close < from) close = line.indexOf(quote!, from);
    if (close < 0) outside(); // a quoted scalar over several lines: yaml folds it
    if (quote === "'") {
      value += line.slice(from, close);
      if (line[close + 1] !== "'") return [value, close + 1];
      value += "'";
      from = close + 2;
      continue;
    }
    const slash = line.indexOf('\\', from);
    if (slash < 0 || slash > close) return [value + line.slice(from, close), close + 1];
    value += line.slice(from, slash);
    const escape = line[slash + 1] ?? '';
    if (escape === 'u') {
      const hex = line.slice(slash + 2, slash + 6);
      const code = parseInt(hex, 16);
      if (!HEX4.test(hex) || (code >= 0xd800 && code <= 0xdfff)) outside();
      value += String.fromCharCode(code);
      from = slash + 6;
    } else {
      const char = ESCAPES[escape];
      if (char === undefined) outside(); // the rarer escapes (\x, \U, \N, \L, \e…) are yaml's
      value += char;
      from = slash + 2;
    }
  }
}
