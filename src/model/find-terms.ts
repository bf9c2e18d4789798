// Which terms a text mentions, as a person means it: whole words, case and accents ignored
// ("política" finds "Politica", not "politicamente"). The plan's topics to avoid use it, and so
// can any list of words looked for in text (a feed's keywords).

// Each character folded once: lower case first, then its canonical decomposition (NFD) without
// the diacritics. Folding a text a character at a time costs what a hand-made table of Latin
// letters did, where NFD on each whole message cost three times as much.
const folds = new Map<string, string>();
const foldChar = (char: string) => {
  let folded = folds.get(char);
  if (folded === undefined) folds.set(char, (folded = char.normalize('NFD').replace(/\p{Diacritic}/gu, '')));
  return folded;
};
// `^` and `` ` `` are the two diacritics below U+0080; every other ASCII character stays as it is.
const FOLDABLE = /[\^`\u0080-\u{10ffff}]/gu;

/** Lower case, accents and other diacritics dropped. */
function foldText(text: string): string {
  return text.toLowerCase().replace(FOLDABLE, foldChar);
}

const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;
const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Whether `index` falls between the two halves of a surrogate pair, which a `u` pattern never matches at. */
const splitsPair = (text: string, index: number) => isHigh(text.charCodeAt(index - 1)) && isLow(text.charCodeAt(index));

/** The code point that ends just before `index` ('' at the start). */
function before(text: string, index: number): string {
  const start = index >= 2 && splitsPair(text, index - 1) ? index - 2 : index - 1;
  return start < 0 ? '' : text.slice(start, index);
}

/** The code point that starts at `index` ('' at the end). */
function after(text: string, index: number): string {
  const code = text.codePointAt(index);
  return code === undefined ? '' : String.fromCodePoint(code);
}

/** Whether `needle` occurs in `text` as a whole word: no letter or digit touches either end. */
function mentions(text: string, needle: string): boolean {
  // A term of diacritics only ("^", "´") folds to '': it names no word (and indexOf('') never moves on).
  if (needle === '') return false;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if (splitsPair(text, at) || splitsPair(text, end)) continue;
    if (!WORD_CHARACTER.test(before(text, at)) && !WORD_CHARACTER.test(after(text, end))) return true;
  }
  return false;
}

// A list's terms are folded once, not again for each text (each message on each channel).
const foldedTerms = new WeakMap<readonly string[], string[]>();

/** The terms `text` mentions, in the list's order: whole words, case and accents ignored. */
export function findTerms(text: string, terms: readonly string[]): string[] {
  if (terms.length === 0) return [];
  const folded = foldText(text);
  let needles = foldedTerms.get(terms);
  if (needles === undefined) foldedTerms.set(terms, (needles = terms.map(foldText)));
  return terms.filter((_term, index) => mentions(folded, needles[index] ?? ''));
}
