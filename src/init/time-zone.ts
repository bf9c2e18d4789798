import { isTimeZone } from '../model/schema.js';

/**
 * A time zone as the IANA database spells it (`europe/dublin` → `Europe/Dublin`), or undefined
 * when it is none. The plan keeps the canonical name: the country of the zone, which makes the
 * plan's language tag (en-IE), is looked up by it, and a reader expects it written so.
 */
export function canonicalZone(zone: string): string | undefined {
  const trimmed = zone.trim();
  if (trimmed === '' || !isTimeZone(trimmed)) return undefined;
  return new Intl.DateTimeFormat('en', { timeZone: trimmed }).resolvedOptions().timeZone;
}
