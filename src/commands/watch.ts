import { realpathSync } from 'node:fs';
import { shownClock, speakingThePlan, type Context } from '../cli/context.js';
import { displayPath } from '../cli/display-path.js';
import { CliError, EXIT } from '../cli/errors.js';
import { incidentsDir } from '../cli/incident-store/journal-folder.js';
import { loadPlaybook } from '../cli/load-playbook.js';
import { watchDir } from '../cli/watch/mention-store.js';
import { pollOnce } from '../cli/watch/poll-run.js';
import { printMention, printPoll, pollJson } from '../cli/watch/print-poll.js';
import type { Mention } from '../watch/mention.js';
import { watchSettings } from '../watch/settings.js';

interface WatchOptions {
  once?: boolean;
  format?: 'stylish' | 'json';
  watchDir?: string;
}

const real = (path: string) => {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
};

/**
 * `crisis watch`: polls the plan's feeds for mentions. With --once (cron, CI): one poll, the new
 * mentions, exit 0 when nothing needs a person, 1 for a flagged mention or a spike, 2 when it could
 * not run (a plan with errors, every feed failed). On a terminal without --once: a poll every
 * `monitoring.every` until Ctrl-C.
 */
export async function watch(
  playbookArg: string | undefined,
  options: WatchOptions,
  shell: Context,
  now: () => Date = () => new Date(),
): Promise<number> {
  // 1 is the alert a cron line or CI acts on; a plan with errors is a run that could not happen.
  const loaded = loadPlaybook(playbookArg, shell, { errorsExit: EXIT.usage });
  // What the watch finds concerns the brand: it speaks the plan's language, as the walkthrough does.
  const ctx = speakingThePlan(shell, loaded.playbook);
  const settings = watchSettings(loaded.playbook);
  if (settings.feeds.length === 0) throw new CliError('watch.noFeeds', { file: loaded.file });
  if (settings.terms.length === 0) throw new CliError('watch.noTerms', { file: loaded.file });
  const dir = watchDir(loaded.file, options.watchDir, ctx.cwd);
  // Its mentions.jsonl would read as a damaged incident journal to every command that lists them.
  if (real(dir) === real(incidentsDir(loaded.file, undefined, ctx.cwd)))
    throw new CliError('watch.dirIsIncidents', { dir: displayPath(dir, ctx.cwd) });
  const from = {
    file: loaded.file,
    given: playbookArg,
    watchDir: options.watchDir,
    brand: shownClock(ctx, loaded.playbook.brand),
    now,
  };
  if (!options.once) {
    if (!ctx.streams.stdout.isTTY || options.format === 'json') throw new CliError('watch.needsOnce');
    return (await import('../cli/watch/watch-loop.js')).watchLoop(settings, dir, from, ctx, now);
  }
  const mentions: Mention[] = [];
  // Stylish prints each mention as soon as its feed (and every feed before it) is read, then lets it go.
  const hooks: Parameters<typeof pollOnce>[4] =
    options.format === 'json'
      ? {
          onFresh: (found) => found.forEach((mention) => mentions.push(mention)),
          report: (done) => ctx.log.out(JSON.stringify(pollJson(done, mentions, ctx), null, 2)),
        }
      : {
          onFresh: (found) => found.forEach((mention) => printMention(mention, ctx, from)),
          report: (done) => printPoll(done, from, ctx),
        };
  const run = await pollOnce(settings, dir, ctx, now, hooks);
  if (run.blind) return EXIT.usage;
  return run.attention ? EXIT.findings : EXIT.ok;
}
