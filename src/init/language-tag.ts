import { getCountryForTimezone } from 'countries-and-timezones';
import type { Lang } from '../i18n/index.js';

// Where the time zone names no country, the region the bundled example is written for: Spain
// keeps Central European Time, and en-GB writes dates as most of Europe reads them.
const FALLBACK_REGION: Record<Lang, string> = { es: 'ES', en: 'GB' };

/**
 * A zone named by an abbreviation or an offset (CET, EET, EST5EDT, UTC, Etc/GMT+1) is shared by
 * many countries; the database links it to one city (CET to Brussels), which is no reason to
 * write a plan in Belgian Spanish.
 */
const NO_PLACE = /^(?:[A-Z]{3}[A-Z0-9+-]*|Etc\/.*)$/;

/**
 * The plan's `language` as a full tag (es-ES, en-GB, es-MX), its region the country of the
 * brand's time zone: dates, numbers and phone numbers are read the way that country writes them.
 */
export function languageTag(lang: Lang, timezone: string): string {
  const country = NO_PLACE.test(timezone) ? undefined : getCountryForTimezone(timezone)?.id;
  return `${lang}-${country ?? FALLBACK_REGION[lang]}`;
}
