import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isOpened, replay, type IncidentState } from '../escalate/replay.js';
import type { Context } from './context.js';
import { readJournal, type JournalRead } from './journal.js';
import { loadPlaybook, type LoadedPlaybook } from './load-playbook.js';

export interface StoredIncident {
  file: string;
  state: IncidentState;
  journal: JournalRead;
}

/** incidents/ beside the playbook, unless --incidents-dir says otherwise. */
export function incidentsDir(playbookFile: string, option: string | undefined, cwd: string): string {
  return resolve(cwd, option ?? join(dirname(playbookFile), 'incidents'));
}

export interface StoredJournal {
  id: string;
  file: string;
  journal: JournalRead;
}

/** Every journal of a folder, oldest first (ids begin with the time); a crash's partial line is said once. */
export function readJournals(dir: string, ctx: Context): StoredJournal[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .map((name) => {
      const file = join(dir, name);
      const journal = readJournal(file);
      if (journal.truncated) ctx.log.warn(ctx.t('journal.truncated', { file }));
      return { id: name.slice(0, -'.jsonl'.length), file, journal };
    });
}

/**
 * Every incident of a folder, each rebuilt from its journal. A journal holding only the first
 * answers of an incident not yet opened is left to `--resume`.
 */
export function readIncidents(dir: string, ctx: Context): StoredIncident[] {
  return readJournals(dir, ctx).flatMap(({ file, journal }) => (isOpened(journal.events) ? [{ file, state: replay(journal.events), journal }] : []));
}

/** The playbook (checked) and every incident recorded beside it: what incidents, promises and report start from. */
export function loadIncidents(options: { playbook?: string; incidentsDir?: string }, ctx: Context): LoadedPlaybook & { dir: string; incidents: StoredIncident[] } {
  const loaded = loadPlaybook(options.playbook, ctx);
  const dir = incidentsDir(loaded.file, options.incidentsDir, ctx.cwd);
  return { ...loaded, dir, incidents: readIncidents(dir, ctx) };
}
