import { parseDuration } from '../model/duration.js';
import { formatBrandTime } from './brand-time.js';
import type { Playbook } from '../model/schema.js';
import { audienceOf, type EventOf } from './events.js';
import type { IncidentState } from './replay.js';

export type DeadlineStatus = 'pending' | 'met' | 'missed';

export interface Deadline {
  level: string;
  start: Date;
  due: Date;
  status: DeadlineStatus;
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
  return audienceOf(event) === 'public' && playbook.channels.some((channel) => channel.id === event.channel);
}

/**
 * When the clock for the first public response started, and at which level: at first sight,
 * and again each time the level rises above every level before it. Lowering the level never
 * restarts it: a response already given stays given.
 */
export function responseClock(playbook: Playbook, state: IncidentState): { level: string; start: Date } | undefined {
  const severity = new Map(playbook.levels.map((level) => [level.id, level.severity]));
  let clock: { level: string; start: Date } | undefined;
  let highest = -Infinity;
  state.levels.forEach((change, index) => {
    const value = severity.get(change.level) ?? -Infinity;
    if (index === 0 || value > highest) clock = { level: change.level, start: new Date(index === 0 ? state.detectedAt : change.at) };
    highest = Math.max(highest, value);
  });
  return clock;
}

/** When the incident reached its current level; the first level counts from when it was first seen. */
export function levelStart(state: IncidentState): Date | undefined {
  if (state.levels.length === 0) return undefined;
  return new Date(state.levels.length === 1 ? state.detectedAt : state.levels.at(-1)!.at);
}

function judge(level: string, start: Date, minutes: number, response: EventOf<'published'> | undefined, now: Date): Deadline {
  const due = new Date(start.getTime() + minutes * MINUTE);
  const end = response ? new Date(response.at) : now;
  const status: DeadlineStatus = response ? (end <= due ? 'met' : 'missed') : now > due ? 'missed' : 'pending';
  return { level, start, due, status, minutesLeft: Math.floor((due.getTime() - end.getTime()) / MINUTE), response };
}

/** The deadline for the first public response as the operator lives it: met, missed or pending, frozen once answered. */
export function responseDeadline(playbook: Playbook, state: IncidentState, now: Date): Deadline | undefined {
  const clock = responseClock(playbook, state);
  const level = playbook.levels.find((entry) => entry.id === clock?.level);
  if (!clock || !level) return undefined;
  const response = state.published.find((event) => isPublicResponse(playbook, event) && new Date(event.at) >= clock.start);
  return judge(level.id, clock.start, parseDuration(level.respond_within) ?? 0, response, now);
}

/** A step's own deadline, counted from the moment the incident reached the step's level. */
export function stepDue(state: IncidentState, within: string | undefined): Date | undefined {
  const start = levelStart(state);
  const minutes = within === undefined ? undefined : parseDuration(within);
  return start && minutes !== undefined ? new Date(start.getTime() + minutes * MINUTE) : undefined;
}

/** When a department asked at `askedAt` is late: its respond_within has passed with no answer. */
export function departmentDue(askedAt: string, respondWithin: string | undefined): Date | undefined {
  const minutes = respondWithin === undefined ? undefined : parseDuration(respondWithin);
  return minutes === undefined ? undefined : new Date(new Date(askedAt).getTime() + minutes * MINUTE);
}

/** Departments asked for input whose commitment has passed with no answer, at `now`. */
export function lateDepartments(playbook: Playbook, state: IncidentState, now: Date): Array<{ id: string; askedAt: string; due: Date }> {
  const late: Array<{ id: string; askedAt: string; due: Date }> = [];
  for (const [id, asked] of state.departments) {
    const due = departmentDue(asked.askedAt, playbook.departments?.find((department) => department.id === id)?.respond_within);
    if (!asked.answeredAt && due !== undefined && due < now) late.push({ id, askedAt: asked.askedAt, due });
  }
  return late;
}

/**
 * The deadline an incident is judged by: its first public response against the level in force
 * when it went out; with none yet, the current level's deadline at `now` (or at the close).
 */
export function firstResponseDeadline(playbook: Playbook, state: IncidentState, now: Date): Deadline | undefined {
  const first = state.published.find((event) => isPublicResponse(playbook, event));
  const end = state.closed ? new Date(state.closed.at) : now;
  if (!first) return responseDeadline(playbook, state, end);
  const at = new Date(first.at);
  const index = state.levels.findLastIndex((change) => new Date(change.at) <= at);
  if (index < 0) return undefined;
  const then: IncidentState = { ...state, levels: state.levels.slice(0, index + 1) };
  return responseDeadline(playbook, then, at);
}

/** A time as the brand's team reads it. Kept for the walkthrough: `formatBrandTime` is the one formatter, and the UI language plays no part. */
export function localTime(iso: string, playbook: Playbook, _lang?: string): string {
  return formatBrandTime(iso, playbook.brand);
}
