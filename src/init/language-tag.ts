import { getCountryForTimezone } from 'countries-and-timezones';
import type { Lang } from '../i18n/index.js';

// Where the time zone names no country (UTC), the region the bundled example is written for.
const FALLBACK_REGION: Record<Lang, string> = { es: 'ES', en: 'GB' };

/**
 * The plan's `language` as a full tag (es-ES, en-GB, es-MX), its region the country of the
 * brand's time zone: dates, numbers and phone numbers are read the way that country writes them.
 */
export function languageTag(lang: Lang, timezone: string): string {
  return `${lang}-${getCountryForTimezone(timezone)?.id ?? FALLBACK_REGION[lang]}`;
}
