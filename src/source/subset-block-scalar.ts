import { indentOf, outside } from './subset-scalars.js';

/**
 * A `|` or `>` block scalar of the plan subset, the way responses' texts are written: clip (`|`)
 * or strip (`|-`) chomping, the indentation found from the first line. An indentation indicator,
 * keep chomping (`|+`), a comment on the header, a leading or trailing line of spaces longer than
 * the indentation, more-indented lines in a folded scalar, or no content at all are `yaml`'s.
 */

const HEADER = /^([|>])(-?) *$/;

/**
 * The scalar whose header starts at `at` on `lines[row]`, under a node indented by `parent`;
 * returns its value and the first row after it.
 */
export function readBlockScalar(
  lines: readonly string[],
  row: number,
  at: number,
  parent: number,
  endsWithBreak: boolean,
): [string, number] {
  const header = HEADER.exec(lines[row]!.slice(at));
  if (header === null) outside();
  let next = row + 1;
  // The first line with text sets the indentation; empty lines before it must not be longer.
  while (next < lines.length && indentOf(lines[next]!) === lines[next]!.length) next += 1;
  if (next === lines.length) outside();
  const indent = indentOf(lines[next]!);
  if (indent <= parent) outside(); // an empty block scalar
  const content: string[] = [];
  let end = row + 1;
  for (; end < lines.length; end += 1) {
    const line = lines[end]!;
    const spaces = indentOf(line);
    if (spaces === line.length) {
      if (spaces > indent) outside();
      content.push('');
      continue;
    }
    if (spaces < indent) break;
    content.push(line.slice(indent));
  }
  // The file's last line without a line break: how YAML chomps it is a corner we leave to yaml.
  if (end === lines.length && !endsWithBreak) outside();
  let last = content.length;
  while (last > 0 && content[last - 1] === '') last -= 1;
  const kept = content.slice(0, last);
  const text = header[1] === '|' ? kept.join('\n') : fold(kept);
  return [header[2] === '-' ? text : `${text}\n`, end];
}

/** Folded (`>`): a single line break between two lines of text reads as a space; n empty lines as n breaks. */
function fold(lines: readonly string[]): string {
  let text = '';
  let empty = 0;
  for (const [index, line] of lines.entries()) {
    if (line === '') {
      empty += 1;
      continue;
    }
    if (line.charCodeAt(0) === 32) outside(); // more-indented lines keep their breaks
    if (index > 0) text += empty > 0 ? '\n'.repeat(empty) : ' ';
    text += line;
    empty = 0;
  }
  return text;
}
