import { MAX_DURATION_MINUTES, readDuration } from '../model/duration.js';

// Times in an escalation script: ISO 8601 with offset, or +DURATION from the script's start.
// Every one lies within 366 days of the start, the bound of every duration, so none is ever an
// invalid Date ("Invalid time value" in incidents and report).
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const MAX_SPAN = MAX_DURATION_MINUTES * 60_000;

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
