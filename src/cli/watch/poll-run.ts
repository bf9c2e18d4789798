import type { Context } from '../context.js';
import { judgeSpike, needsAttention, type Spike } from '../../watch/spike.js';
import type { WatchSettings } from '../../watch/settings.js';
import { pollFeeds, type PollResult } from './poll.js';
import { displayPath } from '../display-path.js';

/**
 * What crisis says it is when it asks a site for a feed, so the site's owner can tell who polls.
 * Name and version only: package.json gives no homepage or repository to point them to.
 */
export const userAgent = (version: string) => `crisis/${version}`;

export interface PollRun {
  poll: PollResult;
  spike?: Spike;
  attention: boolean;
  /** Every feed failed: nothing was read. */
  blind: boolean;
}

/** One poll and what it means: the mentions, a spike, whether a person must look. */
export async function pollOnce(
  settings: WatchSettings,
  dir: string,
  ctx: Context,
  now: () => Date,
  signal?: AbortSignal,
): Promise<PollRun> {
  const poll = await pollFeeds(settings, dir, {
    userAgent: userAgent(ctx.version),
    now,
    ...(signal && { signal }),
    onDamage: ({ file, lines }) =>
      ctx.log.warn(ctx.t('watch.storeDamaged', { file: displayPath(file, ctx.cwd), lines: lines.join(', ') })),
  });
  const spike = judgeSpike(poll.stored, poll.fresh, settings.alert, now());
  const blind = poll.outcomes.length > 0 && poll.outcomes.every((outcome) => outcome.result === 'failed');
  return { poll, spike, attention: needsAttention(poll.fresh, spike), blind };
}
