import { isOpened, replay, type IncidentState } from '../../escalate/replay.js';
import { speakingThePlan, type Context } from '../context.js';
import { displayPath } from '../display-path.js';
import { CliError } from '../errors.js';
import { damagedError } from './journal-file.js';
import { incidentsDir, isClosed, readJournals, type StoredJournal } from './journal-folder.js';
import { clearAbandonedLock } from './journal-lock.js';
import { loadPlaybook } from '../load-playbook.js';

export interface StoredIncident extends StoredJournal {
  state: IncidentState;
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
  only?: string,
): { incidents: StoredIncident[]; damaged: StoredJournal[]; copies: number; unopened: StoredJournal[] } {
  // A command about one incident reads the journal named after it alone when that journal opens it
  // (among copies, the one so named is the one that counts): a folder of years of incidents, or one
  // of 40,000 events beside it, is neither read nor checked. Anything else reads the whole folder.
  const named = only === undefined ? [] : readJournals(dir, ctx, (id) => id === only);
  const alone = named[0] && !named[0].journal.damage && openedId(named[0]) === only;
  const journals = alone
    ? named
    : [...named, ...readJournals(dir, ctx, (id) => id !== only)].sort((a, b) => (a.file < b.file ? -1 : 1));
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

/**
 * The playbook (checked) and every incident recorded beside it: what incidents, promises and report
 * start from. With `only`, an incident id, at least that incident (see readIncidents).
 */
export function loadIncidents(
  options: { playbook?: string; incidentsDir?: string },
  shell: Context,
  { speakThePlan = false, only }: { speakThePlan?: boolean; only?: string } = {},
) {
  const loaded = loadPlaybook(options.playbook, shell, { speakThePlan });
  // Listings of the walkthrough's incidents speak as it did, in the plan's language (their dates
  // already follow it), from the first warning on, unless --lang says otherwise.
  const ctx = speakThePlan ? speakingThePlan(shell, loaded.playbook) : shell;
  const dir = incidentsDir(loaded.file, options.incidentsDir, ctx.cwd);
  return { ...loaded, dir, ...readIncidents(dir, ctx, only), ctx };
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
