import { parseDuration } from '../model/duration.js';
import { planIndex } from '../model/plan-index.js';
import type { Playbook } from '../model/schema.js';
import { clockMinutes, isLate, isPublicResponse, minutesUntil } from './deadlines.js';
import type { EventOf } from './events.js';
import type { IncidentState } from './replay.js';

// The update cadence: once the first public response is out, the public hears from the
// brand at least every `update_every` of the current level. Any public message resets the clock
// (an update, an apology, a closing...); private replies and internal notices do not. A step's
// message posted on several channels counts once, at its first post. The first public response
// and the apologies (the full statement, the short one that links it) answer the incident: they
// reset the clock but are not judged as updates. The public closing message ends the
// conversation: after it no update is owed (unless another public message reopens it).

/** The deadline for the next public update, at `now`. */
export interface NextUpdate {
  /** The level whose `update_every` set `due`. */
  level: string;
  /** When the last public message went out: the clock counts from it. */
  since: Date;
  due: Date;
  overdue: boolean;
  /** Whole minutes from `now` to `due`, negative once passed (the same rounding as deadlines.ts). */
  minutesLeft: number;
  /**
   * The last public message, when it answered an update deadline (it was not the first public
   * response), with its verdict as it stood when it went out: frozen, never recomputed.
   */
  frozen?: JudgedUpdate;
}

/** A public message after the first, judged against the update deadline that was running. */
export interface JudgedUpdate {
  message: EventOf<'published'>;
  level: string;
  due: Date;
  /** Minutes from the message to `due`, negative when it went out late. */
  minutesLeft: number;
  late: boolean;
}

const MINUTE = 60_000;

/** Each entry with the one after it. */
function pairs<T>(list: readonly T[]): Array<[T, T]> {
  return list.slice(1).map((next, index) => [list[index] as T, next]);
}

/**
 * The public messages up to `end`, each once: a step's message posted on several channels is one
 * piece of news, timed at its first post (the statement on Facebook, then on the blog).
 */
function publicMessages(playbook: Playbook, state: IncidentState, end: Date): Array<EventOf<'published'>> {
  const seen = new Set<string>();
  return state.published.filter((event) => {
    if (!isPublicResponse(playbook, event) || new Date(event.at) > end) return false;
    if (event.step === undefined) return true;
    const key = `${event.step}\n${event.response}`;
    return !seen.has(key) && Boolean(seen.add(key));
  });
}

function everyOf(playbook: Playbook, levelId: string): number | undefined {
  const every = planIndex(playbook).levels.get(levelId)?.update_every;
  return every === undefined ? undefined : parseDuration(every);
}

/**
 * The update deadline running at `end` for a silence that began at `since`. Each level the
 * incident had meanwhile counts its own `update_every` from `since`: the current level's is the
 * deadline, unless an earlier level's passed while that level was in force, which stays missed
 * (lowering the level never forgives a late update, even to a level with no `update_every`: that
 * update stays owed until a public message goes out). No deadline when the level at `end` has no
 * `update_every` and none was missed before it.
 */
export function updateDeadline(
  playbook: Playbook,
  state: IncidentState,
  since: Date,
  end: Date,
): { level: string; due: Date } | undefined {
  const changes = levelClock(playbook, state);
  if (!changes.sorted) return scannedDeadline(playbook, state, since, end);
  const sinceMs = since.getTime();
  const count = Math.max(1, after(changes.at, end.getTime()));
  const current = count - 1;
  const every = changes.every[current];
  let deadline = every === undefined ? undefined : { level: changes.level[current]!, due: sinceMs + every * MINUTE };
  // Only the levels in force after `since` can have passed a deadline: a report judges thousands of
  // messages against hundreds of changes of level, so the window starts there, not at the first.
  const from = Math.max(0, after(changes.at, sinceMs) - 1);
  for (let index = from; index < current; index += 1) {
    const until = changes.at[index + 1]!;
    const minutes = changes.every[index];
    if (until <= sinceMs || minutes === undefined) continue;
    const due = sinceMs + minutes * MINUTE;
    if (due <= until && (!deadline || due < deadline.due)) deadline = { level: changes.level[index]!, due };
  }
  return deadline && { level: deadline.level, due: new Date(deadline.due) };
}

/** The same deadline by scanning every change of level: for a journal whose levels are out of time order. */
function scannedDeadline(playbook: Playbook, state: IncidentState, since: Date, end: Date) {
  const changes = state.levels.filter((change, index) => index === 0 || new Date(change.at) <= end);
  const current = changes.at(-1);
  if (!current) return undefined;
  const every = everyOf(playbook, current.level);
  let deadline =
    every === undefined ? undefined : { level: current.level, due: new Date(since.getTime() + every * MINUTE) };
  for (const [change, next] of pairs(changes)) {
    const until = new Date(next.at);
    const minutes = everyOf(playbook, change.level);
    if (until <= since || minutes === undefined) continue;
    const due = new Date(since.getTime() + minutes * MINUTE);
    if (due <= until && (!deadline || due < deadline.due)) deadline = { level: change.level, due };
  }
  return deadline;
}

interface LevelClock {
  length: number;
  playbook: Playbook;
  at: number[];
  level: string[];
  every: Array<number | undefined>;
  sorted: boolean;
}

// The changes of level as numbers, kept per state while its list only grows (replay appends).
const clocks = new WeakMap<object, LevelClock>();

function levelClock(playbook: Playbook, state: IncidentState): LevelClock {
  const cached = clocks.get(state.levels);
  if (cached && cached.length === state.levels.length && cached.playbook === playbook) return cached;
  const at = state.levels.map((change) => new Date(change.at).getTime());
  const clock: LevelClock = {
    length: state.levels.length,
    playbook,
    at,
    level: state.levels.map((change) => change.level),
    every: state.levels.map((change) => everyOf(playbook, change.level)),
    sorted: at.every((time, index) => index === 0 || time >= at[index - 1]!),
  };
  clocks.set(state.levels, clock);
  return clock;
}

/** How many of the sorted times are at or before `time`. */
function after(times: readonly number[], time: number): number {
  let low = 0;
  let high = times.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (times[middle]! <= time) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Whether a public message is an update: not the first public response, nor a post of its step, nor an apology. */
function isUpdate(playbook: Playbook, message: EventOf<'published'>, first: EventOf<'published'>): boolean {
  if (message === first || (first.step !== undefined && message.step === first.step)) return false;
  return planIndex(playbook).responses.get(message.response)?.kind !== 'apology';
}

/** Every public update (after the first public response) that had an update deadline running, with its verdict. */
export function judgedUpdates(playbook: Playbook, state: IncidentState, end: Date): JudgedUpdate[] {
  const judged: JudgedUpdate[] = [];
  const messages = publicMessages(playbook, state, end);
  for (const [previous, message] of pairs(messages)) {
    if (!isUpdate(playbook, message, messages[0]!)) continue;
    const at = new Date(message.at);
    const deadline = updateDeadline(playbook, state, new Date(previous.at), at);
    if (deadline)
      judged.push({
        message,
        ...deadline,
        minutesLeft: minutesUntil(deadline.due, at),
        late: isLate(at, deadline.due),
      });
  }
  return judged;
}

/** The public closing message, when it is the last public message up to `end`: the cadence is over. */
export function closingMessage(playbook: Playbook, state: IncidentState, end: Date): EventOf<'published'> | undefined {
  const last = publicMessages(playbook, state, end).at(-1);
  return last && planIndex(playbook).responses.get(last.response)?.kind === 'closing' ? last : undefined;
}

/**
 * When the next public update is due at `now`: undefined before the first public response, after
 * the public closing message, once the incident is closed, and while the current level has no
 * `update_every` (unless one was owed before it, see updateDeadline).
 */
export function nextUpdate(state: IncidentState, playbook: Playbook, now: Date): NextUpdate | undefined {
  if (state.closed) return undefined;
  const messages = publicMessages(playbook, state, now);
  const last = messages.at(-1);
  if (!last || closingMessage(playbook, state, now)) return undefined;
  const since = new Date(last.at);
  const deadline = updateDeadline(playbook, state, since, now);
  if (!deadline) return undefined;
  const judged = messages.length > 1 ? judgedUpdates(playbook, state, now).at(-1) : undefined;
  return {
    ...deadline,
    since,
    overdue: isLate(now, deadline.due),
    minutesLeft: minutesUntil(deadline.due, now),
    frozen: judged?.message === last ? judged : undefined,
  };
}

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
