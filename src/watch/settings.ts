import { parseDuration } from '../model/duration.js';
import type { Playbook } from '../model/schema.js';

// What a plan that names feeds but not how to watch them gets: a poll every quarter of an hour,
// and a spike when five mentions arrive within an hour (a small business hears of itself a few
// times a day; five in an hour is news).
const DEFAULT_EVERY = '15m';
const DEFAULT_ALERT = { mentions: 5, within: '1h' } as const;

export type Feed = NonNullable<NonNullable<Playbook['monitoring']>['feeds']>[number];

/**
 * How to watch, from a valid plan: its feeds; the `terms` that make an item a mention (keywords
 * and hashtags) and the `flagTerms` that flag one (topics to avoid, the terms of the brand's
 * weaknesses); the poll and spike settings, with the defaults filled in.
 */
export function watchSettings(playbook: Playbook) {
  const monitoring = playbook.monitoring ?? {};
  const every = monitoring.every ?? DEFAULT_EVERY;
  const alert = monitoring.alert ?? DEFAULT_ALERT;
  return {
    feeds: monitoring.feeds ?? [],
    terms: [...(monitoring.keywords ?? []), ...(monitoring.hashtags ?? [])],
    flagTerms: [
      ...playbook.policies.avoid_topics,
      ...(playbook.brand.weaknesses ?? []).flatMap((weakness) => weakness.terms ?? []),
    ],
    everyMinutes: parseDuration(every) ?? 15,
    alert: { mentions: alert.mentions, within: alert.within, withinMinutes: parseDuration(alert.within) ?? 60 },
  };
}

export type WatchSettings = ReturnType<typeof watchSettings>;
