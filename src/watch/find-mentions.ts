import { findTerms } from '../model/find-terms.js';
import type { FeedItem } from './feed-items.js';
import type { Mention } from './mention.js';
import type { Feed, WatchSettings } from './settings.js';

// The feed reader hands back substrings of the feed's text, and V8 keeps a substring as a view of
// the whole: a mention holding one kept its feed's body alive for the rest of the poll (every
// feed's, by the end). A mention keeps copies of its own.
const own = <T extends string | undefined>(text: T): T => (text === undefined ? text : structuredClone(text));

/** What makes an item the same on the next poll: the feed's id for it, else its link. */
const itemKey = (item: FeedItem): string | undefined => item.id ?? item.link;

/**
 * The items of one feed that are new mentions: they hold a keyword or hashtag of the plan (the
 * matcher of the topics to avoid: whole words, case and accents ignored), are flagged when they
 * also hold a topic to avoid or a weakness's term, and are not in `known` (ids stored already).
 * An item with neither id nor link cannot be told apart from the next poll's, so it is left out.
 */
export function findMentions(
  items: readonly FeedItem[],
  feed: Feed,
  settings: Pick<WatchSettings, 'terms' | 'flagTerms'>,
  seen: string,
  known: ReadonlySet<string>,
): Mention[] {
  const mentions: Mention[] = [];
  const taken = new Set<string>();
  for (const item of items) {
    const id = itemKey(item);
    if (id === undefined || known.has(id) || taken.has(id)) continue;
    const text = item.title === undefined ? item.text : `${item.title}\n${item.text}`;
    const terms = findTerms(text, settings.terms);
    if (terms.length === 0) continue;
    taken.add(id);
    const flags = [...new Set(findTerms(text, settings.flagTerms))];
    mentions.push({
      id: own(id),
      feed: feed.name,
      feedUrl: feed.url,
      ...(item.author !== undefined && { author: own(item.author) }),
      ...(item.link !== undefined && { link: own(item.link) }),
      ...(item.title !== undefined && { title: own(item.title) }),
      text: own(item.text),
      ...(item.published !== undefined && { published: item.published }),
      seen,
      terms,
      flagged: flags.length > 0,
      flags,
    });
  }
  return mentions;
}
