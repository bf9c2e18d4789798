// The brand's wall clock: what it shows at an instant, and the instant a time typed by the operator
// (a clock reading, a date and a time, or a while ago) means there, through clock changes.
import { MAX_DURATION_MINUTES, readDuration } from '../model/duration.js';
import { brandZone, cached } from './brand-time.js';

export type OperatorTime = { ok: true; date: Date } | { ok: false; problem: 'format' | 'future' };

const MINUTE = 60_000;
const DAY = 86_400_000;

// The wall clock of a zone, read back as numbers: en-US with a 23-hour cycle always gives digits.
const walls = new Map<string, Intl.DateTimeFormat>();

/** What a clock on the wall in `timeZone` shows at `instant`, as milliseconds as if that were UTC. */
function wallClock(instant: number, timeZone: string | undefined): number {
  const two = '2-digit' as const;
  const format = cached(
    walls,
    timeZone ?? '',
    () =>
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: two,
        day: two,
        hour: two,
        minute: two,
        second: two,
      }),
  );
  const part = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, Number(p.value)]));
  return Date.UTC(part.year!, part.month! - 1, part.day, part.hour, part.minute, part.second);
}

/** The brand's wall clock at `instant`, as milliseconds as if it were UTC: where a timeline's ticks fall. */
export function brandWallClock(instant: number, timeZone: string | undefined): number {
  return wallClock(instant, brandZone(timeZone));
}

/** The brand's calendar day of an instant, as YYYY-MM-DD: to tell whether a time needs its date, and to write yesterday. */
export function brandDay(when: Date, timeZone: string | undefined): string {
  return new Date(wallClock(when.getTime(), brandZone(timeZone))).toISOString().slice(0, 10);
}

const offsetAt = (instant: number, timeZone: string | undefined) =>
  wallClock(instant, timeZone) - Math.floor(instant / 1000) * 1000;

/**
 * The instant a wall-clock reading in `timeZone` stands for. The zone's offsets a day either side
 * are the only candidates; around a transition a reading can match two (autumn: take the latest
 * not in the future) or none (spring: the skipped hour reads as the offset before it, 02:30 → 03:30).
 */
function fromWallClock(wall: number, timeZone: string | undefined, latest: number): number {
  const before = offsetAt(wall - DAY, timeZone);
  const candidates = [...new Set([before, offsetAt(wall, timeZone), offsetAt(wall + DAY, timeZone)])]
    .map((offset) => wall - offset)
    .filter((instant) => wallClock(instant, timeZone) === wall)
    .sort((a, b) => a - b);
  if (candidates.length === 0) return wall - before;
  return candidates.findLast((instant) => instant <= latest) ?? candidates[0]!;
}

const AGO = /^-(?=\d)(?:(\d+)h)?(?:(\d+)m)?$/i;
const CLOCK = /^(?:(\d{4})-(\d{2})-(\d{2})[ T]+)?(\d{1,2})[:.](\d{2})$/;

/** A typed `22:25` or `2026-11-22 22:25` as a wall-clock reading in `zone` (today's date when none), or undefined. */
function readClock(value: string, now: Date, zone: string | undefined): number | undefined {
  const clock = CLOCK.exec(value);
  if (!clock) return undefined;
  const today = new Date(wallClock(now.getTime(), zone));
  const [year, month, day] = clock[1]
    ? [Number(clock[1]), Number(clock[2]), Number(clock[3])]
    : [today.getUTCFullYear(), today.getUTCMonth() + 1, today.getUTCDate()];
  const [hour, minute] = [Number(clock[4]), Number(clock[5])];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // Date.UTC rolls 31 April over into May: a reading that does not survive the trip is no date.
  if (hour > 23 || minute > 59 || new Date(wall).getUTCMonth() !== month - 1 || new Date(wall).getUTCDate() !== day)
    return undefined;
  return wall;
}

/**
 * When the team first saw it, as an operator types it: empty for the "now" the question showed
 * (`shown`: a minute may turn while the person reads, and 21:53 shown must not be kept as 21:54),
 * `-20m` or `-1h30m` ago, `22:25` today or `2026-11-22 22:25`, both on the brand's clock. A time
 * ahead of `now` is an error rather than yesterday: a guess would move the response deadline by a day.
 */
export function parseOperatorTime(
  text: string,
  now: Date,
  timeZone: string | undefined,
  shown: Date = now,
): OperatorTime {
  const value = text.trim();
  if (value === '') return { ok: true, date: shown };
  const ago = AGO.exec(value);
  if (ago)
    return { ok: true, date: new Date(now.getTime() - (Number(ago[1] ?? 0) * 60 + Number(ago[2] ?? 0)) * MINUTE) };
  const zone = brandZone(timeZone);
  const wall = readClock(value, now, zone);
  if (wall === undefined) return { ok: false, problem: 'format' };
  const latest = now.getTime() + MINUTE;
  const date = new Date(fromWallClock(wall, zone, latest));
  return date.getTime() > latest ? { ok: false, problem: 'future' } : { ok: true, date };
}

export type DueTime = { ok: true; date: Date } | { ok: false; problem: 'format' | 'past' | 'tooFar' };

/**
 * When a promise is due, as an operator types it: a duration from now (`48h`, `2d`, `1d12h`, a
 * leading `+` allowed) or `18:00` today or `2026-11-24 18:00`, on the brand's clock. A time
 * already gone is refused rather than moved to tomorrow; so is one past the bound of durations.
 */
export function parseDueTime(text: string, now: Date, timeZone: string | undefined): DueTime {
  const value = text.trim().replace(/^\+/, '');
  const duration = readDuration(value.toLowerCase());
  if ('minutes' in duration) return { ok: true, date: new Date(now.getTime() + duration.minutes * MINUTE) };
  if (duration.problem === 'tooLong') return { ok: false, problem: 'tooFar' };
  const zone = brandZone(timeZone);
  const wall = readClock(value, now, zone);
  if (wall === undefined) return { ok: false, problem: 'format' };
  // Of an autumn hour that happens twice, the first: a promise kept early is kept.
  const date = new Date(fromWallClock(wall, zone, Number.NEGATIVE_INFINITY));
  if (date.getTime() <= now.getTime()) return { ok: false, problem: 'past' };
  return date.getTime() - now.getTime() > MAX_DURATION_MINUTES * MINUTE
    ? { ok: false, problem: 'tooFar' }
    : { ok: true, date };
}
