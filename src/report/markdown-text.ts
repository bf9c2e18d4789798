import { linkParts, safeHref } from './link-text.js';

// Incident text in a Markdown report stays text: a summary with `|` must not add a table cell,
// a note starting with `#` must not become a heading, `<script>` must not reach a renderer as HTML,
// and `[x](javascript:…)` must not become a link. Only what Markdown would read is escaped, so
// the file still reads well as it is (`@ana_lopez` keeps its underscore).

// Always read by Markdown: backslash, code, emphasis, links and images, raw HTML, table cells, GFM strikethrough.
const ANYWHERE = /[\\`*[\]<|~]|&(?=#?[a-z0-9]+;)|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/giu;
// Read only where a line starts: headings, quotes, list items, setext underlines; and ordered lists.
const LINE_START = /^[#>+=-]/u;
const ORDERED = /^(\d+)([.)])/u;
// A run of # at the end of a heading is its closing sequence, and would vanish.
const CLOSING_HASHES = /(^|\s)(#+)$/u;

function escapeRun(text: string, lineStart: boolean): string {
  let out = text.replace(ANYWHERE, (c) => `\\${c}`);
  if (lineStart) out = out.replace(LINE_START, '\\$&').replace(ORDERED, '$1\\$2');
  return out.replace(CLOSING_HASHES, '$1\\$2');
}

// An autolink holds any character but a space, a control character and angle brackets, and reads
// no escape: the address goes in as it was written, so a message stays word for word
// (`https://northsidebakery.example`, not the parser's `https://northsidebakery.example/`).
const AUTOLINK_SAFE = /^[^\p{Cc}\s<>]+$/u;

/**
 * The one place a Markdown link is made: an autolink, of the address as written when Markdown
 * reads it whole, else of the parser's serialisation, where < > and spaces are percent-encoded.
 */
const autolink = (text: string, href: string) => `<${AUTOLINK_SAFE.test(text) ? text : href}>`;

/** One line of text: links as autolinks, the rest escaped. */
function escapeLine(line: string): string {
  return linkParts(line)
    .map((part, index) => (part.href ? autolink(part.text, part.href) : escapeRun(part.text, index === 0)))
    .join('');
}

/**
 * A field that is an address (the post an incident started from, where a message went): one link
 * to the whole of it. Read as running text, an address ends at `<`, and `?q=<b>` cut it in two.
 */
export function markdownAddress(text: string): string {
  const href = safeHref(text);
  return href ? autolink(text.trim(), href) : markdownInline(text);
}

/**
 * A time as Markdown writes it: with plain spaces. Times keep no-break spaces elsewhere, so a
 * terminal or a table cell never wraps one, but a Markdown file is searched as text, where
 * "5 Dec 2026" must find it.
 */
export function plainSpaces(text: string): string {
  return text.replace(/[\u00a0\u202f]/gu, ' ');
}

/**
 * Text that sits inside a line: a table cell, a list item, a heading. A line break would end the
 * cell or the item, so it becomes a space.
 */
export function markdownInline(text: string): string {
  return escapeLine(text.replace(/\s*[\r\n]+\s*/g, ' ').trim());
}

/**
 * Text that is a block of its own (a message, the resolution): its lines kept, each escaped as a
 * line start, with a hard break (two spaces) between lines and at most one blank line between
 * paragraphs. Leading spaces are dropped: four would make a code block.
 */
export function markdownBlock(text: string): string {
  const lines = text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .split('\n');
  return lines
    .map((line, index) => {
      const next = lines[index + 1];
      return escapeLine(line) + (line !== '' && next !== undefined && next !== '' ? '  ' : '');
    })
    .join('\n');
}
