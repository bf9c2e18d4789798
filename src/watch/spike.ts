import type { Mention } from './mention.js';
import type { WatchSettings } from './settings.js';

/**
 * When a mention happened, as far as crisis can tell: when it was published, but never later than
 * when crisis first saw it (a feed's clock may run ahead), nor earlier than it was ever published.
 */
function mentionTime(mention: Mention): number {
  const seen = Date.parse(mention.seen);
  const published = mention.published === undefined ? Number.NaN : Date.parse(mention.published);
  return Number.isNaN(published) ? seen : Math.min(published, seen);
}

/** Whether a mention falls within the alert's window before `now`: only those count toward a spike. */
export function inSpikeWindow(mention: Mention, alert: WatchSettings['alert'], now: Date): boolean {
  return mentionTime(mention) >= now.getTime() - alert.withinMinutes * 60_000;
}

export interface Spike {
  /** Mentions within the window, the new ones included. */
  count: number;
  mentions: number;
  within: string;
  /** The earliest mention of the window: where the burst began, so an incident from it queues the rest. */
  first: Mention;
}

/**
 * A spike: `alert.mentions` or more mentions within `alert.within` of `now`, and at least one of
 * them new in this poll, so a burst that is over does not ring again at every poll of the hour.
 * `fresh` need hold only the new mentions within the window (more may be given, in their order).
 */
export function judgeSpike(
  stored: readonly Mention[],
  fresh: readonly Mention[],
  alert: WatchSettings['alert'],
  now: Date,
): Spike | undefined {
  const inWindow = (mention: Mention) => inSpikeWindow(mention, alert, now);
  const recentFresh = fresh.filter(inWindow);
  if (recentFresh.length === 0) return undefined;
  const window = [...stored.filter(inWindow), ...recentFresh];
  if (window.length < alert.mentions) return undefined;
  const first = window.reduce((a, b) => (mentionTime(b) < mentionTime(a) ? b : a));
  return { count: window.length, mentions: alert.mentions, within: alert.within, first };
}

/** What a poll found that needs a person: a flagged mention or a spike. */
export function needsAttention(fresh: readonly Mention[], spike: Spike | undefined): boolean {
  return spike !== undefined || fresh.some((mention) => mention.flagged);
}
