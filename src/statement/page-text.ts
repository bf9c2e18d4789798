/**
 * The words of the page, apart from its layout: a message without the tail that links the page
 * itself, and the short summary link previews show.
 */

// A sentence ends at . ! ? or … followed by a capital or a digit, or at a line break: "6 p.m. on
// Monday" is one sentence, "…of the orders. The full story stays here: URL" two.
const SENTENCE_END = /(?:[.!?…]["'»”)]*[ \t]+(?=[\p{Lu}\p{N}¿¡])|\n)/gu;
// What may follow the page's address at the end of a message: hashtags and punctuation.
const HASHTAGS_ONLY = /^[\s.,;:!?)»”-]*(?:#[\p{L}\p{N}_]+[\s.,;:!?]*)*$/u;

/**
 * A short public message shown on the page it links to, without its last sentence when that
 * sentence points here (`The full story stays here: https://…/statement #Tag`): on the page itself
 * it is a link to where the reader already is. Anything else is kept as published: a message
 * whose address is followed by more words, or that is one sentence (nothing would be left to read).
 */
export function withoutSelfLink(text: string, pageUrl: string | undefined): string {
  if (!pageUrl) return text;
  const at = text.lastIndexOf(pageUrl);
  if (at < 0 || !HASHTAGS_ONLY.test(text.slice(at + pageUrl.length))) return text;
  const before = text.slice(0, at);
  // The address as a sentence of its own (`…the delay. https://…`), or the sentence that leads to it.
  let cut = /[.!?…]["'»”)]*\s+$/u.test(before) ? before.length : -1;
  if (cut < 0) for (const match of before.matchAll(SENTENCE_END)) cut = match.index + match[0].length;
  if (cut <= 0) return text;
  const kept = text.slice(0, cut).trimEnd();
  return kept === '' ? text : kept;
}

const SUMMARY_LENGTH = 200;
// A paragraph that ends as a sentence does; one that does not is a heading line.
const SENTENCE_CLOSE = /[.!?…]["'»”)]*$/u;

/**
 * The paragraph a link preview opens with: the first that reads as a sentence, past a heading
 * line ("A statement from Northside Bakery") that only repeats the page's title; the first when
 * none does.
 */
export function openingParagraph(paragraphs: readonly string[]): string | undefined {
  return paragraphs.find((paragraph) => SENTENCE_CLOSE.test(paragraph)) ?? paragraphs[0];
}

/**
 * The opening of a text in one line, cut at a word within `length` characters (200: the page's
 * link preview; a report's title, as browsers and validators want one).
 */
export function summary(text: string, length = SUMMARY_LENGTH): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= length) return line;
  const cut = line.lastIndexOf(' ', length - 1);
  return `${line.slice(0, cut > 0 ? cut : length - 1).replace(/[\s,;:.-]+$/, '')}…`;
}
