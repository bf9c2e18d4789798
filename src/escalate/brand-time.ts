// Every time a person reads is on the brand's clock: the plan's language and timezone, never the
// machine's or the UI's. This module writes them; wall-clock.ts reads the times a person types.
import { MAX_LANGUAGE_LENGTH as MAX_LANGUAGE, MAX_ZONE_LENGTH as MAX_ZONE } from '../model/limits.js';

export interface BrandClock {
  language?: string;
  timezone?: string;
}

/** `dated` carries the year, for what is read later (a report); `datetime` is for the night itself. */
export type TimeStyle = 'datetime' | 'dated' | 'time' | 'date';

// Intl reads whatever it is given, and every cache key would carry it: see model/limits.ts.
const MINUTE = 60_000;
const NBSP = '\u00a0';

const zones = new Map<string, string | undefined>();
const languages = new Map<string, string>();

/** What `make` gives for `key`, made once: Intl objects cost far more to build than to use. */
export function cached<T>(cache: Map<string, T>, key: string, make: () => T): T {
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

/**
 * Spanish says the weekday in full: its abbreviations are words of their own in running text
 * ("a las 21:55 del mar, 24 nov" reads as "of the sea"; "sáb", "dom" little better), and Intl's
 * short forms differ from one ICU to the next. "del martes, 24 nov" reads one way only.
 */
const weekdayOf = (locale: string): 'long' | 'short' => (locale.split('-')[0] === 'es' ? 'long' : 'short');

function formatterFor(locale: string, timeZone: string | undefined, style: TimeStyle): Intl.DateTimeFormat {
  return cached(formats, `${locale}|${timeZone ?? ''}|${style}`, () => {
    const day: Intl.DateTimeFormatOptions =
      style === 'time'
        ? {}
        : { weekday: weekdayOf(locale), day: 'numeric', month: 'short', ...(style === 'dated' && { year: 'numeric' }) };
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
 * en-US, "domingo, 22 nov, 22:25" in Spanish. Spaces are no-break so a terminal never wraps a time
 * across two lines.
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
