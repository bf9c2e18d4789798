import type { Report, YamlPath } from '../source/finding.js';
import { formatPath } from '../source/schema-paths.js';
import { MAX_DURATION_MINUTES, readDuration } from '../model/duration.js';

// Times in an escalation script: ISO 8601 with offset, or +DURATION from the script's start.
// Every one lies within 366 days of the start, the bound of every duration, so none is ever an
// invalid Date ("Invalid time value" in incidents and report).
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const MAX_SPAN = MAX_DURATION_MINUTES * 60_000;

/** The times of a script, by shape: script.ts imports this module, so it cannot import the Script type back. */
interface TimedScript {
  clock?: string;
  incident: { detected_at?: string };
  close?: { at?: string };
  steps?: Record<string, { at?: string; asked?: Record<string, { answered?: string }> }>;
  events?: Array<{ at?: string }>;
}

/** Why a time is none: not the form, or an offset past the bound every duration has (366 days). */
export function timeProblem(value: string): 'script.time' | 'script.timeTooFar' | undefined {
  if (!value.startsWith('+')) return parseTime(value, new Date(0)) ? undefined : 'script.time';
  const reading = readDuration(value.slice(1));
  return 'minutes' in reading ? undefined : reading.problem === 'tooLong' ? 'script.timeTooFar' : 'script.time';
}

/** Why a promise's `due` is none: it is a duration after the promise (`48h`, `+2d`) or an absolute time. */
export function dueProblem(value: string): 'script.due' | 'script.timeTooFar' | undefined {
  if (/^\+?\d/.test(value) && !ISO_TIME.test(value)) {
    const reading = readDuration(value.replace(/^\+/, ''));
    return 'minutes' in reading ? undefined : reading.problem === 'tooLong' ? 'script.timeTooFar' : 'script.due';
  }
  return parseTime(value, new Date(0)) ? undefined : 'script.due';
}

/** When a promise made at `made` is due, by its script's `due`: a duration after it, or an absolute time. */
export function dueTime(value: string, made: Date): Date | undefined {
  if (ISO_TIME.test(value)) return parseTime(value, made);
  const reading = readDuration(value.replace(/^\+/, ''));
  return 'minutes' in reading ? new Date(made.getTime() + reading.minutes * 60_000) : undefined;
}

/** An absolute time, or `+1h30m` after `start`; never an invalid Date. */
export function parseTime(value: string, start: Date): Date | undefined {
  let date: Date;
  if (value.startsWith('+')) {
    const reading = readDuration(value.slice(1));
    if (!('minutes' in reading)) return undefined;
    date = new Date(start.getTime() + reading.minutes * 60_000);
  } else {
    if (!ISO_TIME.test(value)) return undefined;
    date = new Date(value);
  }
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Whether a time lies past the bound from the script's start, either way: a drill spans at most 366 days. */
export function tooFar(date: Date, start: Date): boolean {
  return Math.abs(date.getTime() - start.getTime()) > MAX_SPAN;
}

/** Every time the script gives, with its key: the clock's bound applies to all of them. */
function times(script: TimedScript): Array<[YamlPath, string]> {
  const found: Array<[YamlPath, string | undefined]> = [
    [['incident', 'detected_at'], script.incident.detected_at],
    [['close', 'at'], script.close?.at],
  ];
  for (const [id, spec] of Object.entries(script.steps ?? {})) {
    found.push([['steps', id, 'at'], spec.at]);
    for (const [dept, answer] of Object.entries(spec.asked ?? {}))
      found.push([['steps', id, 'asked', dept, 'answered'], answer.answered]);
  }
  script.events?.forEach((entry, index) => found.push([['events', index, 'at'], entry.at]));
  return found.filter((entry): entry is [YamlPath, string] => entry[1] !== undefined);
}

/** Absolute times too far from the script's clock; without a clock, the run checks them against its start. */
export function farTimes(script: TimedScript): Report[] {
  const start = script.clock === undefined ? undefined : parseTime(script.clock, new Date(0));
  if (!start) return [];
  return times(script).flatMap(([path, value]) => {
    const date = value.startsWith('+') ? undefined : parseTime(value, start);
    return date && tooFar(date, start)
      ? [{ path, messageId: 'script.timeTooFar' as const, data: { where: formatPath(path), value } }]
      : [];
  });
}
