// Control characters (Unicode category Cc: C0, DEL and C1) in text that came from a user: a
// playbook, a journal, a --var, a file name. Raw on a terminal, ESC starts a sequence that can
// move the cursor, retitle the window or write the clipboard (OSC 52), BEL rings, CR rewinds the
// line and a newline in a file name forges a line of output. Every printer escapes them with
// `printable`; lint refuses them in the messages a brand publishes (`findControlChar`).

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROL_ALL = /[\u0000-\u001f\u007f-\u009f]/g;
// The same but tab and line feed, which texts of several lines keep: a report is mostly those.
const CONTROL_BUT_LINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/**
 * Colour and weight, the only sequences crisis writes itself (through chalk): one SGR parameter
 * among reset, bold, dim, italic, underline, their resets and the 16 colours. Blink, inverse and
 * conceal (which hides text) are not among them.
 */
const SGR = /\x1b\[(0|1|2|3|4|22|23|24|3[0-9]|4[0-9]|9[0-7]|10[0-7])m/y;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `\x1b`, `\x07`, `\x9b`: how YAML and JavaScript write the character, so the reader can find it. */
export function escapeChar(char: string): string {
  return NAMED[char] ?? `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`;
}

/**
 * JSON text with DEL and the C1 controls written as `\u0085`: JSON.stringify leaves them raw (it
 * escapes only C0), and printable() would then write them as `\x85`, which is no JSON escape.
 */
export function jsonWithoutControls(json: string): string {
  return json.replace(/[\u007f-\u009f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

interface PrintableOptions {
  /** Keep line breaks (LF, and CR LF) and tabs: for texts of several lines, a message or a report. */
  lines?: boolean;
  /** Keep the colour sequences listed above: only where the text was coloured by crisis itself (the logger). */
  colours?: boolean;
}

function kept(text: string, index: number, options: PrintableOptions): number {
  const char = text[index]!;
  if (options.lines && (char === '\n' || char === '\t')) return 1;
  if (options.lines && char === '\r' && text[index + 1] === '\n') return 2;
  if (options.colours && char === '\x1b') {
    SGR.lastIndex = index;
    const match = SGR.exec(text);
    if (match) return match[0].length;
  }
  return 0;
}

/** The text with every control character written out as `\xHH` (or `\n`, `\r`, `\t`). */
export function printable(text: string, options: PrintableOptions = {}): string {
  // Most text has none: no copy then.
  if (!(options.lines ? CONTROL_BUT_LINES : CONTROL).test(text)) return text;
  let out = '';
  let from = 0;
  CONTROL_ALL.lastIndex = 0;
  for (let match = CONTROL_ALL.exec(text); match; match = CONTROL_ALL.exec(text)) {
    const at = match.index;
    const keep = kept(text, at, options);
    out += text.slice(from, at) + (keep > 0 ? text.slice(at, at + keep) : escapeChar(text[at]!));
    from = at + Math.max(1, keep);
    CONTROL_ALL.lastIndex = from;
  }
  return out + text.slice(from);
}

/** A message's parameters with every text printable: a value from a file may hold CR, LF or ESC and forge a line. */
export function printableParams<T extends Record<string, unknown>>(params: T): T {
  const entries = Object.entries(params).map(([name, value]) => [
    name,
    typeof value === 'string' ? printable(value) : value,
  ]);
  return Object.fromEntries(entries) as T;
}

/**
 * The first control character of a message to publish, with where it is (0-based offset, 1-based
 * line and 0-based column, as Handlebars counts), and how many there are. Line breaks and tabs
 * belong in a long post; CR LF (a template saved on Windows) is a line break.
 */
export function findControlChar(
  text: string,
): { char: string; index: number; line: number; column: number; count: number } | undefined {
  // Most texts hold no control character but line breaks and tabs: one test, no match per line.
  if (!CONTROL_BUT_LINES.test(text)) return undefined;
  let first: { char: string; index: number } | undefined;
  let count = 0;
  for (const match of text.matchAll(CONTROL_ALL)) {
    const char = match[0];
    if (char === '\n' || char === '\t' || (char === '\r' && text[match.index + 1] === '\n')) continue;
    count += 1;
    first ??= { char, index: match.index };
  }
  if (!first) return undefined;
  const before = text.slice(0, first.index);
  const line = before.split('\n').length;
  return { ...first, line, column: first.index - (before.lastIndexOf('\n') + 1), count };
}
