import { getAllTimezones } from 'countries-and-timezones';
import { isTimeZone } from '../model/schema.js';

let spellings: Map<string, string> | undefined;

/** Every zone name the IANA database spells, links included (CET, US/Eastern), by its lower case. */
function ianaSpelling(zone: string): string | undefined {
  spellings ??= new Map(
    [...Object.keys(getAllTimezones({ deprecated: true })), ...Intl.supportedValuesOf('timeZone')].map((name) => [
      name.toLowerCase(),
      name,
    ]),
  );
  return spellings.get(zone.toLowerCase());
}

/**
 * A time zone as the IANA database spells it (`europe/dublin` → `Europe/Dublin`, `cet` → `CET`),
 * or undefined when it is none. The name typed is kept, only its case mended: Intl would turn a
 * link into the zone it points to (`CET` → `Europe/Brussels`), a place the business never named.
 */
export function canonicalZone(zone: string): string | undefined {
  const trimmed = zone.trim();
  if (trimmed === '' || !isTimeZone(trimmed)) return undefined;
  const resolved = new Intl.DateTimeFormat('en', { timeZone: trimmed }).resolvedOptions().timeZone;
  return ianaSpelling(trimmed) ?? (resolved.toLowerCase() === trimmed.toLowerCase() ? resolved : trimmed);
}
