import type { MessageKey, Params } from '../i18n/index.js';
import { escapeChar, findControlChar } from '../model/control-chars.js';
import { findTerms } from '../model/find-terms.js';
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
  const facts = { length: messageLength(text), topics: findTerms(text, terms), control: findControlChar(text) };
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
  const add = (ruleId: MessageCheckId, messageId: MessageKey, data: Params) =>
    problems.push({ ruleId, messageId, data });
  if (!toTeam && channel.max_length !== undefined && length > channel.max_length) {
    const max = channel.max_length;
    add('message-too-long', 'check.tooLong', { channel: channel.id, length, max, over: length - max });
  }
  if (!toTeam && response.kind === 'apology' && channel.format === 'short') {
    const { apology_url, hashtag } = playbook.brand;
    if (apology_url && !text.includes(apology_url))
      add('apology-links', 'check.apologyUrl', { channel: channel.id, url: apology_url });
    if (hashtag && !text.toLowerCase().includes(hashtag.toLowerCase()))
      add('apology-links', 'check.apologyHashtag', { channel: channel.id, hashtag });
  }
  for (const term of toTeam ? [] : topics) add('avoid-topic', 'check.avoidTopic', { term });
  // An ESC or BEL pasted into a --var or an answer: invisible once posted, so never published.
  if (control) add('control-character', 'check.controlChar', { channel: channel.id, char: escapeChar(control.char) });
  return problems;
}
