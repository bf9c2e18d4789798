import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Context } from '../context.js';
import type { Mention } from '../../watch/mention.js';
import { judgeSpike, needsAttention, type Spike } from '../../watch/spike.js';
import type { WatchSettings } from '../../watch/settings.js';
import { pollFeeds, type PollResult } from './poll.js';
import { displayPath } from '../display-path.js';
import { CliError } from '../errors.js';
import { lockJournal } from '../incident-store/journal-lock.js';

/**
 * One poll at a time per watch folder, with the lock incident journals use (`watch/poll.lock`,
 * taken over when its process died on this machine, after a kill -9). Two polls at once both read
 * the store before either appended, so each stored what the other did. The second is refused
 * rather than made to wait: it would only fetch again what the first is about to report, and a
 * cron line stuck behind a hung poll would pile up processes.
 */
function lockPoll(dir: string, shown: string): () => void {
  mkdirSync(dir, { recursive: true });
  try {
    // A lock of another machine is one a killed run left in a watch folder committed to git (CI):
    // no other machine polls this folder at the same time, so it is taken over.
    return lockJournal(join(dir, 'poll'), { takeOver: true });
  } catch (error) {
    if (error instanceof CliError && error.key === 'journal.locked')
      throw new CliError('watch.locked', { dir: shown, pid: error.params.pid ?? '?' });
    throw error;
  }
}

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
      // So a site's owner can tell who polls. Name and version only: package.json gives no
      // homepage or repository to point them to.
      userAgent: `crisis/${ctx.version}`,
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
