import { DRAFT } from './draft-keys.js';
import type { Playbook } from '../model/schema.js';
import type { EventOf } from './events.js';
import { urlHost as host } from '../model/url-host.js';
import { linkInText } from '../model/typed-link.js';

// The first questions of an incident. They come before the incident exists in the journal,
// so their answers are kept as drafts (`open.*`) and folded into `opened` once all are given.
export type OpeningQuestion = 'summary' | 'link' | 'channel' | 'detected';

// Networks known by more than one address: a link to twitter.com is the plan's X channel.
const ALIASES: Record<string, string[]> = {
  'x.com': ['twitter.com'],
  'twitter.com': ['x.com'],
  'facebook.com': ['fb.com', 'm.facebook.com'],
};

/** "Queja viral x.com/ana/status/1" → the summary without the link, and the link (https://x.com/ana/status/1). */
export function splitSummary(text: string): { summary: string; link?: string } {
  const match = linkInText(text);
  if (!match) return { summary: text.trim() };
  const { link } = match;
  const summary = (text.slice(0, match.index) + text.slice(match.index + match.length)).replace(/\s+/g, ' ').trim();
  return { summary: summary || link, link };
}

/** The plan's channel a link points into, by the channel's address or, failing that, its id (x → x.com). */
export function channelOfLink(playbook: Playbook, link: string | undefined): string | undefined {
  const linkHost = host(link);
  if (!linkHost) return undefined;
  const hosts = [linkHost, ...(ALIASES[linkHost] ?? [])];
  const byUrl = playbook.channels.find((channel) => {
    const channelHost = host(channel.url);
    return channelHost !== undefined && hosts.includes(channelHost);
  });
  if (byUrl) return byUrl.id;
  return playbook.channels.find((channel) => hosts.some((candidate) => candidate.split('.')[0] === channel.id))?.id;
}

/** The channel the opening answers name, said or inferred from the link; with one channel, that one. */
export function openingChannel(playbook: Playbook, drafts: ReadonlyMap<string, string>): string | undefined {
  return (
    drafts.get(DRAFT.channel) ??
    channelOfLink(playbook, drafts.get(DRAFT.link)) ??
    (playbook.channels.length === 1 ? playbook.channels[0]!.id : undefined)
  );
}

/** What to ask next to open the incident, or nothing when it can be opened. */
export function nextOpening(playbook: Playbook, drafts: ReadonlyMap<string, string>): OpeningQuestion | undefined {
  if (!drafts.has(DRAFT.summary)) return 'summary';
  // Asked only when the summary had none: messages may link the post ({{incident.link}}).
  if (!drafts.has(DRAFT.link)) return 'link';
  if (openingChannel(playbook, drafts) === undefined) return 'channel';
  if (!drafts.has(DRAFT.detected)) return 'detected';
  return undefined;
}

/** The `opened` event from the opening answers. */
export function openedEvent(
  playbook: Playbook,
  drafts: ReadonlyMap<string, string>,
  id: string,
  at: string,
  /** A drill, whoever answers it: reports and listings tell exercises apart. */
  drill = false,
): EventOf<'opened'> {
  const link = drafts.get(DRAFT.link);
  return {
    type: 'opened',
    at,
    id,
    summary: drafts.get(DRAFT.summary) ?? '',
    channel: openingChannel(playbook, drafts) ?? '',
    ...(link ? { link } : {}),
    detected_at: drafts.get(DRAFT.detected) ?? at,
    ...(drill ? { drill: true } : {}),
  };
}
