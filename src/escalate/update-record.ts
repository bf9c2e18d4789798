import { clockMinutes, isLate } from './deadlines.js';
import type { Playbook } from '../model/schema.js';
import type { IncidentState } from './replay.js';
import { closingMessage, judgedUpdates, type JudgedUpdate } from './update-cadence.js';
import { everyOf, pairs, publicMessages, updateDeadline } from './update-deadline.js';

/** How well the cadence was kept, from the first public response to `now`, or to the close. */
export interface UpdateRecord {
  updates: JudgedUpdate[];
  /** Updates that went out by their deadline. */
  onTime: number;
  /** Deadlines that came up: each judged update, and one still owed past its deadline at the end. */
  total: number;
  /**
   * The longest gap between public messages, the last one counting to the end, in the minutes of it
   * spent at a level that asks for updates (`update_every`), and none after the closing message;
   * undefined before the first.
   */
  longestSilence?: { from: Date; to: Date; minutes: number };
}

/** The stretches of time at a level with `update_every`, in time order: [from, to) in milliseconds. */
function pacedStretches(playbook: Playbook, state: IncidentState): Array<[number, number]> {
  const changes = state.levels
    .map((change) => ({ at: new Date(change.at).getTime(), paced: everyOf(playbook, change.level) !== undefined }))
    .sort((a, b) => a.at - b.at);
  const stretches: Array<[number, number]> = [];
  changes.forEach((change, index) => {
    if (change.paced) stretches.push([change.at, changes[index + 1]?.at ?? Number.POSITIVE_INFINITY]);
  });
  return stretches;
}

/** For each gap (in time order), the clock minutes of it spent in the stretches: one pass over both. */
function pacedMinutes(gaps: ReadonlyArray<[Date, Date]>, stretches: ReadonlyArray<[number, number]>): number[] {
  let first = 0;
  return gaps.map(([from, to]) => {
    while (first < stretches.length && stretches[first]![1] <= from.getTime()) first += 1;
    let minutes = 0;
    for (let index = first; index < stretches.length && stretches[index]![0] < to.getTime(); index += 1) {
      const [start, end] = stretches[index]!;
      minutes += Math.max(
        0,
        clockMinutes(new Date(Math.max(start, from.getTime())), new Date(Math.min(end, to.getTime()))),
      );
    }
    return minutes;
  });
}

export function updateRecord(playbook: Playbook, state: IncidentState, now: Date): UpdateRecord {
  const end = state.closed ? new Date(state.closed.at) : now;
  const updates = judgedUpdates(playbook, state, end);
  const messages = publicMessages(playbook, state, end);
  const last = messages.at(-1);
  const over = closingMessage(playbook, state, end) !== undefined;
  const owed = last && !over ? updateDeadline(playbook, state, new Date(last.at), end) : undefined;
  let longestSilence: UpdateRecord['longestSilence'];
  // The silence after the closing message is no silence: nothing more was owed.
  const gaps = pairs([...messages.map((message) => new Date(message.at)), ...(over ? [] : [end])]);
  pacedMinutes(gaps, pacedStretches(playbook, state)).forEach((minutes, index) => {
    const [from, to] = gaps[index]!;
    if (!longestSilence || minutes > longestSilence.minutes) longestSilence = { from, to, minutes };
  });
  return {
    updates,
    onTime: updates.filter((update) => !update.late).length,
    total: updates.length + (owed && isLate(end, owed.due) ? 1 : 0),
    longestSilence,
  };
}
