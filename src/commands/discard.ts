import { rmSync } from 'node:fs';
import { commentsFile } from '../cli/comments/incident-queue.js';
import { speakingThePlan, type Context } from '../cli/context.js';
import { displayPath } from '../cli/display-path.js';
import { CliError, EXIT } from '../cli/errors.js';
import { incidentsDir, readJournals } from '../cli/incident-store/journal-folder.js';
import { lockJournal } from '../cli/incident-store/journal-lock.js';
import { loadPlaybook } from '../cli/load-playbook.js';
import { terminalPrompter, type Prompter } from '../cli/prompts.js';

interface DiscardOptions {
  playbook?: string;
  incidentsDir?: string;
  yes?: boolean;
  takeOver?: boolean;
}

/**
 * Removes the journal of a drill: failed exercises need not pile up as open incidents. A real
 * incident is a record the business may need later, so it goes only once a person confirms
 * (on a terminal, or with --yes). A damaged journal can be removed too: that is often the fix.
 */
export async function discard(
  id: string,
  options: DiscardOptions,
  shell: Context,
  prompter: (t: Context['t']) => Promise<Prompter> = terminalPrompter,
): Promise<number> {
  const loaded = loadPlaybook(options.playbook, shell, { speakThePlan: true });
  // An incident's journal is the plan's business: its refusals speak the plan's language, as report's and promises' do.
  const ctx = speakingThePlan(shell, loaded.playbook);
  const { log, t } = ctx;
  const dir = incidentsDir(loaded.file, options.incidentsDir, ctx.cwd);
  const journals = readJournals(dir, ctx);
  const chosen = journals.find((entry) => entry.id === id);
  if (!chosen)
    throw new CliError('reportCmd.unknown', { id, dir, known: journals.map((entry) => entry.id).join(', ') || '—' });
  const opened = chosen.journal.events.find((event) => event.type === 'opened');
  // Nobody may be writing to it while it goes.
  const release = lockJournal(chosen.file, { takeOver: options.takeOver });
  try {
    if (opened?.drill !== true && options.yes !== true) {
      if (!ctx.interactive) throw new CliError('incidents.discardRefused', { id });
      const sure = await (
        await prompter(t)
      ).confirm({ message: t('incidents.discardConfirm', { id, summary: opened?.summary ?? '—' }), default: false });
      if (!sure) {
        log.out(t('incidents.discardKept', { id }));
        return EXIT.ok;
      }
    }
    // The comment queue goes with its incident: left behind, it would join a later incident of the same id.
    rmSync(commentsFile(chosen.file), { force: true });
    rmSync(chosen.file, { force: true });
  } finally {
    release();
  }
  log.out(t('incidents.discarded', { id, file: displayPath(chosen.file, ctx.cwd) }));
  return EXIT.ok;
}
