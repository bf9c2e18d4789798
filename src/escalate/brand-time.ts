// Every time a person reads or types is on the brand's clock: the plan's language and timezone,
// never the machine's or the UI's. This module is the one place that knows how.
import { MAX_DURATION_MINUTES, readDuration } from '../model/duration.js';
import { MAX_LANGUAGE_LENGTH as MAX_LANGUAGE, MAX_ZONE_LENGTH as MAX_ZONE } from '../model/limits.js';

export interface BrandClock {
  language?: string;
  timezone?: string;
}

/** `dated` carries the year, for what is read later (a report); `datetime` is for the night itself. */
export type TimeStyle = 'datetime' | 'dated' | 'time' | 'date';

export type OperatorTime = { ok: true; date: Date } | { ok: false; problem: 'format' | 'future' };

// Intl reads whatever it is given, and every cache key would carry it: see model/limits.ts.
const MINUTE = 60_000;
const DAY = 86_400_000;
const NBSP = '\u00a0';

const zones = new Map<string, string | undefined>();
const languages = new Map<string, string>();

/** What `make` gives for `key`, made once: Intl objects cost far more to build than to use. */
function cached<T>(cache: Map<string, T>, key: string, make: () => T): T {
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key) as T;
}

/** `read()`, or `fallback` when Intl refuses what it was given. */
function orElse<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

/** The brand's zone when Intl knows it, else undefined: the machine's own. */
export function brandZone(timezone: string | undefined): string | undefined {
  if (!timezone || timezone.length > MAX_ZONE) return undefined;
  return cached(zones, timezone, () =>
    orElse(() => new Intl.DateTimeFormat('en', { timeZone: timezone }).resolvedOptions().timeZone, undefined),
  );
}

/** The name of the zone times are shown in, for a header such as "Times in Europe/Madrid". */
export function brandZoneName(timezone: string | undefined): string {
  return brandZone(timezone) ?? new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

function brandLocale(language: string | undefined): string {
  if (!language || language.length > MAX_LANGUAGE) return 'en';
  // A well-formed tag Intl has no data for ("xx") falls back to 'en' where the format is built.
  return cached(languages, language, () => orElse(() => Intl.getCanonicalLocales(language)[0] ?? 'en', 'en'));
}

// Building a DateTimeFormat costs far more than using one, and a report formats thousands of times.
const formats = new Map<string, Intl.DateTimeFormat>();

function formatterFor(locale: string, timeZone: string | undefined, style: TimeStyle): Intl.DateTimeFormat {
  return cached(formats, `${locale}|${timeZone ?? ''}|${style}`, () => {
    const day: Intl.DateTimeFormatOptions =
      style === 'time'
        ? {}
        : { weekday: 'short', day: 'numeric', month: 'short', ...(style === 'dated' && { year: 'numeric' }) };
    if (style === 'date') return new Intl.DateTimeFormat([locale, 'en'], { ...day, timeZone });
    const format = new Intl.DateTimeFormat([locale, 'en'], { ...day, timeZone, hour: 'numeric', minute: '2-digit' });
    // On a 24-hour clock "09:05" reads as a time; "9:05" is right only beside AM/PM.
    const cycle = format.resolvedOptions().hourCycle;
    return cycle === 'h23' || cycle === 'h24'
      ? new Intl.DateTimeFormat([locale, 'en'], { ...day, timeZone, hour: '2-digit', minute: '2-digit' })
      : format;
  });
}

/**
 * A time as the brand's team reads it: "Sun 22 Nov, 22:25" in en-GB, "Sun, Nov 22, 9:51 PM" in
 * en-US. Spaces are no-break so a terminal never wraps a time across two lines.
 */
export function formatBrandTime(when: string | Date, brand: BrandClock, style: TimeStyle = 'datetime'): string {
  const date = typeof when === 'string' ? new Date(when) : when;
  if (Number.isNaN(date.getTime())) return typeof when === 'string' && when !== '' ? when : '—';
  return formatterFor(brandLocale(brand.language), brandZone(brand.timezone), style).format(date).replaceAll(' ', NBSP);
}

const longFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A time for the public, who may read it days later and elsewhere: the full date with its year,
 * the time and the zone's short name ("22 November 2026 at 21:40 CET"), as a statement page says it.
 */
export function formatBrandDate(when: string | Date, brand: BrandClock): string {
  const date = typeof when === 'string' ? new Date(when) : when;
  if (Number.isNaN(date.getTime())) return typeof when === 'string' && when !== '' ? when : '—';
  const locale = brandLocale(brand.language);
  const timeZone = brandZone(brand.timezone);
  const format = cached(longFormats, `${locale}|${timeZone ?? ''}`, () => {
    const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric', timeZone };
    const cycle = formatterFor(locale, timeZone, 'time').resolvedOptions().hourCycle;
    const hour = cycle === 'h23' || cycle === 'h24' ? '2-digit' : 'numeric';
    return new Intl.DateTimeFormat([locale, 'en'], { ...options, hour, minute: '2-digit', timeZoneName: 'short' });
  });
  // Ordinary spaces: on a narrow phone a long date must wrap rather than widen the page.
  return format.format(date);
}

// Every zone's offset has been whole minutes since 1972 (Monrovia's -0:44:30 was the last in
// seconds), so from 1973 on the instants of one minute read alike: a report formats each minute once.
const WHOLE_MINUTES_SINCE = Date.UTC(1973, 0, 1);

/**
 * formatBrandTime for one brand and style, for many times (a report of 40,000 events): the same
 * text, with each minute formatted once and kept as long as the returned function is.
 */
export function brandTimeFormat(brand: BrandClock, style: TimeStyle = 'datetime'): (when: string | Date) => string {
  const format = formatterFor(brandLocale(brand.language), brandZone(brand.timezone), style);
  const minutes = new Map<number, string>();
  return (when) => {
    const date = typeof when === 'string' ? new Date(when) : when;
    const instant = date.getTime();
    if (Number.isNaN(instant)) return typeof when === 'string' && when !== '' ? when : '—';
    if (instant < WHOLE_MINUTES_SINCE) return format.format(date).replaceAll(' ', NBSP);
    const minute = Math.floor(instant / MINUTE);
    let text = minutes.get(minute);
    if (text === undefined) minutes.set(minute, (text = format.format(date).replaceAll(' ', NBSP)));
    return text;
  };
}

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
 * When the team first saw it, as an operator types it: empty for now, `-20m` or `-1h30m` ago,
 * `22:25` today or `2026-11-22 22:25`, both on the brand's clock. A time ahead of `now` is an
 * error rather than yesterday: a guess would move the response deadline by a day.
 */
export function parseOperatorTime(text: string, now: Date, timeZone: string | undefined): OperatorTime {
  const value = text.trim();
  if (value === '') return { ok: true, date: now };
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
