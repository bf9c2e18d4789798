import { readBlockScalar } from './subset-block-scalar.js';
import { readFlow, type Seen } from './subset-flow.js';
import {
  indentOf,
  isKey,
  keyEnd,
  MAX_LEVELS,
  OUTSIDE,
  outside,
  plainMayStart,
  readQuoted,
  resolvePlain,
  skipSpaces,
  trimSpaces,
} from './subset-scalars.js';
import { withoutExtensions } from './without-extensions.js';

/**
 * Lint's first reader (issue 11): the YAML that plans are written in, read line by line in a
 * tenth of the time a general parser takes. Block mappings with identifier keys, block
 * sequences, plain and one-line quoted scalars, `|` and `>` block scalars, one-line flow
 * collections, comments. Whatever else a file holds (anchors, tags, a second document, a tab, a
 * key in quotes, a scalar over several lines of quotes, an indentation it did not expect) makes
 * it answer undefined, and the general readers take the file: it never reports an error itself.
 *
 * It reads what it accepts as `yaml` (the reference) reads it with the YAML 1.2 core schema:
 * test/property/fast-yaml.test.ts compares the two on generated and mistyped plans.
 */

// Characters yaml reads differently or not at all (controls, tabs, a byte-order mark, Unicode's
// line separators, halves of surrogate pairs), and a CR that is not followed by LF.
// Any of those, CR and both surrogate halves among them, in one character class: a single fast scan
// clears nearly every plan before the exact test, whose lookarounds cost twice as much.
const SUSPECT = /[\t\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff\u2028\u2029\ud800-\udfff]/;
const UNREAD =
  /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\u2028\u2029]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|\r(?!\n)/;
/** Deeper than this, `yaml` could run out of stack, at a depth that differs by thread (lint's workers have more). */
export const MAX_DEPTH = 100;

interface Reader extends Seen {
  lines: string[];
  row: number;
  depth: number;
  endsWithBreak: boolean;
}

/** Moves past empty lines and comment lines. */
function skipBlank(reader: Reader): void {
  const { lines } = reader;
  while (reader.row < lines.length) {
    const line = lines[reader.row]!;
    const indent = indentOf(line);
    if (indent < line.length && line.charCodeAt(indent) !== 35) return;
    reader.row += 1;
  }
}

const isDash = (line: string, at: number) =>
  line.charCodeAt(at) === 45 && (at + 1 === line.length || line.charCodeAt(at + 1) === 32);

/** A block collection whose first entry starts at column `indent` of the current row. */
function collection(reader: Reader, indent: number): unknown {
  if (++reader.depth > MAX_LEVELS) outside();
  const value = isDash(reader.lines[reader.row]!, indent) ? sequence(reader, indent) : mapping(reader, indent);
  reader.depth -= 1;
  return value;
}

function mapping(reader: Reader, indent: number): Record<string, unknown> {
  const map: Record<string, unknown> = {};
  for (;;) {
    const line = reader.lines[reader.row]!;
    const end = keyEnd(line, indent);
    const key = line.slice(indent, end);
    if (!isKey(key) || line.charCodeAt(end) !== 58 || (end + 1 < line.length && line.charCodeAt(end + 1) !== 32))
      outside();
    if (Object.hasOwn(map, key)) outside(); // yaml reports the duplicate
    if (key.startsWith('x-')) reader.extensions = true;
    map[key] = value(reader, end + 1, indent, true);
    skipBlank(reader);
    if (reader.row >= reader.lines.length) return map;
    const next = indentOf(reader.lines[reader.row]!);
    if (next < indent) return map;
    if (next > indent) outside();
  }
}

function sequence(reader: Reader, indent: number): unknown[] {
  const list: unknown[] = [];
  for (;;) {
    list.push(value(reader, indent + 1, indent, false));
    skipBlank(reader);
    if (reader.row >= reader.lines.length) return list;
    const line = reader.lines[reader.row]!;
    const next = indentOf(line);
    if (next < indent || (next === indent && !isDash(line, indent))) return list;
    if (next > indent) outside();
  }
}

/**
 * The value that follows a key's colon or an entry's dash at `at` on the current row, in a
 * collection indented by `parent`; leaves the reader on the row after it.
 */
function value(reader: Reader, at: number, parent: number, inMapping: boolean): unknown {
  const line = reader.lines[reader.row]!;
  const start = skipSpaces(line, at);
  const char = line[start];
  if (char === undefined || char === '#') {
    reader.row += 1;
    skipBlank(reader);
    if (reader.row >= reader.lines.length) return null;
    const next = reader.lines[reader.row]!;
    const indent = indentOf(next);
    if (indent > parent) return collection(reader, indent);
    // A mapping's list may sit at the key's own indentation.
    return inMapping && indent === parent && isDash(next, indent) ? collection(reader, indent) : null;
  }
  if (char === '|' || char === '>') {
    const [text, row] = readBlockScalar(reader.lines, reader.row, start, parent, reader.endsWithBreak);
    reader.row = row;
    return text;
  }
  if (char === '"' || char === "'" || char === '[' || char === '{') {
    const [read, end] =
      char === '"' || char === "'" ? readQuoted(line, start) : readFlow(line, start, reader.depth, reader);
    const after = skipSpaces(line, end);
    if (after < line.length && !(line[after] === '#' && after > end)) outside();
    reader.row += 1;
    return read;
  }
  // `- - a` and `- key: value`: a list or a mapping whose entries line up with this first one
  if (!inMapping) {
    if (isDash(line, start)) return collection(reader, start);
    const end = keyEnd(line, start);
    if (end > start && line[end] === ':' && (end + 1 === line.length || line[end + 1] === ' '))
      return collection(reader, start);
  }
  return plain(reader, start, parent);
}

/** A plain scalar, and the lines that continue it (more indented than its collection). */
function plain(reader: Reader, start: number, parent: number): unknown {
  const { lines } = reader;
  const line = lines[reader.row]!;
  if (!plainMayStart(line, start, false) || isDash(line, start)) outside();
  const comment = line.indexOf(' #', start);
  let text = trimSpaces(line, start, comment < 0 ? line.length : comment);
  if (text.endsWith(':') || text.includes(': ')) outside(); // a mapping inside a value: yaml reports it
  reader.row += 1;
  if (comment >= 0) return resolvePlain(text);
  let continued = false;
  for (let empty = 0; reader.row < lines.length; reader.row += 1) {
    const next = lines[reader.row]!;
    const indent = indentOf(next);
    if (indent === next.length) {
      empty += 1;
      continue;
    }
    if (indent <= parent) break;
    const part = trimSpaces(next, indent, next.length);
    if (!plainMayStart(next, indent, false) || part.includes(': ') || part.includes(' #') || part.endsWith(':'))
      outside();
    text += empty > 0 ? '\n'.repeat(empty) : ' ';
    text += part;
    empty = 0;
    continued = true;
  }
  return continued ? text : resolvePlain(text);
}

/** The plan's data, `x-` keys left out, when the text is inside the subset; undefined otherwise. */
export function readSubset(source: string): { data: unknown } | undefined {
  if (SUSPECT.test(source) && UNREAD.test(source)) return undefined;
  const text = source.includes('\r') ? source.replaceAll('\r\n', '\n') : source;
  const reader: Reader = {
    lines: text.split('\n'),
    row: 0,
    depth: 1, // the root mapping
    extensions: false,
    endsWithBreak: text.endsWith('\n'),
  };
  try {
    skipBlank(reader);
    // A document start marker on the first line, as some editors write it, changes nothing.
    if (/^--- *$/.test(reader.lines[reader.row] ?? '')) {
      reader.row += 1;
      skipBlank(reader);
    }
    if (reader.row >= reader.lines.length || indentOf(reader.lines[reader.row]!) !== 0) return undefined;
    const data = mapping(reader, 0);
    skipBlank(reader);
    if (reader.row < reader.lines.length) return undefined;
    return { data: reader.extensions ? withoutExtensions(data) : data };
  } catch (error) {
    if (error === OUTSIDE) return undefined;
    throw error;
  }
}
