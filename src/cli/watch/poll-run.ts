import type { Context } from '../context.js';
import type { Mention } from '../../watch/mention.js';
import { judgeSpike, needsAttention, type Spike } from '../../watch/spike.js';
import type { WatchSettings } from '../../watch/settings.js';
import { pollFeeds, type PollResult } from './poll.js';
import { displayPath } from '../display-path.js';
import { lockPoll } from './poll-lock.js';

/**
 * What crisis says it is when it asks a site for a feed, so the site's owner can tell who polls.
 * Name and version only: package.json gives no homepage or repository to point them to.
 */
export const userAgent = (version: string) => `crisis/${version}`;

interface PollHooks {
  /** Each feed's new mentions as they are stored, in the order of the feeds. */
  onFresh: (mentions: readonly Mention[]) => void;
  /** Says what the poll found; the store counts as reported only once this returns. */
  report: (run: PollRun) => void;
  signal?: AbortSignal;
}

/**
 * One poll and what it means: the mentions, a spike, whether a person must look; `blind`: every
 * feed failed. Holds the watch folder's lock from reading the store until the poll is said and
 * noted, so a poll killed before it said what it stored leaves that to the next one.
 */
export async function pollOnce(settings: WatchSettings, dir: string, ctx: Context, now: () => Date, hooks: PollHooks) {
  const release = lockPoll(dir, displayPath(dir, ctx.cwd));
  try {
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
    const run = { poll, spike, attention: needsAttention(poll.notable, spike), blind };
    // A poll stopped by Ctrl-C says nothing: what it stored is the next poll's to report.
    const stopped = hooks.signal?.aborted === true;
    if (!stopped) hooks.report(run);
    poll.save(!stopped);
    return run;
  } finally {
    release();
  }
}

export interface PollRun {
  poll: PollResult;
  spike: Spike | undefined;
  attention: boolean;
  blind: boolean;
}
