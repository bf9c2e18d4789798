import type stringWidthOf from 'string-width';
import type wrapAnsiOf from 'wrap-ansi';
import { printable } from '../model/control-chars.js';
import type { Prompter } from '../model/prompter.js';

// Text laid out for the terminal during `crisis escalate`. Reads nothing but its arguments: the
// caller passes `stdout.columns`, which is undefined (or 0 on some CI pseudo-terminals) off a TTY.

// wrap-ansi and string-width build Unicode tables as they load (an emoji expression, a segmenter):
// some 40 ms, the most of anything escalate loaded before its first question, which needs neither.
// So they load once a first question is on the screen (afterLayout), and only then lay text out.
let layout: { wrapAnsi: typeof wrapAnsiOf; stringWidth: typeof stringWidthOf } | undefined;
let loading: Promise<void> | undefined;

/** Loads what lays text out; everything below that measures or wraps needs it loaded. */
export function loadTextLayout(): Promise<void> {
  loading ??= Promise.all([import('wrap-ansi'), import('string-width')]).then(([wrap, width]) => {
    layout = { wrapAnsi: wrap.default, stringWidth: width.default };
  });
  return loading;
}

function loaded(): NonNullable<typeof layout> {
  if (!layout) throw new Error('Terminal text laid out before loadTextLayout() finished.');
  return layout;
}

/**
 * The prompter, with the layout loading behind its first question: the load starts once that
 * question is drawn, while the person reads it, and each answer waits for it, so anything said
 * after an answer can be laid out.
 */
export function afterLayout(prompter: Prompter): Prompter {
  const settled = async <T>(answer: Promise<T>): Promise<T> => {
    setImmediate(() => void loadTextLayout().catch(() => undefined));
    try {
      return await answer;
    } finally {
      await loadTextLayout();
    }
  };
  return {
    input: (q) => settled(prompter.input(q)),
    field: (q) => settled(prompter.field(q)),
    editText: (q) => settled(prompter.editText(q)),
    select: (q) => settled(prompter.select(q)),
    confirm: (q) => settled(prompter.confirm(q)),
    checkbox: (q) => settled(prompter.checkbox(q)),
  };
}

/** Columns a text takes on the terminal (wide characters and emoji count two). */
export function displayWidth(text: string): number {
  return loaded().stringWidth(text);
}

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

/** The width of the terminal a stream writes to (80 when it is none). */
export function streamWidth(stream: NodeJS.WritableStream): number {
  return textWidth((stream as { columns?: number }).columns);
}

/**
 * Wraps at the terminal's width, breaking only at spaces, so a phone number, an email, a URL or a
 * time (joined with no-break spaces) is never split across lines: a person has to read it, type it
 * or click it in a hurry. A word longer than the line overflows and the terminal folds it, which
 * keeps a URL clickable where a hard break would cut it in two.
 */
export function wrapText(text: string, width: number | undefined): string {
  const { wrapAnsi } = loaded();
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
  const top = head + '─'.repeat(Math.max(1, rule - displayWidth(head)));
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
export async function listWidth(
  stream: NodeJS.WritableStream & { isTTY?: boolean },
  env: NodeJS.ProcessEnv,
): Promise<number | undefined> {
  const columns = (stream as { columns?: number }).columns;
  const asked = Number(env.COLUMNS);
  const width = stream.isTTY && columns ? columns : Number.isInteger(asked) && asked > 0 ? asked : undefined;
  // A width means rows get wrapped, which needs the layout loaded.
  if (width === undefined) return undefined;
  await loadTextLayout();
  return textWidth(width);
}

/**
 * A row of a listing: `lead` (a status, padded to its column), then `text` wrapped in the room
 * left beside it, each later line under the text. As it is when there is no width. Breaks only
 * where wrapText does, never inside a URL or a time.
 */
export function wrapRow(lead: string, text: string, width: number | undefined): string {
  if (width === undefined) return lead + text;
  const indent = displayWidth(lead);
  return wrapText(text, width - indent)
    .split('\n')
    .map((line, index) => (index === 0 ? lead : ' '.repeat(indent)) + line)
    .join('\n');
}
