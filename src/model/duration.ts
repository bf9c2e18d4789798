// Durations in a playbook are written as `15m`, `2h`, `1h30m` or `1d`: short enough to read at night.
const DURATION_PATTERN = /^(?=\d)(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?$/;

/**
 * The same form as a JSON Schema pattern, with the zero durations left out (a digit other than 0
 * somewhere), so an editor and `crisis lint` agree on every string but those over the bound.
 */
export const DURATION_JSON_PATTERN = '^(?=\\d)(?=.*[1-9])(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?$';

// A year and a day: longer than any deadline or drill, and far from the end of JavaScript's
// dates, so no start time plus a valid duration is ever an "Invalid time value".
const MAX_DURATION_DAYS = 366;
export const MAX_DURATION_MINUTES = MAX_DURATION_DAYS * 1440;

type DurationReading = { minutes: number } | { problem: 'format' | 'zero' | 'tooLong' };

/** What a duration string says: its minutes, or why it is none (not the form, zero, or over the bound). */
export function readDuration(text: string): DurationReading {
  const match = DURATION_PATTERN.exec(text);
  if (!match) return { problem: 'format' };
  const [, days = '0', hours = '0', minutes = '0'] = match;
  // Number() of 400 digits is Infinity, which the bound refuses like any other huge value.
  const total = Number(days) * 1440 + Number(hours) * 60 + Number(minutes);
  // `0m` has the form, but no deadline or pace can be nothing: said apart, so the message says so.
  if (total === 0) return { problem: 'zero' };
  return total > MAX_DURATION_MINUTES ? { problem: 'tooLong' } : { minutes: total };
}

/** Minutes in a duration string, or undefined when it is not one (zero, or over the bound). */
export function parseDuration(text: string): number | undefined {
  const reading = readDuration(text);
  return 'minutes' in reading ? reading.minutes : undefined;
}
