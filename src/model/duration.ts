// Durations in a playbook are written as `15m`, `2h`, `1h30m` or `1d`: short enough to read at night.
export const DURATION_PATTERN = /^(?=\d)(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?$/;

/** Minutes in a duration string, or undefined when it is not one (or is zero). */
export function parseDuration(text: string): number | undefined {
  const match = DURATION_PATTERN.exec(text.trim());
  if (!match) return undefined;
  const [, days = '0', hours = '0', minutes = '0'] = match;
  const total = Number(days) * 1440 + Number(hours) * 60 + Number(minutes);
  return total > 0 ? total : undefined;
}

export function formatDuration(totalMinutes: number): string {
  const days = Math.floor(totalMinutes / 1440);
  const hours = Math.floor((totalMinutes % 1440) / 60);
  const minutes = Math.round(totalMinutes % 60);
  const parts = [days && `${days}d`, hours && `${hours}h`, minutes && `${minutes}m`].filter(Boolean);
  return parts.length > 0 ? parts.join('') : '0m';
}
