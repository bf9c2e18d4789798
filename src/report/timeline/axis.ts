// The time axis: a step a person reads at a glance (every 5, 10, 30 or 60 minutes, a few hours,
// days), ticks on the brand's wall clock (10:00, 10:05, not 10:03), and the domain widened to them.
const MINUTE = 60_000;

/** The steps a tick may take, in minutes. */
const TICK_STEPS: readonly number[] = [1, 2, 5, 10, 30, 60, 120, 180, 360, 720, 1440, 2880, 10080];

/** The smallest step that keeps a span within `maxTicks` intervals (weeks beyond the table). */
export function chooseTickStep(spanMinutes: number, maxTicks: number): number {
  const most = Math.max(1, maxTicks);
  const step = TICK_STEPS.find((s) => Math.ceil(spanMinutes / s) <= most);
  return step ?? 10080 * Math.ceil(spanMinutes / 10080 / most);
}

/**
 * Ticks every `stepMinutes` of the brand's wall clock from before `from` to after `to`;
 * `wall` reads an instant on that clock (as milliseconds as if it were UTC).
 */
export function axisFor(from: number, to: number, stepMinutes: number, wall: (instant: number) => number) {
  const step = stepMinutes * MINUTE;
  const offset = (instant: number) => wall(instant) - instant;
  const startWall = Math.floor(wall(from) / step) * step;
  const endWall = Math.ceil(wall(Math.max(to, from + MINUTE)) / step) * step;
  const ticks: number[] = [];
  const first = offset(from);
  // Each wall-clock tick back to an instant with the offset in force there (a change of summer time mid-incident).
  for (let w = startWall; w <= endWall; w += step) ticks.push(w - offset(w - first));
  return { start: ticks[0]!, end: ticks.at(-1)!, stepMinutes, ticks };
}
