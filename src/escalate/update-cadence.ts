import { parseDuration } from '../model/duration.js';
import { planIndex } from '../model/plan-index.js';
import type { Playbook } from '../model/schema.js';
import { isPublicResponse, minutesUntil } from './deadlines.js';
import type { EventOf } from './events.js';
import type { IncidentState } from './replay.js';

// The update cadence: once the first public response is out, the public hears from the
// brand at least every `update_every` of the current level. Any public message resets the clock
// (an update, an apology, a closing...); private replies and internal notices do not. A step's
// message posted on several channels counts once, at its first post.

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
 * (lowering the level never forgives a late update). No deadline when the level at `end` has no
 * `update_every`.
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
  if (every === undefined || changes.level[current] === undefined) return undefined;
  let deadline = { level: changes.level[current], due: sinceMs + every * MINUTE };
  // Only the levels in force after `since` can have passed a deadline: a report judges thousands of
  // messages against hundreds of changes of level, so the window starts there, not at the first.
  const from = Math.max(0, after(changes.at, sinceMs) - 1);
  for (let index = from; index < current; index += 1) {
    const until = changes.at[index + 1]!;
    const minutes = changes.every[index];
    if (until <= sinceMs || minutes === undefined) continue;
    const due = sinceMs + minutes * MINUTE;
    if (due <= until && due < deadline.due) deadline = { level: changes.level[index]!, due };
  }
  return { level: deadline.level, due: new Date(deadline.due) };
}

/** The same deadline by scanning every change of level: for a journal whose levels are out of time order. */
function scannedDeadline(playbook: Playbook, state: IncidentState, since: Date, end: Date) {
  const changes = state.levels.filter((change, index) => index === 0 || new Date(change.at) <= end);
  const current = changes.at(-1);
  if (!current) return undefined;
  const every = everyOf(playbook, current.level);
  if (every === undefined) return undefined;
  let deadline = { level: current.level, due: new Date(since.getTime() + every * MINUTE) };
  for (const [change, next] of pairs(changes)) {
    const until = new Date(next.at);
    const minutes = everyOf(playbook, change.level);
    if (until <= since || minutes === undefined) continue;
    const due = new Date(since.getTime() + minutes * MINUTE);
    if (due <= until && due < deadline.due) deadline = { level: change.level, due };
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

/** Every public message after the first that had an update deadline running, with its verdict. */
export function judgedUpdates(playbook: Playbook, state: IncidentState, end: Date): JudgedUpdate[] {
  const judged: JudgedUpdate[] = [];
  for (const [previous, message] of pairs(publicMessages(playbook, state, end))) {
    const at = new Date(message.at);
    const deadline = updateDeadline(playbook, state, new Date(previous.at), at);
    if (deadline)
      judged.push({ message, ...deadline, minutesLeft: minutesUntil(deadline.due, at), late: at > deadline.due });
  }
  return judged;
}

/**
 * When the next public update is due at `now`: undefined before the first public response, once
 * the incident is closed, and while the current level has no `update_every`.
 */
export function nextUpdate(state: IncidentState, playbook: Playbook, now: Date): NextUpdate | undefined {
  if (state.closed) return undefined;
  const messages = publicMessages(playbook, state, now);
  const last = messages.at(-1);
  if (!last) return undefined;
  const since = new Date(last.at);
  const deadline = updateDeadline(playbook, state, since, now);
  if (!deadline) return undefined;
  const judged = messages.length > 1 ? judgedUpdates(playbook, state, now).at(-1) : undefined;
  return {
    ...deadline,
    since,
    overdue: now > deadline.due,
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
  /** The longest gap between public messages, the last one counting to the end; undefined before the first. */
  longestSilence?: { from: Date; to: Date; minutes: number };
}

export function updateRecord(playbook: Playbook, state: IncidentState, now: Date): UpdateRecord {
  const end = state.closed ? new Date(state.closed.at) : now;
  const updates = judgedUpdates(playbook, state, end);
  const messages = publicMessages(playbook, state, end);
  const last = messages.at(-1);
  const owed = last ? updateDeadline(playbook, state, new Date(last.at), end) : undefined;
  let longestSilence: UpdateRecord['longestSilence'];
  for (const [from, to] of pairs([...messages.map((message) => new Date(message.at)), end])) {
    const minutes = Math.floor((to.getTime() - from.getTime()) / MINUTE);
    if (!longestSilence || minutes > longestSilence.minutes) longestSilence = { from, to, minutes };
  }
  return {
    updates,
    onTime: updates.filter((update) => !update.late).length,
    total: updates.length + (owed && end > owed.due ? 1 : 0),
    longestSilence,
  };
}
