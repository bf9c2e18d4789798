import { parseDuration } from '../model/duration.js';
import { planIndex } from '../model/plan-index.js';
import type { Playbook } from '../model/schema.js';
import { isPublicResponse } from './deadlines.js';
import type { EventOf } from './events.js';
import type { IncidentState } from './replay.js';

// The update cadence: once the first public response is out, the public hears from the
// brand at least every `update_every` of the current level. Any public message resets the clock
// (an update, an apology, a closing...); private replies and internal notices do not. A step's
// message posted on several channels counts once, at its first post. The first public response
// and the apologies (the full statement, the short one that links it) answer the incident: they
// reset the clock but are not judged as updates. The public closing message ends the
// conversation: after it no update is owed (unless another public message reopens it).

const MINUTE = 60_000;

/** Each entry with the one after it. */
export function pairs<T>(list: readonly T[]): Array<[T, T]> {
  return list.slice(1).map((next, index) => [list[index] as T, next]);
}

/**
 * The public messages up to `end`, each once: a step's message posted on several channels is one
 * piece of news, timed at its first post (the statement on Facebook, then on the blog).
 */
export function publicMessages(playbook: Playbook, state: IncidentState, end: Date): Array<EventOf<'published'>> {
  const seen = new Set<string>();
  return state.published.filter((event) => {
    if (!isPublicResponse(playbook, event) || new Date(event.at) > end) return false;
    if (event.step === undefined) return true;
    const key = `${event.step}\n${event.response}`;
    return !seen.has(key) && Boolean(seen.add(key));
  });
}

export function everyOf(playbook: Playbook, levelId: string): number | undefined {
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
  const clock = levelClock(playbook, state);
  const sinceMs = since.getTime();
  const endMs = end.getTime();
  const inForce = clock.sorted
    ? inWindow(clock.at, sinceMs, endMs)
    : clock.at.flatMap((time, index) => (index === 0 || time <= endMs ? [index] : []));
  const dueOf = (index: number) => {
    const every = clock.every[index];
    return every === undefined ? undefined : sinceMs + every * MINUTE;
  };
  const current = inForce.at(-1)!;
  const currentDue = dueOf(current);
  let deadline = currentDue === undefined ? undefined : { index: current, due: currentDue };
  for (const [index, next] of pairs(inForce)) {
    const until = clock.at[next]!;
    const due = dueOf(index);
    if (until <= sinceMs || due === undefined) continue;
    if (due <= until && (!deadline || due < deadline.due)) deadline = { index, due };
  }
  return deadline && { level: clock.level[deadline.index]!, due: new Date(deadline.due) };
}

/**
 * Of changes in time order, those in force by `end` that can have passed a deadline: from the one in
 * force at `since` on. A report judges thousands of messages against hundreds of changes of level, so
 * the window starts there, not at the first.
 */
function inWindow(times: readonly number[], since: number, end: number): number[] {
  const current = Math.max(1, after(times, end)) - 1;
  const from = Math.min(Math.max(0, after(times, since) - 1), current);
  return Array.from({ length: current - from + 1 }, (_, offset) => from + offset);
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
