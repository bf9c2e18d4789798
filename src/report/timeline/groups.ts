import type { Translate } from '../../i18n/index.js';
import { LANES, type Draft, type Lane, type MarkGroup, type MarkStyle } from './events.js';

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

// A lane with more marks than a person reads (a busy two days leave thousands of notes) shows them
// as one count mark per stretch of the axis, its key entry summing them up. Level changes and the
// first public response keep their own marks; so does a lane with few marks, and a stretch with one or two.

/** More marks than this in a lane and it is grouped: about two rows of marks across the picture. */
const GROUP_ABOVE = 60;

export function groupDrafts(
  list: Draft[],
  span: { from: number; to: number },
  wall: (instant: number) => number,
  keep: (draft: Draft) => boolean,
  t: Translate,
  time: (at: number) => string,
): Array<Draft & { group?: MarkGroup }> {
  const byLane = new Map<Lane, Draft[]>(LANES.map((lane) => [lane, []]));
  for (const draft of list) byLane.get(draft.lane)!.push(draft);
  const crowded = LANES.filter((lane) => byLane.get(lane)!.length > GROUP_ABOVE);
  if (crowded.length === 0) return list;
  const step = chooseTickStep((span.to - span.from) / 60_000, 10);
  const { ticks } = axisFor(span.from, span.to, step, wall);
  const out: Array<Draft & { group?: MarkGroup }> = [];
  for (const lane of LANES) {
    const drafts = byLane.get(lane)!;
    if (!crowded.includes(lane) || (lane === 'levels' && drafts.length <= GROUP_ABOVE * 4)) {
      for (const draft of drafts) out.push(draft);
      continue;
    }
    const buckets: Draft[][] = ticks.slice(1).map(() => []);
    let b = 0;
    // The journal's order is time order already, nearly always: sort only when it is not.
    const inOrder = drafts.every((draft, i) => i === 0 || drafts[i - 1]!.at <= draft.at);
    for (const draft of inOrder ? drafts : [...drafts].sort((x, y) => x.at - y.at)) {
      if (keep(draft) && lane !== 'levels') {
        out.push(draft);
        continue;
      }
      while (b < buckets.length - 1 && draft.at >= ticks[b + 1]!) b += 1;
      buckets[b]!.push(draft);
    }
    buckets.forEach((bucket, index) => {
      if (bucket.length <= 2) {
        for (const draft of bucket) out.push(draft);
        return;
      }
      const styles = new Map<MarkStyle, number>();
      for (const draft of bucket) styles.set(draft.style, (styles.get(draft.style) ?? 0) + 1);
      const counted = [...styles].sort((x, y) => y[1] - x[1]);
      const first = bucket[0]!.at;
      const last = bucket.at(-1)!.at;
      const what = t(`timeline.group.${lane}`, { count: bucket.length });
      out.push({
        at: first,
        lane,
        style: counted[0]![0],
        say: () =>
          t('timeline.group', {
            what,
            first: time(first),
            last: time(last),
            kinds: counted.map(([style, n]) => `${t(`timeline.legend.${style}`)}: ${n}`).join(', '),
          }),
        group: { from: ticks[index]!, to: ticks[index + 1]!, first, last, count: bucket.length, label: what },
      });
    });
  }
  return out;
}
