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

/**
 * Who to call for the current level: each contact of `notify` in order, and for one marked
 * unreachable, their backup, then the backup's backup, until someone is reached.
 */
export function notifyPlan(playbook: Playbook, state: IncidentState): NotifyPlan {
  const level = levelOf(playbook, currentLevel(state));
  const backupOf = new Map(playbook.contacts.map((contact) => [contact.id, contact.backup]));
  const exhausted: NotifyPlan['exhausted'] = [];
  for (const first of level?.notify ?? []) {
    const seen = new Set<string>();
    let contact: string | undefined = first;
    let backupFor: string | undefined;
    while (contact !== undefined) {
      if (seen.has(contact)) {
        exhausted.push({ contact: first, loop: true });
        break;
      }
      seen.add(contact);
      const status = state.contacts.get(contact)?.status;
      if (status === undefined) return { next: { contact, backupFor }, exhausted };
      if (status === 'reached') break;
      backupFor = contact;
      contact = backupOf.get(contact);
      if (contact === undefined) exhausted.push({ contact: first, loop: false });
    }
  }
  return { exhausted };
}

/**
 * Everyone to call now, at once: for each contact of the level's `notify`, the first person of
 * their backup chain not yet tried. A person at a terminal calls them in one go and ticks whom
 * they reached; those unreachable bring their backups into the next round.
 */
export function notifyFrontier(playbook: Playbook, state: IncidentState): NotifyEntry[] {
  const level = levelOf(playbook, currentLevel(state));
  const backupOf = new Map(playbook.contacts.map((contact) => [contact.id, contact.backup]));
  const frontier: NotifyEntry[] = [];
  const listed = new Set<string>();
  for (const first of level?.notify ?? []) {
    const seen = new Set<string>();
    let contact: string | undefined = first;
    let backupFor: string | undefined;
    while (contact !== undefined && !seen.has(contact)) {
      seen.add(contact);
      const status = state.contacts.get(contact)?.status;
      if (status === 'reached') break;
      if (status === undefined) {
        if (!listed.has(contact)) frontier.push(backupFor === undefined ? { contact } : { contact, backupFor });
        listed.add(contact);
        break;
      }
      backupFor = contact;
      contact = backupOf.get(contact);
    }
  }
  return frontier;
}

/** Who does a step's work now: its owner, or when the owner was unreachable, the first of their backups not known to be unreachable. */
export function standIn(playbook: Playbook, state: IncidentState, owner: string): string | undefined {
  if (state.contacts.get(owner)?.status !== 'unreachable') return undefined;
  const backupOf = new Map(playbook.contacts.map((contact) => [contact.id, contact.backup]));
  const seen = new Set([owner]);
  let next = backupOf.get(owner);
  while (next !== undefined && !seen.has(next)) {
    if (state.contacts.get(next)?.status !== 'unreachable') return next;
    seen.add(next);
    next = backupOf.get(next);
  }
  return undefined;
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
