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

/**
 * What each feed's last answer said, keyed by its address: a cache for conditional GETs, never
 * the mentions themselves. A missing or unreadable file only costs one full fetch of each feed.
 */
export function readFeedStates(dir: string): Map<string, FeedState> {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(join(dir, FEEDS_FILE), 'utf8'));
  } catch {
    return new Map();
  }
  const states = new Map<string, FeedState>();
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return states;
  for (const [url, entry] of Object.entries(value)) {
    const parsed = feedStateSchema.safeParse(entry);
    if (parsed.success) states.set(url, parsed.data);
  }
  return states;
}

/** Replaces the file whole (written beside it, then renamed): a kill leaves the old one or the new. */
export function writeFeedStates(dir: string, states: ReadonlyMap<string, FeedState>): void {
  const sorted = [...states].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const text = `${JSON.stringify(Object.fromEntries(sorted), null, 2)}\n`;
  writeAllOrNone(dir, new Map([[FEEDS_FILE, text]]));
}
