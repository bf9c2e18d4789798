import type { Playbook } from '../model/schema.js';
import { currentLevel, type IncidentState } from './replay.js';

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
  const level = playbook.levels.find((entry) => entry.id === currentLevel(state));
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

export function nextQuestion(playbook: Playbook, state: IncidentState): Question {
  if (state.closed) return { kind: 'closed' };
  const levelId = currentLevel(state);
  if (levelId === undefined) return playbook.triage && playbook.triage.length > 0 && !state.triage ? { kind: 'triage' } : { kind: 'pick-level' };
  const { next } = notifyPlan(playbook, state);
  if (next) return { kind: 'notify', ...next };
  const level = playbook.levels.find((entry) => entry.id === levelId);
  const later: string[] = [];
  for (const step of level?.steps ?? []) {
    const status = state.steps.get(step.id)?.status;
    if (status === undefined) return { kind: 'step', level: levelId, step: step.id };
    if (status === 'later') later.push(step.id);
  }
  return { kind: 'close', later };
}
