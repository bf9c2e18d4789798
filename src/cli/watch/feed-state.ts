import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { writeAllOrNone } from '../write-files.js';

const FEEDS_FILE = 'feeds.json';

const feedStateSchema = z.object({
  etag: z.optional(z.string()),
  lastModified: z.optional(z.string()),
  /** A server asked to wait until then (Retry-After): the feed is skipped until that time. */
  retryAfter: z.optional(z.string()),
  lastPoll: z.optional(z.string()),
  /** How the last poll went: ok, unchanged (304), failed, waiting. */
  lastResult: z.optional(z.string()),
});

export type FeedState = z.infer<typeof feedStateSchema>;

export interface WatchState {
  feeds: Map<string, FeedState>;
  /**
   * How many of the stored mentions (each id once, in file order) a finished poll has reported;
   * those after them were stored by a poll that was stopped before it said so. `all`: a file
   * written before crisis counted them, whose mentions were all reported.
   */
  reported: number | 'all';
}

const feedsOf = (value: object): Map<string, FeedState> =>
  new Map(
    Object.entries(value).flatMap(([url, entry]) => {
      const parsed = feedStateSchema.safeParse(entry);
      return parsed.success ? [[url, parsed.data] as const] : [];
    }),
  );

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * What each feed's last answer said, keyed by its address (a cache for conditional GETs), and how
 * far the store was reported. No file: nothing was reported yet, so the first poll after a killed
 * one reports what that one stored. An unreadable file costs one full fetch of each feed.
 */
export function readWatchState(dir: string): WatchState {
  let text: string;
  try {
    text = readFileSync(join(dir, FEEDS_FILE), 'utf8');
  } catch {
    return { feeds: new Map(), reported: 0 };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { feeds: new Map(), reported: 'all' };
  }
  if (!isObject(value)) return { feeds: new Map(), reported: 'all' };
  const { reported, feeds } = value;
  if (Number.isSafeInteger(reported) && (reported as number) >= 0 && isObject(feeds))
    return { feeds: feedsOf(feeds), reported: reported as number };
  return { feeds: feedsOf(value), reported: 'all' };
}

/**
 * Replaces the file whole (written beside it, then renamed): a kill leaves the old one or the new.
 * Written last in a poll, once its mentions were said.
 */
export function writeWatchState(dir: string, feeds: ReadonlyMap<string, FeedState>, reported: number): void {
  const sorted = [...feeds].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const text = `${JSON.stringify({ reported, feeds: Object.fromEntries(sorted) }, null, 2)}\n`;
  writeAllOrNone(dir, new Map([[FEEDS_FILE, text]]));
}
