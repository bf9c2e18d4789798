import type { MessageKey, Params } from '../i18n/index.js';
import type { Channel, Playbook, Response } from '../model/schema.js';

export type MessageCheckId = 'message-too-long' | 'apology-links' | 'avoid-topic';

export interface MessageProblem {
  ruleId: MessageCheckId;
  messageId: MessageKey;
  data: Params;
}

/** Length as a person counts it: one emoji or accented letter is one character. */
export function messageLength(text: string): number {
  return [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].length;
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

/** Whole-word, case- and accent-insensitive: "política" matches "Politica", not "politicamente". */
export function findTopic(text: string, term: string): boolean {
  const needle = fold(term).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${needle}(?![\\p{L}\\p{N}])`, 'u').test(fold(text));
}

/** What the playbook itself lacks for this response on this channel, whatever the text says. */
export function checkSetup(channel: Channel, response: Response, playbook: Playbook): MessageProblem[] {
  if (response.kind !== 'apology' || channel.format !== 'short') return [];
  const problems: MessageProblem[] = [];
  if (!playbook.brand.apology_url) problems.push({ ruleId: 'apology-links', messageId: 'check.brandNoUrl', data: { channel: channel.id } });
  if (!playbook.brand.hashtag) problems.push({ ruleId: 'apology-links', messageId: 'check.brandNoHashtag', data: { channel: channel.id } });
  return problems;
}

/** The checks every message passes before it is published, and that lint applies to examples. */
export function checkMessage(text: string, channel: Channel, response: Response, playbook: Playbook): MessageProblem[] {
  const problems = checkSetup(channel, response, playbook);
  const length = messageLength(text);
  if (channel.max_length !== undefined && length > channel.max_length) {
    problems.push({ ruleId: 'message-too-long', messageId: 'check.tooLong', data: { channel: channel.id, length, max: channel.max_length, over: length - channel.max_length } });
  }
  if (response.kind === 'apology' && channel.format === 'short') {
    const { apology_url, hashtag } = playbook.brand;
    if (apology_url && !text.includes(apology_url)) problems.push({ ruleId: 'apology-links', messageId: 'check.apologyUrl', data: { channel: channel.id, url: apology_url } });
    if (hashtag && !text.toLowerCase().includes(hashtag.toLowerCase())) problems.push({ ruleId: 'apology-links', messageId: 'check.apologyHashtag', data: { channel: channel.id, hashtag } });
  }
  for (const term of playbook.policies.avoid_topics) {
    if (findTopic(text, term)) problems.push({ ruleId: 'avoid-topic', messageId: 'check.avoidTopic', data: { term } });
  }
  return problems;
}
