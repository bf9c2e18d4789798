import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CliError } from '../errors.js';
import { lockJournal } from '../incident-store/journal-lock.js';

/**
 * One poll at a time per watch folder, with the lock incident journals use (`watch/poll.lock`,
 * taken over when its process died on this machine, after a kill -9). Two polls at once both read
 * the store before either appended, so each stored what the other did. The second is refused
 * rather than made to wait: it would only fetch again what the first is about to report, and a
 * cron line stuck behind a hung poll would pile up processes.
 */
export function lockPoll(dir: string, shown: string): () => void {
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
