import { formatBrandTime } from '../../escalate/brand-time.js';
import { durationText } from '../../i18n/duration-text.js';
import type { Mention } from '../../watch/mention.js';
import type { WatchSettings } from '../../watch/settings.js';
import type { Context } from '../context.js';
import { CliError, EXIT } from '../errors.js';
import { pollOnce, type PollRun } from './poll-run.js';
import { outcomeLine, printAlarm, printMention, type MentionSource } from './print-poll.js';

const BELL = '\u0007';

/**
 * A watching terminal: a poll every `monitoring.every`, each new mention as it arrives, a status
 * line per feed after each poll, and the bell with the command that opens an incident when a
 * mention is flagged or the mentions spike. Ctrl-C stops it between two polls or during one (what
 * a poll already stored stays stored), and it exits 0.
 */
export async function watchLoop(
  settings: WatchSettings,
  dir: string,
  source: MentionSource,
  ctx: Context,
  now: () => Date,
): Promise<number> {
  const { log, t } = ctx;
  const stop = new AbortController();
  const onInterrupt = () => stop.abort();
  process.once('SIGINT', onInterrupt);
  const stopped = new Promise<void>((resolve) => stop.signal.addEventListener('abort', () => resolve()));
  log.info(t('watch.watching', { feeds: settings.feeds.length, every: durationText(t, settings.everyMinutes) }));
  try {
    while (!stop.signal.aborted) {
      // Shown once the poll is over, as the status lines are: a poll Ctrl-C stops shows nothing,
      // and leaves what it stored for the next one to report.
      const fresh: Mention[] = [];
      const onFresh = (mentions: readonly Mention[]) => mentions.forEach((mention) => fresh.push(mention));
      const report = (run: PollRun) => {
        for (const mention of fresh) printMention(mention, ctx, source);
        const at = formatBrandTime(now(), source.brand, 'time');
        for (const outcome of run.poll.outcomes)
          log.info(log.color.dim(`${at} ${outcomeLine(outcome, ctx, source.brand)}`));
        if (run.attention) {
          ctx.streams.stdout.write(BELL);
          printAlarm(run, source, ctx);
        }
      };
      // Awaited even when stopped: Ctrl-C ends its fetches at once, and the poll lets go of its lock.
      try {
        await pollOnce(settings, dir, ctx, now, { onFresh, report, signal: stop.signal });
      } catch (error) {
        // A cron line polling the same folder: it reports this time, the terminal the next.
        if (!(error instanceof CliError && error.key === 'watch.locked')) throw error;
        log.warn(t(error.key, error.params));
      }
      if (stop.signal.aborted) break;
      // The wait itself keeps the process alive until the next poll (an unref'd timer let Node
      // exit after the first one); Ctrl-C clears it so the stop is immediate.
      let wait: NodeJS.Timeout | undefined;
      await Promise.race([
        new Promise((resolve) => (wait = setTimeout(resolve, settings.everyMinutes * 60_000))),
        stopped,
      ]);
      clearTimeout(wait);
    }
  } finally {
    process.off('SIGINT', onInterrupt);
  }
  log.info(t('watch.stopped'));
  return EXIT.ok;
}
