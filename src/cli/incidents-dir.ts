import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { replay, type IncidentState } from '../escalate/replay.js';
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

/** Every incident of a folder, each rebuilt from its journal; a crash's partial line is said once. */
export function readIncidents(dir: string, ctx: Context): StoredIncident[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .flatMap((name) => {
      const file = join(dir, name);
      const journal = readJournal(file);
      if (journal.truncated) ctx.log.warn(ctx.t('journal.truncated', { file }));
      if (journal.events.length === 0) return [];
      return [{ file, state: replay(journal.events), journal }];
    });
}

/** The playbook (checked) and every incident recorded beside it: what incidents, promises and report start from. */
export function loadIncidents(options: { playbook?: string; incidentsDir?: string }, ctx: Context): LoadedPlaybook & { dir: string; incidents: StoredIncident[] } {
  const loaded = loadPlaybook(options.playbook, ctx);
  const dir = incidentsDir(loaded.file, options.incidentsDir, ctx.cwd);
  return { ...loaded, dir, incidents: readIncidents(dir, ctx) };
}
