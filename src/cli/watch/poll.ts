import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import type { MessageKey, Params } from '../../i18n/index.js';
import { readFeed } from '../../watch/feed-items.js';
import { findMentions } from '../../watch/find-mentions.js';
import type { Mention } from '../../watch/mention.js';
import type { Feed, WatchSettings } from '../../watch/settings.js';
import { inSpikeWindow } from '../../watch/spike.js';
import { fetchFeed } from './fetch-feed.js';
import { readWatchState, writeWatchState, type FeedState } from './feed-state.js';
import { appendMentions, readMentions, type StoreDamage } from './mention-store.js';

interface PollOptions {
  userAgent: string;
  now: () => Date;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** Feeds fetched at once: enough to hide the network's waits, few enough to stay polite. */
  parallel?: number;
  onDamage?: (damage: StoreDamage) => void;
  /** Stops every fetch under way (Ctrl-C in a watching terminal). */
  signal?: AbortSignal;
  /**
   * Each feed's new mentions, once they are stored, in the order of the feeds (a feed waits for
   * those before it). The poll keeps none of them but the notable ones: a printer shows them as
   * they come, and 5,000 mentions are never all held at once.
   */
  onFresh: (mentions: readonly Mention[]) => void;
}

export type FeedOutcome =
  | { feed: Feed; result: 'ok'; items: number; fresh: number }
  | { feed: Feed; result: 'unchanged' }
  | { feed: Feed; result: 'waiting'; until: string }
  | { feed: Feed; result: 'failed'; key: MessageKey; params?: Params };

export interface PollResult {
  outcomes: FeedOutcome[];
  /** How many mentions this poll saw first (each went to `onFresh`). */
  freshCount: number;
  /**
   * The new mentions that may need a person, in the order of the feeds: the flagged ones, and
   * those recent enough to count toward a spike.
   */
  notable: Mention[];
  /** Mentions stored and reported before it. */
  stored: Mention[];
  /**
   * Notes in feeds.json what each feed answered and, unless the poll was stopped before it could
   * say what it found, that every stored mention was reported. Called once the poll was said.
   */
  save: (reported: boolean) => void;
}

// V8 doubles its young generation whenever more has survived its scavenges since it last grew than
// the young generation holds, up to two semi-spaces of 16 MB on Node 20. Reading a feed keeps its
// whole parse tree alive for a while (fast-xml-parser's nodes, then feedsmith's objects), so some
// 0.4 MB survives each scavenge whatever crisis keeps: a poll of 50 feeds of 100 items crossed that
// line near its end and stayed 16 MB bigger for the last few feeds, 107-110 MB of a 100 MB budget
// (bench/budgets.js). With the growth stopped at 8 MB a semi-space, the same poll peaks near 91 MB
// in about the same time. The flag is read when V8 next grows the space.
const SEMI_SPACES = 2 * 8 * 1024 * 1024;
/**
 * A V8 flag, which a later V8 may rename: V8 would then print "unrecognized flag" on stderr, so a
 * test runs each supported Node with it and fails first.
 */
export const NO_GROWTH = '--semi-space-growth-factor=1';
let stopped = false;

/** Once the young generation holds two semi-spaces of 8 MB, it grows no more for this process. */
function stopYoungGrowth(): void {
  if (stopped) return;
  const young = getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
  if (young === undefined || young.space_size < SEMI_SPACES) return;
  setFlagsFromString(NO_GROWTH);
  stopped = true;
}

const DEFAULTS = { timeoutMs: 20_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5, parallel: 8 };

/**
 * Polls every feed once. Mentions an earlier poll stored but never reported (it was killed) are
 * handed on first, as new. Each feed's new mentions are appended as soon as that feed is read,
 * before anything notes that it was: a kill at any point loses only what was not yet fetched,
 * and what was stored but not noted is fetched again and told apart by its id. The ETags and
 * dates, and how far the store was reported, go to feeds.json last (`save`), replaced whole.
 */
export async function pollFeeds(settings: WatchSettings, dir: string, options: PollOptions): Promise<PollResult> {
  const limits = { ...DEFAULTS, ...options };
  const { feeds: states, reported } = readWatchState(dir);
  const all = readMentions(dir, options.onDamage);
  const told = reported === 'all' ? all.length : Math.min(reported, all.length);
  const stored = all.slice(0, told);
  const known = new Set(all.map((mention) => mention.id));
  const pollStart = options.now();
  // One time for the whole poll: an incident opened from any of its mentions queues all of them.
  const seen = pollStart.toISOString();
  const notable: Mention[] = [];
  let freshCount = 0;
  // Handed on in the order of the feeds: a feed read early waits here for those before it.
  const done = new Map<number, readonly Mention[]>();
  let handed = -1;
  const handOn = (index: number, mentions: readonly Mention[]) => {
    done.set(index, mentions);
    for (let next = done.get(handed); next !== undefined; next = done.get(handed)) {
      done.delete(handed);
      handed += 1;
      freshCount += next.length;
      for (const mention of next)
        if (mention.flagged || inSpikeWindow(mention, settings.alert, pollStart)) notable.push(mention);
      options.onFresh(next);
    }
  };
  // Index -1: what a killed poll stored comes before any feed of this one.
  handOn(-1, all.slice(told));

  const pollOne = async (feed: Feed, index: number): Promise<FeedOutcome> => {
    const state: FeedState = states.get(feed.url) ?? {};
    const started = options.now();
    const note = (change: FeedState) => states.set(feed.url, { ...state, ...change, lastPoll: started.toISOString() });
    if (state.retryAfter !== undefined && Date.parse(state.retryAfter) > started.getTime()) {
      return { feed, result: 'waiting', until: state.retryAfter };
    }
    const fetched = await fetchFeed(feed.url, { ...limits, ...state, now: options.now, signal: options.signal });
    if (fetched.kind === 'notModified') {
      note({ lastResult: 'unchanged', retryAfter: undefined });
      return { feed, result: 'unchanged' };
    }
    if (fetched.kind === 'failed') {
      // Stopped by Ctrl-C: nothing is known of the feed, so nothing is noted.
      if (options.signal?.aborted) return { feed, result: 'failed', key: 'watch.fail.stopped' };
      note({ lastResult: 'failed', retryAfter: fetched.retryAfter });
      return { feed, result: 'failed', key: fetched.key, ...(fetched.params && { params: fetched.params }) };
    }
    const reading = readFeed(fetched.text);
    stopYoungGrowth();
    if ('problem' in reading) {
      note({ lastResult: 'failed', retryAfter: undefined });
      const { reason, ...params } = reading.problem;
      return { feed, result: 'failed', key: `watch.fail.${reason}`, params };
    }
    const mentions = findMentions(reading.items, feed, settings, seen, known);
    for (const mention of mentions) known.add(mention.id);
    appendMentions(dir, mentions);
    handOn(index, mentions);
    note({ lastResult: 'ok', retryAfter: undefined, etag: fetched.etag, lastModified: fetched.lastModified });
    return { feed, result: 'ok', items: reading.items.length, fresh: mentions.length };
  };

  const outcomes: FeedOutcome[] = [];
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < settings.feeds.length; index = next++) {
      const outcome = await pollOne(settings.feeds[index]!, index);
      outcomes[index] = outcome;
      if (outcome.result !== 'ok') handOn(index, []);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limits.parallel, settings.feeds.length) }, worker));
  const storedCount = told + freshCount;
  return {
    outcomes,
    freshCount,
    notable,
    stored,
    save: (reportedAll) => writeWatchState(dir, states, reportedAll ? storedCount : told),
  };
}
