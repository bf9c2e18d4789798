import { parseDuration } from '../model/duration.js';
import type { Playbook } from '../model/schema.js';
import type { IncidentState } from './replay.js';

export type DeadlineStatus = 'pending' | 'met' | 'missed';

export interface Deadline {
  level: string;
  start: Date;
  due: Date;
  status: DeadlineStatus;
  /** Negative once it has passed. */
  minutesLeft: number;
}

const MINUTE = 60_000;

/** When the incident reached its current level; the first level counts from when it was first seen. */
export function levelStart(state: IncidentState): Date | undefined {
  if (state.levels.length === 0) return undefined;
  return new Date(state.levels.length === 1 ? state.detectedAt : state.levels.at(-1)!.at);
}

/** The deadline for the first public response at the current level: met, missed or pending. */
export function responseDeadline(playbook: Playbook, state: IncidentState, now: Date): Deadline | undefined {
  const current = state.levels.at(-1);
  const level = playbook.levels.find((entry) => entry.id === current?.level);
  const start = levelStart(state);
  if (!level || !start) return undefined;
  const due = new Date(start.getTime() + (parseDuration(level.respond_within) ?? 0) * MINUTE);
  const publicChannels = new Set(playbook.channels.map((channel) => channel.id));
  const first = state.published.find((event) => publicChannels.has(event.channel) && new Date(event.at) >= start);
  const status: DeadlineStatus = first ? (new Date(first.at) <= due ? 'met' : 'missed') : now > due ? 'missed' : 'pending';
  return { level: level.id, start, due, status, minutesLeft: Math.floor((due.getTime() - now.getTime()) / MINUTE) };
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

/**
 * The deadline an incident is judged by: its first public response against the level in force
 * when it went out; with none yet, the current level's deadline at `now` (or at the close).
 */
export function firstResponseDeadline(playbook: Playbook, state: IncidentState, now: Date): Deadline | undefined {
  const publicChannels = new Set(playbook.channels.map((channel) => channel.id));
  const first = state.published.find((event) => publicChannels.has(event.channel));
  const end = state.closed ? new Date(state.closed.at) : now;
  if (!first) return responseDeadline(playbook, state, end);
  const at = new Date(first.at);
  const index = state.levels.findLastIndex((change) => new Date(change.at) <= at);
  if (index < 0) return undefined;
  const then: IncidentState = { ...state, levels: state.levels.slice(0, index + 1) };
  return responseDeadline(playbook, then, at);
}

// A DateTimeFormat costs far more to build than to use; a report formats thousands of times.
const formats = new Map<string, Intl.DateTimeFormat>();

/** A time as the brand's team reads it: in the playbook's timezone and language. */
export function localTime(iso: string, playbook: Playbook, lang: string): string {
  const key = `${lang}|${playbook.brand.timezone ?? ''}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { timeZone: playbook.brand.timezone, dateStyle: 'short', timeStyle: 'short' });
    formats.set(key, format);
  }
  return format.format(new Date(iso));
}
