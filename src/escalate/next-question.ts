import type { Playbook } from '../model/schema.js';
import { currentLevel, type IncidentState } from './replay.js';
import { levelOf, planIndex } from '../model/plan-index.js';

/** What the walkthrough needs next: data, so the terminal, a script and tests can all answer it. */
export type Question =
  | { kind: 'triage' }
  | { kind: 'pick-level' }
  | { kind: 'notify'; contact: string; backupFor?: string }
  | { kind: 'step'; level: string; step: string }
  | { kind: 'close'; later: string[] }
  | { kind: 'closed' };

export interface NotifyEntry {
  contact: string;
  backupFor?: string;
}

export interface NotifyPlan {
  /** The next contact to try, with whom they stand in for. */
  next?: NotifyEntry;
  /** Contacts whose whole chain of backups was unreachable (or loops back on itself). */
  exhausted: Array<{ contact: string; loop: boolean }>;
}

type ChainEnd = { contact: string; backupFor?: string; status?: 'reached' } | { loop: boolean };

/**
 * Follows `first`'s chain of backups past everyone marked unreachable: the first person reached or
 * not tried yet, with whom they stand in for; or, when nobody is left, whether the chain looped.
 */
function chainEnd(playbook: Playbook, state: IncidentState, first: string): ChainEnd {
  const backupOf = planIndex(playbook).contacts;
  const seen = new Set<string>();
  let backupFor: string | undefined;
  for (let contact: string | undefined = first; contact !== undefined; contact = backupOf.get(contact)?.backup) {
    if (seen.has(contact)) return { loop: true };
    seen.add(contact);
    const status = state.contacts.get(contact)?.status;
    if (status !== 'unreachable') return { contact, backupFor, status };
    backupFor = contact;
  }
  return { loop: false };
}

const notifyList = (playbook: Playbook, state: IncidentState) => levelOf(playbook, currentLevel(state))?.notify ?? [];

/**
 * Who to call for the current level: each contact of `notify` in order, and for one marked
 * unreachable, their backup, then the backup's backup, until someone is reached.
 */
export function notifyPlan(playbook: Playbook, state: IncidentState): NotifyPlan {
  const exhausted: NotifyPlan['exhausted'] = [];
  for (const first of notifyList(playbook, state)) {
    const end = chainEnd(playbook, state, first);
    if ('loop' in end) exhausted.push({ contact: first, loop: end.loop });
    else if (end.status === undefined) return { next: { contact: end.contact, backupFor: end.backupFor }, exhausted };
  }
  return { exhausted };
}

/**
 * Everyone to call now, at once: for each contact of the level's `notify`, the first person of
 * their backup chain not yet tried. A person at a terminal calls them in one go and ticks whom
 * they reached; those unreachable bring their backups into the next round.
 */
export function notifyFrontier(playbook: Playbook, state: IncidentState): NotifyEntry[] {
  const frontier: NotifyEntry[] = [];
  for (const first of notifyList(playbook, state)) {
    const end = chainEnd(playbook, state, first);
    if ('loop' in end || end.status !== undefined || frontier.some(({ contact }) => contact === end.contact)) continue;
    frontier.push(
      end.backupFor === undefined ? { contact: end.contact } : { contact: end.contact, backupFor: end.backupFor },
    );
  }
  return frontier;
}

/** Who does a step's work now: its owner, or when the owner was unreachable, the first of their backups not known to be unreachable. */
export function standIn(playbook: Playbook, state: IncidentState, owner: string): string | undefined {
  if (state.contacts.get(owner)?.status !== 'unreachable') return undefined;
  const end = chainEnd(playbook, state, owner);
  return 'contact' in end ? end.contact : undefined;
}

export function nextQuestion(playbook: Playbook, state: IncidentState): Question {
  if (state.closed) return { kind: 'closed' };
  const levelId = currentLevel(state);
  if (levelId === undefined)
    return playbook.triage && playbook.triage.length > 0 && !state.triage ? { kind: 'triage' } : { kind: 'pick-level' };
  const { next } = notifyPlan(playbook, state);
  if (next) return { kind: 'notify', ...next };
  const level = planIndex(playbook).levels.get(levelId);
  const later: string[] = [];
  for (const step of level?.steps ?? []) {
    const status = state.steps.get(step.id)?.status;
    if (status === undefined) return { kind: 'step', level: levelId, step: step.id };
    if (status === 'later') later.push(step.id);
  }
  return { kind: 'close', later };
}
