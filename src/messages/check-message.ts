import type { MessageKey, Params } from '../i18n/index.js';
import { escapeChar, findControlChar } from '../model/control-chars.js';
import type { Channel, Playbook, Response } from '../model/schema.js';
import { TEAM_CHANNEL } from './render-context.js';

export type MessageCheckId = 'message-too-long' | 'apology-links' | 'avoid-topic' | 'control-character';

/** Checks a person may accept and publish anyway (with --allow-warnings in a drill); the others must be fixed. */
export const WARNING_CHECKS: ReadonlySet<MessageCheckId> = new Set<MessageCheckId>(['avoid-topic']);

export interface MessageProblem {
  ruleId: MessageCheckId;
  messageId: MessageKey;
  data: Params;
}

// Building a Segmenter costs far more than using one: lint measures thousands of messages.
let segmenter: Intl.Segmenter | undefined;
// Below U+0300, plus the punctuation and currency signs pasted texts carry (’ “ ” – — … • € ‰):
// none of them joins a neighbour into one character, so each code unit is one.
const SIMPLE_TEXT = /^[\u0000-\u02ff\u2010-\u2027\u2030-\u205e\u20a0-\u20c0]*$/;

/** Length as a person counts it: one emoji or accented letter is one character. */
export function messageLength(text: string): number {
  // No combining marks, joiners or surrogates there: each code unit is one character, except CR
  // LF, which is one. Covers precomposed Spanish and English text exactly, and spares the
  // Segmenter (about 10 ms to build) for most plans.
  if (SIMPLE_TEXT.test(text)) return text.length - (text.match(/\r\n/g)?.length ?? 0);
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let length = 0;
  for (const _ of segmenter.segment(text)) length += 1;
  return length;
}

function foldAny(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

// Text up to U+00FF has no combining marks and no case rule that looks at neighbours, so each
// character folds on its own: lower case first, then a table made by foldAny itself, one
// character at a time. NFD on every message was most of lint's time on a plan's checks.
const LATIN1 = /^[\x00-\xff]*$/;
const LATIN1_FOLDS = /[\^`\xa8-\xff]/g;
let latin1: Map<string, string> | undefined;
const foldLatin1 = (char: string) => {
  latin1 ??= new Map();
  let folded = latin1.get(char);
  if (folded === undefined) latin1.set(char, (folded = foldAny(char)));
  return folded;
};

/** Lower case, accents and other diacritics dropped. */
function fold(text: string): string {
  return LATIN1.test(text) ? text.toLowerCase().replace(LATIN1_FOLDS, foldLatin1) : foldAny(text);
}

// A plan's terms are folded once, not again for each message on each channel.
const foldedTerms = new WeakMap<readonly string[], string[]>();

// One character class, compiled once. A pattern per term with \p{L}\p{N} lookarounds cost
// about half a millisecond each to compile, most of lint's time on a plan's first message.
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
  // A term of diacritics only ("^", "´") folds to '': it names no word. (It also made this loop
  // endless, indexOf('', past the end) being the end again; the old pattern matched it anywhere.)
  if (needle === '') return false;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if (splitsPair(text, at) || splitsPair(text, end)) continue;
    if (!WORD_CHARACTER.test(before(text, at)) && !WORD_CHARACTER.test(after(text, end))) return true;
  }
  return false;
}

/** The terms a text mentions: whole words, case- and accent-insensitive ("política" matches "Politica", not "politicamente"). */
export function findTopics(text: string, terms: readonly string[]): string[] {
  if (terms.length === 0) return [];
  const folded = fold(text);
  let needles = foldedTerms.get(terms);
  if (needles === undefined) foldedTerms.set(terms, (needles = terms.map(fold)));
  return terms.filter((_term, index) => mentions(folded, needles[index]!));
}

export function findTopic(text: string, term: string): boolean {
  return findTopics(text, [term]).length > 0;
}

/** What the playbook itself lacks for this response on this channel, whatever the text says. */
export function checkSetup(channel: Channel, response: Response, playbook: Playbook): MessageProblem[] {
  if (response.kind !== 'apology' || channel.format !== 'short') return [];
  const problems: MessageProblem[] = [];
  if (!playbook.brand.apology_url)
    problems.push({ ruleId: 'apology-links', messageId: 'check.brandNoUrl', data: { channel: channel.id } });
  if (!playbook.brand.hashtag)
    problems.push({ ruleId: 'apology-links', messageId: 'check.brandNoHashtag', data: { channel: channel.id } });
  return problems;
}

interface TextFacts {
  length: number;
  topics: string[];
  control: ReturnType<typeof findControlChar>;
}
// The same text is checked on each channel in turn: what depends on the text alone is found once.
let last: { text: string; terms: readonly string[]; facts: TextFacts } | undefined;
function factsOf(text: string, terms: readonly string[]): TextFacts {
  if (last?.text === text && last.terms === terms) return last.facts;
  const facts = { length: messageLength(text), topics: findTopics(text, terms), control: findControlChar(text) };
  last = { text, terms, facts };
  return facts;
}

/** The checks every message passes before it is published, and that lint applies to examples. */
export function checkMessage(text: string, channel: Channel, response: Response, playbook: Playbook): MessageProblem[] {
  const { length, topics, control } = factsOf(text, playbook.policies.avoid_topics);
  // A notice to the team is no post: length, links and topics are for the public. What harms any
  // reader, a control character, is still refused.
  const toTeam = response.kind === 'internal' || channel === TEAM_CHANNEL;
  const problems = toTeam ? [] : checkSetup(channel, response, playbook);
  if (!toTeam && channel.max_length !== undefined && length > channel.max_length) {
    problems.push({
      ruleId: 'message-too-long',
      messageId: 'check.tooLong',
      data: { channel: channel.id, length, max: channel.max_length, over: length - channel.max_length },
    });
  }
  if (!toTeam && response.kind === 'apology' && channel.format === 'short') {
    const { apology_url, hashtag } = playbook.brand;
    if (apology_url && !text.includes(apology_url))
      problems.push({
        ruleId: 'apology-links',
        messageId: 'check.apologyUrl',
        data: { channel: channel.id, url: apology_url },
      });
    if (hashtag && !text.toLowerCase().includes(hashtag.toLowerCase()))
      problems.push({
        ruleId: 'apology-links',
        messageId: 'check.apologyHashtag',
        data: { channel: channel.id, hashtag },
      });
  }
  for (const term of toTeam ? [] : topics) {
    problems.push({ ruleId: 'avoid-topic', messageId: 'check.avoidTopic', data: { term } });
  }
  // An ESC or BEL pasted into a --var or an answer: invisible once posted, so never published.
  if (control)
    problems.push({
      ruleId: 'control-character',
      messageId: 'check.controlChar',
      data: { channel: channel.id, char: escapeChar(control.char) },
    });
  return problems;
}
