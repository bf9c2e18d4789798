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
