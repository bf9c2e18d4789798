import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';
import { printable } from '../model/control-chars.js';

// Text laid out for the terminal during `crisis escalate`. Reads nothing but its arguments: the
// caller passes `stdout.columns`, which is undefined (or 0 on some CI pseudo-terminals) off a TTY.

const DEFAULT_WIDTH = 80;
const MIN_WIDTH = 20;
const FRAME_MAX = 80;

/**
 * A phone number written in groups: "+34 611 222 333", "+44 7700 900101", "963 000 111",
 * "+1 (555) 123-4567". Groups after the first have two digits or more, and six digits in all
 * (checked below), so "2 or 3 4-star reviews" stays breakable. It may not start right after a
 * digit or "+", but may after a letter, as the `m` that ends a colour code.
 */
const PHONE = /(?<![\d+])\(?\+?\d[\d().-]*(?: \(?\d[().-]?\d[\d().-]*)+/g;
const NO_BREAK = /[\u00a0\u202f]/g;
// Colour codes (SGR) and OSC 8 hyperlinks, the escape sequences chalk and wrap-ansi emit.
const ESCAPES = String.raw`(?:\x1b\[[0-9;]*m|\x1b\]8;[^\x07\x1b]*(?:\x07|\x1b\\))*`;
const TRAILING_SPACES = new RegExp(` +(${ESCAPES})$`);
const LEADING_SPACES = new RegExp(`^(${ESCAPES}) +`);

/** The width to lay text out at: 80 off a terminal, never narrower than 20. */
export function textWidth(width: number | undefined): number {
  if (width === undefined || !Number.isFinite(width) || width <= 0) return DEFAULT_WIDTH;
  return Math.max(MIN_WIDTH, Math.floor(width));
}

/** COLUMNS as a width, when it holds one: what a person asks of output that goes to no terminal. */
function askedColumns(env: NodeJS.ProcessEnv): number | undefined {
  const asked = Number(env.COLUMNS);
  return Number.isInteger(asked) && asked > 0 ? asked : undefined;
}

/**
 * The width the walkthrough and a drill write at, frames included: the terminal's, else COLUMNS
 * when it is set (a transcript piped to a narrow pager), else 80.
 */
export function screenWidth(stream: NodeJS.WritableStream, env: NodeJS.ProcessEnv): number {
  return textWidth((stream as { columns?: number }).columns || askedColumns(env));
}

/**
 * Wraps at the terminal's width, breaking only at spaces, so a phone number, an email, a URL or a
 * time (joined with no-break spaces) is never split across lines: a person has to read it, type it
 * or click it in a hurry. A word longer than the line overflows and the terminal folds it, which
 * keeps a URL clickable where a hard break would cut it in two.
 */
export function wrapText(text: string, width: number | undefined): string {
  const columns = textWidth(width);
  // wrap-ansi breaks at U+0020 only, so a no-break space inside a phone number holds it together.
  const guarded = text.replace(PHONE, (phone) =>
    (phone.match(/\d/g)?.length ?? 0) >= 6 ? phone.replaceAll(' ', '\u00a0') : phone,
  );
  return (
    guarded
      .split('\n')
      .map((line) => {
        // trim: false keeps a line's own indentation; the spaces wrap-ansi leaves at a break are
        // removed here instead, so no row ends in blanks or starts with one it did not have.
        const rows = wrapAnsi(line, columns, { hard: false, trim: false }).split('\n');
        return rows
          .map((row, i) => (i === 0 ? row : row.replace(LEADING_SPACES, '$1')).replace(TRAILING_SPACES, '$1'))
          .join('\n');
      })
      .join('\n')
      // Printed as ordinary spaces: they look the same, a font without U+202F cannot show a box, and
      // a phone number or time copied from the screen pastes as the plain text people expect.
      .replace(NO_BREAK, ' ')
  );
}

/** The width of the column the walkthrough writes in: the terminal's, and never wider than the frame. */
export function columnWidth(width: number | undefined): number {
  return Math.min(textWidth(width), FRAME_MAX);
}

/** True when a message does not fit the frame as it is written, so its lines on screen are not its own. */
export function isRewrapped(text: string, width: number | undefined): boolean {
  const shown = printable(text, { lines: true });
  return wrapText(shown, columnWidth(width)).split('\n').length !== shown.split('\n').length;
}

/**
 * A message to copy and post, between a top rule that names it and a bottom rule:
 *
 *     ┌─ X (Twitter) · 112/280 ──────────
 *     the message, wrapped at the rule's width
 *     └──────────────────────────────────
 *
 * `paint` styles the rules only (dim, say), never the message.
 */
export function frameMessage(
  title: string,
  text: string,
  width: number | undefined,
  paint: (rule: string) => string = (rule) => rule,
): string {
  const rule = columnWidth(width);
  const head = `┌─ ${printable(title)} `;
  const top = head + '─'.repeat(Math.max(1, rule - stringWidth(head)));
  const bottom = `└${'─'.repeat(rule - 1)}`;
  // Wrapped inside the frame at spaces, never inside a word, a URL or a phone number: left to the
  // terminal, a statement broke mid-word and ran past the frame. Selecting it on screen copies
  // these line breaks too: the walkthrough's "Copy" gives the message exactly (see isRewrapped).
  // Control characters alone are written out (`\x1b`): the checks refuse such a message anyway.
  const shown = wrapText(printable(text, { lines: true }), rule);
  const body = shown.endsWith('\n') ? shown : `${shown}\n`;
  return `${paint(top)}\n${body}${paint(bottom)}`;
}

/**
 * The width a listing (`crisis incidents`, `promises`, `comments`) wraps its rows at: the
 * terminal's, else COLUMNS when it is set; none when piped with no COLUMNS, so that a script or
 * grep still reads one line per row.
 */
export function listWidth(
  stream: NodeJS.WritableStream & { isTTY?: boolean },
  env: NodeJS.ProcessEnv,
): number | undefined {
  const columns = (stream.isTTY && (stream as { columns?: number }).columns) || askedColumns(env);
  return columns === undefined ? undefined : textWidth(columns);
}

/**
 * A row of a listing: `lead` (a status, padded to its column), then `text` wrapped in the room
 * left beside it, each later line under the text. As it is when there is no width. Breaks only
 * where wrapText does, never inside a URL or a time.
 */
export function wrapRow(lead: string, text: string, width: number | undefined): string {
  if (width === undefined) return lead + text;
  const indent = stringWidth(lead);
  return wrapText(text, width - indent)
    .split('\n')
    .map((line, index) => (index === 0 ? lead : ' '.repeat(indent)) + line)
    .join('\n');
}

/**
 * Words held together when a line wraps (a level's name, "Posible crisis", a command to type), as
 * a time is: at a break they stay on one line. Piped with no width they are left as written, for
 * grep; wider than the line, they break at their spaces rather than run past its end.
 */
export function keepWhole(text: string, width: number | undefined): string {
  return width === undefined || stringWidth(text) > width ? text : text.replace(/ /g, '\u00a0');
}

/** The widest a listing's status column grows: a quarter of the terminal, or its longest word. */
export function statusColumn(labels: readonly string[], width: number | undefined): number {
  const widest = labels.reduce((most, label) => Math.max(most, stringWidth(label)), 0);
  if (width === undefined) return widest;
  const word = labels.reduce((most, label) => Math.max(most, ...label.split(' ').map((w) => stringWidth(w))), 0);
  return Math.min(widest, Math.max(word, Math.floor(width / 4)));
}

/**
 * A row of a listing with a status column `column` wide: the label, wrapped in its column when it
 * is wider (a long status in a narrow terminal), beside `text`, whose lines (each wrapped) start
 * under its first. `paint` colours the label alone. As wrapRow when there is no width.
 */
export function columnRow(
  label: string,
  column: number,
  text: string,
  width: number | undefined,
  paint: (label: string) => string = (label) => label,
): string {
  const pad = (line: string) => line + ' '.repeat(Math.max(0, column - stringWidth(line)));
  // At spaces only, in the column itself (wrapText would not go narrower than 20).
  const labels = width === undefined ? [label] : wrapAnsi(label, column, { hard: false }).split('\n');
  const lines = text
    .split('\n')
    .flatMap((line) => wrapRow('', line, width === undefined ? undefined : width - column - 2).split('\n'));
  return Array.from({ length: Math.max(labels.length, lines.length) }, (_, i) => {
    const shown = labels[i];
    const line = lines[i] ?? '';
    if (line === '') return shown === undefined ? '' : paint(shown);
    return `${shown === undefined ? ' '.repeat(column) : paint(pad(shown))}  ${line}`;
  }).join('\n');
}
