import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { IncidentEvent } from '../../escalate/events.js';
import type { Context } from '../context.js';
import { displayPath } from '../display-path.js';
import { CliError } from '../errors.js';
import { damagedError, readJournal, type JournalRead } from './journal-file.js';

// The journals of an incidents folder, each read on its own, and the one a command resumes.
// incident-folder.ts rebuilds incidents from them for listings and reports.

/** incidents/ beside the playbook, unless --incidents-dir says otherwise. */
export function incidentsDir(playbookFile: string, option: string | undefined, cwd: string): string {
  return resolve(cwd, option ?? join(dirname(playbookFile), 'incidents'));
}

export interface StoredJournal {
  /** The file's name without `.jsonl`: the incident id it was created with. */
  id: string;
  file: string;
  journal: JournalRead;
}

/** When the incident was opened, by its journal (the first answer for one not opened yet), as a number to compare. */
function openedTime(events: readonly IncidentEvent[]): number {
  const event = events.find((entry) => entry.type === 'opened') ?? events[0];
  return event ? Date.parse(event.at) : Number.NEGATIVE_INFINITY;
}

/** The most recently opened of some journals, by their own clocks; the later file wins a tie. */
export function mostRecent<T extends StoredJournal>(entries: readonly T[]): T | undefined {
  return entries.reduce<T | undefined>(
    (best, entry) => (!best || openedTime(entry.journal.events) >= openedTime(best.journal.events) ? entry : best),
    undefined,
  );
}

/**
 * Every journal of a folder (those whose id `pick` takes), by name. Each is read on its own: a
 * partial last line, a damaged line or an unreadable file is said once and concerns that incident
 * alone. Only regular files are read, so a FIFO named `x.jsonl` cannot hang the command.
 */
export function readJournals(dir: string, ctx: Context, pick: (id: string) => boolean = () => true): StoredJournal[] {
  if (!existsSync(dir)) return [];
  // A folder that cannot be listed is the system's error, said in one line by handle-error.ts.
  return readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl') && pick(name.slice(0, -'.jsonl'.length)))
    .sort()
    .flatMap((name) => {
      const file = join(dir, name);
      const id = name.slice(0, -'.jsonl'.length);
      const shown = displayPath(file, ctx.cwd);
      let journal: JournalRead;
      try {
        if (!statSync(file).isFile()) return [];
        journal = readJournal(file);
      } catch (error) {
        ctx.log.warn(
          ctx.t('journal.unreadable', { file: shown, reason: (error as NodeJS.ErrnoException).code ?? String(error) }),
        );
        return [];
      }
      if (journal.truncated) ctx.log.warn(ctx.t('journal.truncated', { file: shown }));
      if (journal.damage)
        ctx.log.warn(
          ctx.t('journal.corrupt', {
            file: shown,
            line: journal.damage.line,
            id,
            reason: ctx.t(journal.damage.reason, journal.damage.params),
          }),
        );
      return [{ id, file, journal }];
    });
}

export const isClosed = (events: readonly IncidentEvent[]) => events.some((event) => event.type === 'closed');

/** An incident journal a command may continue: by id, or the most recent open one that `fits`. */
export function chooseToResume(
  dir: string,
  resume: string | boolean,
  ctx: Context,
  fits: (entry: StoredJournal) => boolean = () => true,
): StoredJournal {
  const journals = readJournals(dir, ctx).filter(({ journal }) => journal.events.length > 0 || journal.damage);
  const open = journals.filter(({ journal }) => !journal.damage && !isClosed(journal.events));
  if (typeof resume !== 'string') {
    const chosen = mostRecent(open.filter(fits));
    if (!chosen) throw new CliError('escalate.noOpenIncident', { dir });
    return chosen;
  }
  const chosen = journals.find((entry) => entry.id === resume);
  if (!chosen)
    throw new CliError('escalate.unknownIncident', {
      id: resume,
      dir,
      open: open.map((entry) => entry.id).join(', ') || '—',
    });
  if (chosen.journal.damage) throw damagedError(displayPath(chosen.file, ctx.cwd), chosen.journal.damage, ctx.t);
  if (isClosed(chosen.journal.events)) throw new CliError('escalate.alreadyClosed', { id: chosen.id });
  return chosen;
}
