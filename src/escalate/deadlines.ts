import { parseDuration } from '../model/duration.js';
import type { Playbook } from '../model/schema.js';
import { audienceOf, type EventOf } from './events.js';
import type { IncidentState } from './replay.js';
import { planIndex } from '../model/plan-index.js';

export interface Deadline {
  level: string;
  start: Date;
  due: Date;
  status: 'pending' | 'met' | 'missed';
  /**
   * Minutes between the deadline and the first response, or `now` while there is none:
   * negative once it has passed. Frozen once the response is out.
   */
  minutesLeft: number;
  /** The first public response that answered this deadline, if any. */
  response?: EventOf<'published'>;
}

const MINUTE = 60_000;

/** A message the public can see: on one of the brand's own channels, not private, not internal. */
export function isPublicResponse(playbook: Playbook, event: EventOf<'published'>): boolean {
  return audienceOf(event) === 'public' && planIndex(playbook).channels.has(event.channel);
}

/** When something started at `start` is due: a plan's `respond_within` after it; undefined without one. */
export function dueAfter(start: Date | string, duration: string | undefined): Date | undefined {
  const minutes = duration === undefined ? undefined : parseDuration(duration);
  return minutes === undefined ? undefined : new Date(new Date(start).getTime() + minutes * MINUTE);
}

/**
 * The clocks for the first public response: one at first sight, at the first level, and one more
 * each time the level rises above every level before it. Lowering the level starts none.
 */
function responseClocks(playbook: Playbook, state: IncidentState) {
  const clocks: Array<{ level: string; start: Date; due: Date }> = [];
  let highest = -Infinity;
  state.levels.forEach((change, index) => {
    const level = planIndex(playbook).levels.get(change.level);
    if (!level) return;
    if (index === 0 || level.severity > highest) {
      const start = new Date(index === 0 ? state.detectedAt : change.at);
      clocks.push({ level: level.id, start, due: dueAfter(start, level.respond_within) ?? start });
    }
    highest = Math.max(highest, level.severity);
  });
  return clocks;
}

/**
 * The deadline for the first public response: the earliest of the clocks started before it went
 * out (or before `now`), so raising the level never forgives a deadline already missed. Once a
 * public response is out it is judged, frozen, and nothing after it restarts the clock.
 */
export function responseDeadline(playbook: Playbook, state: IncidentState, now: Date): Deadline | undefined {
  const response = state.published.find((event) => isPublicResponse(playbook, event));
  const end = response ? new Date(response.at) : now;
  const clocks = responseClocks(playbook, state).filter((clock, index) => index === 0 || clock.start <= end);
  const clock = clocks.reduce<(typeof clocks)[number] | undefined>(
    (earliest, next) => (!earliest || next.due < earliest.due ? next : earliest),
    undefined,
  );
  if (!clock) return undefined;
  const status: Deadline['status'] = response
    ? isLate(end, clock.due)
      ? 'missed'
      : 'met'
    : isLate(now, clock.due)
      ? 'missed'
      : 'pending';
  return {
    level: clock.level,
    start: clock.start,
    due: clock.due,
    status,
    minutesLeft: clockMinutes(end, clock.due),
    response,
  };
}

// One rule for every deadline, on screen and in the report: times are judged to the minute, as
// the clock shows them. Anything within the deadline's own minute is on time (05:40 against 05:40),
// and how late is the difference of the two clock minutes (05:41 against 05:40: 1 min), so a time
// a few seconds late reads the same in the walkthrough and in the report.

/** The clock minute an instant falls in: every zone's offset is whole minutes, so it is the same everywhere. */
const minuteOf = (when: Date | string) => Math.floor(new Date(when).getTime() / MINUTE);

/** Whole clock minutes from `from` to `to`: how long something took, how late it was, or how long is left. */
export function clockMinutes(from: Date | string, to: Date | string): number {
  return minuteOf(to) - minuteOf(from);
}

/** Whether `at` comes after the minute of `due`. */
export function isLate(at: Date | string, due: Date | string): boolean {
  return clockMinutes(at, due) < 0;
}

/** A step's own deadline, counted from the moment the incident reached the step's level (the first from first sight). */
export function stepDue(state: IncidentState, duration: string | undefined): Date | undefined {
  if (state.levels.length === 0) return undefined;
  return dueAfter(state.levels.length === 1 ? state.detectedAt : state.levels.at(-1)!.at, duration);
}

/** Departments asked for input whose commitment has passed with no answer, at `now`. */
export function lateDepartments(playbook: Playbook, state: IncidentState, now: Date) {
  return [...state.departments].flatMap(([id, asked]) => {
    const due = dueAfter(asked.askedAt, planIndex(playbook).departments.get(id)?.respond_within);
    return !asked.answeredAt && due !== undefined && isLate(now, due) ? [{ id, askedAt: asked.askedAt, due }] : [];
  });
}

/** The deadline an incident is judged by, at `now` or, once closed, at its close: the same rules as on screen. */
export function firstResponseDeadline(playbook: Playbook, state: IncidentState, now: Date): Deadline | undefined {
  return responseDeadline(playbook, state, state.closed ? new Date(state.closed.at) : now);
}
