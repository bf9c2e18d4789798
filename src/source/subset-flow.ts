import {
  isKey,
  keyEnd,
  MAX_LEVELS,
  outside,
  plainMayStart,
  readQuoted,
  resolvePlain,
  skipSpaces,
  trimSpaces,
} from './subset-scalars.js';

/**
 * A flow collection of the plan subset (`[a, b]`, `{ id: x, within: 2h }`) that opens and closes
 * on one line, as a plan's short lists and one-line steps do. Spread over several lines, with a
 * comment, a trailing comma, an empty entry or a key that is not an identifier, it is `yaml`'s.
 */

/** What the reader noticed on the way: an `x-` (extension) key, which lint leaves out. */
export interface Seen {
  extensions: boolean;
}

/** `,` `[` `]` `{` `}` */
const isFlowIndicator = (code: number) => code === 44 || code === 91 || code === 93 || code === 123 || code === 125;

/** A plain scalar inside a flow collection: it ends at `,[]{}` or at a `:` that a space or one of those follows. */
function flowPlain(line: string, at: number): [unknown, number] {
  if (!plainMayStart(line, at, true)) outside();
  let end = at;
  for (; end < line.length; end += 1) {
    const code = line.charCodeAt(end);
    if (isFlowIndicator(code)) break;
    if (code === 58 /* : */) {
      const next = line.charCodeAt(end + 1); // NaN past the end
      if (Number.isNaN(next) || next === 32 || isFlowIndicator(next)) break;
    }
    // a comment inside brackets: the rest is on later lines
    if (code === 35 /* # */ && line.charCodeAt(end - 1) === 32) outside();
  }
  return [resolvePlain(trimSpaces(line, at, end)), end];
}

function flowNode(line: string, at: number, depth: number, seen: Seen): [unknown, number] {
  const char = line[at];
  if (char === '[' || char === '{') return readFlow(line, at, depth + 1, seen);
  if (char === '"' || char === "'") return readQuoted(line, at);
  return flowPlain(line, at);
}

/** The collection opening at `at`, and the index after its closing bracket. */
export function readFlow(line: string, at: number, depth: number, seen: Seen): [unknown, number] {
  if (depth >= MAX_LEVELS) outside(); // `depth`: the enclosing collection's level
  const close = line[at] === '[' ? ']' : '}';
  let index = skipSpaces(line, at + 1);
  if (line[index] === close) return [close === ']' ? [] : {}, index + 1];
  const list: unknown[] = [];
  const map: Record<string, unknown> = {};
  for (;;) {
    if (close === ']') {
      const [item, end] = flowNode(line, index, depth, seen);
      list.push(item);
      index = skipSpaces(line, end);
    } else {
      const end = keyEnd(line, index);
      const key = line.slice(index, end);
      // `key: value` only: `key:value` is one plain scalar, `key` alone a key with no value
      if (!isKey(key) || line[end] !== ':' || line[end + 1] !== ' ' || Object.hasOwn(map, key)) outside();
      if (key.startsWith('x-')) seen.extensions = true;
      index = skipSpaces(line, end + 1);
      if (line[index] === ',' || line[index] === '}') map[key] = null;
      else {
        const [value, after] = flowNode(line, index, depth, seen);
        map[key] = value;
        index = skipSpaces(line, after);
      }
    }
    const char = line[index];
    if (char === close) return [close === ']' ? list : map, index + 1];
    if (char !== ',') outside();
    index = skipSpaces(line, index + 1);
    if (line[index] === close || line[index] === ',') outside(); // a trailing comma, an empty entry
  }
}
