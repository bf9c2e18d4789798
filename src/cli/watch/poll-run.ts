import type { Context } from '../context.js';
import type { Mention } from '../../watch/mention.js';
import { judgeSpike, needsAttention } from '../../watch/spike.js';
import type { WatchSettings } from '../../watch/settings.js';
import { pollFeeds } from './poll.js';
import { displayPath } from '../display-path.js';

/**
 * What crisis says it is when it asks a site for a feed, so the site's owner can tell who polls.
 * Name and version only: package.json gives no homepage or repository to point them to.
 */
export const userAgent = (version: string) => `crisis/${version}`;

interface PollHooks {
  /** Each feed's new mentions as they are stored, in the order of the feeds. */
  onFresh: (mentions: readonly Mention[]) => void;
  signal?: AbortSignal;
}

/** One poll and what it means: the mentions, a spike, whether a person must look; `blind`: every feed failed. */
export async function pollOnce(settings: WatchSettings, dir: string, ctx: Context, now: () => Date, hooks: PollHooks) {
  const poll = await pollFeeds(settings, dir, {
    userAgent: userAgent(ctx.version),
    now,
    onFresh: hooks.onFresh,
    ...(hooks.signal && { signal: hooks.signal }),
    onDamage: ({ file, lines }) =>
      ctx.log.warn(ctx.t('watch.storeDamaged', { file: displayPath(file, ctx.cwd), lines: lines.join(', ') })),
  });
  const spike = judgeSpike(poll.stored, poll.notable, settings.alert, now());
  const blind = poll.outcomes.length > 0 && poll.outcomes.every((outcome) => outcome.result === 'failed');
  return { poll, spike, attention: needsAttention(poll.notable, spike), blind };
}

export type PollRun = Awaited<ReturnType<typeof pollOnce>>;
