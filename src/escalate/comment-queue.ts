import { parseDuration } from '../model/duration.js';
import { levelOf } from '../model/plan-index.js';
import type { Channel, Playbook } from '../model/schema.js';
import { readLink } from '../model/typed-link.js';
import { hostWords, urlHost } from '../model/url-host.js';
import type { Mention } from '../watch/mention.js';
import { authorOfLink, postKey } from './comment-author.js';
import type { CommentAdded, CommentEvent, CommentSettled, CommentState } from './comment-events.js';
import { currentLevel, type IncidentState } from './replay.js';

// The comments an incident must answer: mentions `crisis watch` stored since the incident was
// first seen, and items added by hand (the walkthrough, `crisis comments add`), with what was done
// with each. Built from data; the shell reads the files.

/** What the queue reads of a stored mention. */
export type WatchedItem = Pick<Mention, 'id' | 'feed' | 'link' | 'author' | 'title' | 'text' | 'seen' | 'flagged'>;

export interface CommentItem {
  id: string;
  link?: string;
  text: string;
  author?: string;
  title?: string;
  /** When crisis first saw it: the watch's first sight, or when it was added. */
  seen: string;
  source: 'watch' | 'added';
  feed?: string;
  flagged: boolean;
  /** What was done with it, in order: the last entry is its state; none while it waits. */
  history: CommentSettled[];
}

export interface CommentQueue {
  /** Oldest first. */
  items: CommentItem[];
  byId: ReadonlyMap<string, CommentItem>;
}

/** FNV-1a, 32 bits, as 8 hex digits: short enough to type, and the same in every process for one link. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The id an item with this link (or feed id) gets; another link that drew the same id first keeps it. */
export function commentId(key: string, taken: (id: string) => string | undefined = () => undefined): string {
  let salt = '';
  for (;;) {
    const id = hash(key + salt);
    const holder = taken(id);
    if (holder === undefined || holder === key) return id;
    salt += '#';
  }
}

export const stateOf = (item: CommentItem): CommentState | undefined => item.history.at(-1)?.state;

/**
 * The incident's queue. Mentions count from `since` (first seen) to `until` (the close), if given;
 * a drill takes none: its queue holds only what its script adds, never the public's real words.
 */
export function buildQueue(
  events: readonly CommentEvent[],
  watched: readonly WatchedItem[],
  { since, until, drill }: { since: string; until?: string; drill?: boolean },
): CommentQueue {
  const mentions = drill === true ? [] : watched;
  const from = Date.parse(since);
  const to = until === undefined ? Infinity : Date.parse(until);
  const byId = new Map<string, CommentItem>();
  const byKey = new Map<string, CommentItem>();
  const keyOf = new Map<string, string>();
  const alias = new Map<string, CommentItem>();
  const put = (key: string, item: CommentItem) => {
    if (byKey.has(key) || byId.has(item.id)) return;
    byKey.set(key, item);
    byId.set(item.id, item);
    keyOf.set(item.id, key);
  };
  // Added items first: their ids were written down, so a mention of the same link joins them.
  for (const event of events) {
    if (event.type !== 'comment') continue;
    // The walkthrough writes a comment as soon as its link is given, then its words in a second
    // line: those fill the item, which keeps the time it was first written.
    const known = byKey.get(postKey(event.link));
    if (known) {
      known.text ||= event.text?.trim() ?? '';
      // An item written twice under two ids (twitter.com and x.com, once told apart) keeps what was done with both.
      if (event.id !== known.id) alias.set(event.id, known);
    } else
      put(postKey(event.link), {
        id: event.id,
        link: event.link,
        text: event.text?.trim() ?? '',
        author: event.author,
        seen: event.at,
        source: 'added',
        flagged: false,
        history: [],
      });
  }
  for (const mention of mentions) {
    const seen = Date.parse(mention.seen);
    if (!(seen >= from && seen <= to)) continue;
    const key = mention.link === undefined ? mention.id : postKey(mention.link);
    const known = byKey.get(key);
    if (known) {
      // The watch saw it first: its own time and words are the better record.
      if (seen < Date.parse(known.seen)) known.seen = mention.seen;
      known.text ||= mention.text.trim();
      known.author ??= mention.author;
      continue;
    }
    // The id comes from the link as the feed gave it, as it always has: ids already settled hold.
    const id = commentId(mention.link ?? mention.id, (candidate) => (keyOf.has(candidate) ? '' : undefined));
    put(key, { ...pick(mention), id, source: 'watch', history: [] });
  }
  // Where the network writes the author into the link, that names them when nobody else did.
  for (const item of byId.values()) item.author ??= authorOfLink(item.link);
  for (const event of events)
    if (event.type === 'settled') (byId.get(event.id) ?? alias.get(event.id))?.history.push(event);
  const items = [...byId.values()].sort((a, b) => Date.parse(a.seen) - Date.parse(b.seen));
  return { items, byId };
}

function pick(mention: WatchedItem): Omit<CommentItem, 'id' | 'source' | 'history'> {
  const { link, text, author, title, seen, feed, flagged } = mention;
  // A post of only an image has no words: an empty text, never blanks a listing would show.
  return { link, text: text.trim(), author, title, seen, feed, flagged };
}

/** The items still waiting for someone, oldest first. */
export function waitingItems(queue: CommentQueue): CommentItem[] {
  return queue.items.filter((item) => item.history.length === 0);
}

/** The fewest first characters of an id that name an item: fewer would match too many by chance. */
export const SHORT_ID = 4;

/** The item an id names, or one unique id that begins with it (as git takes a short hash). */
export function findItem(queue: CommentQueue, id: string): CommentItem | undefined {
  const exact = queue.byId.get(id);
  if (exact || id.length < SHORT_ID) return exact;
  const matches = queue.items.filter((item) => item.id.startsWith(id));
  return matches.length === 1 ? matches[0] : undefined;
}

/** How long a comment may wait at the incident's level (its `respond_within`), in minutes. */
export function answerWithin(playbook: Playbook, state: IncidentState): number | undefined {
  const within = levelOf(playbook, currentLevel(state))?.respond_within;
  return within === undefined ? undefined : parseDuration(within);
}

/** Whether a waiting item has waited longer than its level allows. */
export function isLate(item: CommentItem, within: number | undefined, now: Date): boolean {
  return within !== undefined && item.history.length === 0 && now.getTime() - Date.parse(item.seen) > within * 60_000;
}

/** The plan's channel a link belongs to: by the channel's address, else by a network named in the link's host. */
export function channelOfLink(playbook: Playbook, link: string | undefined): Channel | undefined {
  const host = urlHost(link);
  if (host === undefined) return undefined;
  const byHost = playbook.channels.find((channel) => urlHost(channel.url) === host);
  if (byHost) return byHost;
  const words = hostWords(link);
  return playbook.channels.find((channel) => words.includes(channel.id.toLowerCase()));
}

/**
 * The event that adds a comment by its link, or the item that already holds that link (added
 * before, or seen by the watch). Undefined when the link is no http(s) address (`x.com/…` is one).
 */
export function addComment(
  queue: CommentQueue,
  comment: { link: string; text?: string; author?: string },
  at: string,
): { event: CommentAdded } | { existing: CommentItem } | undefined {
  const link = readLink(comment.link);
  if (link === undefined) return undefined;
  const existing = queue.items.find((item) => item.link !== undefined && postKey(item.link) === postKey(link));
  if (existing) return { existing };
  const holder = (candidate: string) => {
    const item = queue.byId.get(candidate);
    return item && (item.link ?? item.id);
  };
  const id = commentId(link, holder);
  const text = comment.text?.trim();
  const author = comment.author?.trim();
  return { event: { type: 'comment', at, id, link, ...(text && { text }), ...(author && { author }) } };
}
