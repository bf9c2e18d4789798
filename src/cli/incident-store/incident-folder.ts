import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { IncidentEvent } from '../../escalate/events.js';
import { isOpened, replay, type IncidentState } from '../../escalate/replay.js';
import { speakingThePlan, type Context } from '../context.js';
import { displayPath } from '../display-path.js';
import { CliError } from '../errors.js';
import { damagedError, readJournal, type JournalRead } from './journal-file.js';
import { clearAbandonedLock } from './journal-lock.js';
import { loadPlaybook, type LoadedPlaybook } from '../load-playbook.js';

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

export interface StoredIncident extends StoredJournal {
  state: IncidentState;
}

/** When the incident was opened, by its journal (the first answer for one not opened yet), as a number to compare. */
export function openedTime(events: readonly IncidentEvent[]): number {
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
 * Every journal of a folder, by name. Each is read on its own: a partial last line, a damaged
 * line or an unreadable file is said once and concerns that incident alone. Only regular files
 * are read, so a FIFO named `x.jsonl` cannot hang the command.
 */
export function readJournals(dir: string, ctx: Context): StoredJournal[] {
  if (!existsSync(dir)) return [];
  // A folder that cannot be listed is the system's error, said in one line by handle-error.ts.
  return readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
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

const isClosed = (events: readonly IncidentEvent[]) => events.some((event) => event.type === 'closed');

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

/** The incident with its state, replayed when first asked for: a report of one incident replays no other. */
function withState(entry: StoredJournal): StoredIncident {
  let state: IncidentState | undefined;
  return {
    ...entry,
    get state() {
      state ??= replay(entry.journal.events);
      return state;
    },
  };
}

const openedId = (entry: StoredJournal) => entry.journal.events.find((event) => event.type === 'opened')?.id ?? '';

/**
 * Journals that hold an incident another journal holds too (a copy kept in the folder): counted
 * twice, its promises would reach a calendar twice under one UID. Of such journals only the one
 * named after the incident (`<id>.jsonl`, the one crisis writes to) counts; when none is, none
 * does. Each left out is said once, naming the files. Returns those left out.
 */
function copiesOf(journals: readonly StoredJournal[], ctx: Context): Set<StoredJournal> {
  const holders = new Map<string, StoredJournal[]>();
  for (const entry of journals) {
    const group = holders.get(openedId(entry));
    if (group) group.push(entry);
    else holders.set(openedId(entry), [entry]);
  }
  const left = new Set<StoredJournal>();
  for (const [id, group] of holders) {
    if (group.length < 2) continue;
    const kept = group.find((entry) => entry.id === id);
    const shown = (entry: StoredJournal) => displayPath(entry.file, ctx.cwd);
    for (const entry of group) if (entry !== kept) left.add(entry);
    if (kept)
      for (const entry of group.filter((other) => other !== kept))
        ctx.log.warn(ctx.t('journal.duplicate', { file: shown(entry), id, kept: shown(kept) }));
    else ctx.log.warn(ctx.t('journal.duplicateUnnamed', { id, files: group.map(shown).join(', ') }));
  }
  return left;
}

/**
 * Every incident of a folder, each rebuilt from its journal, and the damaged journals apart. A
 * journal holding only the first answers of an incident not yet opened is apart too (`unopened`);
 * one holding an incident another journal holds is left out (see copiesOf), and counted in `copies`.
 */
export function readIncidents(
  dir: string,
  ctx: Context,
): { incidents: StoredIncident[]; damaged: StoredJournal[]; copies: number; unopened: StoredJournal[] } {
  const journals = readJournals(dir, ctx);
  const opened = journals.filter((entry) => !entry.journal.damage && isOpened(entry.journal.events));
  const copies = copiesOf(opened, ctx);
  const incidents = opened.filter((entry) => !copies.has(entry)).map(withState);
  for (const incident of incidents) if (isClosed(incident.journal.events)) clearAbandonedLock(incident.file);
  // Stopped before it was opened: what `--resume` continues, so a listing names it too.
  const unopened = journals.filter(
    (entry) => !entry.journal.damage && entry.journal.events.length > 0 && !isOpened(entry.journal.events),
  );
  return { incidents, damaged: journals.filter((entry) => entry.journal.damage), copies: copies.size, unopened };
}

/** The playbook (checked) and every incident recorded beside it: what incidents, promises and report start from. */
export function loadIncidents(
  options: { playbook?: string; incidentsDir?: string },
  shell: Context,
  { speakThePlan = false } = {},
): LoadedPlaybook & ReturnType<typeof readIncidents> & { dir: string; ctx: Context } {
  const loaded = loadPlaybook(options.playbook, shell, { speakThePlan });
  // Listings of the walkthrough's incidents speak as it did, in the plan's language (their dates
  // already follow it), from the first warning on, unless --lang says otherwise.
  const ctx = speakThePlan ? speakingThePlan(shell, loaded.playbook) : shell;
  const dir = incidentsDir(loaded.file, options.incidentsDir, ctx.cwd);
  return { ...loaded, dir, ...readIncidents(dir, ctx), ctx };
}

/**
 * The incident a command is about: the one its id names, or `fallback`'s pick without an id. An id
 * whose journal is damaged says so; an unknown id, or a folder with none, lists what there is.
 */
export function pickIncident(
  id: string | undefined,
  loaded: { dir: string; incidents: StoredIncident[]; damaged: StoredJournal[] },
  ctx: Context,
  fallback: (incidents: StoredIncident[]) => StoredIncident | undefined,
): StoredIncident {
  const { dir, incidents, damaged } = loaded;
  const chosen =
    id === undefined
      ? fallback(incidents)
      : // By the journal's own id, not the replayed state's: finding one incident replays no other.
        incidents.find((incident) => openedId(incident) === id || incident.id === id);
  if (chosen) return chosen;
  const broken = id === undefined ? undefined : damaged.find((entry) => entry.id === id);
  if (broken?.journal.damage) throw damagedError(displayPath(broken.file, ctx.cwd), broken.journal.damage, ctx.t);
  throw new CliError(id === undefined ? 'reportCmd.none' : 'reportCmd.unknown', {
    id: id ?? '',
    dir,
    known: incidents.map(openedId).join(', ') || '—',
  });
}
