import type { Translate } from '../../i18n/index.js';
import type { ReportData } from '../report-data.js';
import { text, textWidth } from './geometry.js';

// The mentions the watch saw, hour by hour, as a lane of bars under the marks: on the same axis,
// so a spike of mentions sits above the messages that answered it. Only an incident with
// mentions has the lane; the other lanes keep their room.

const HOUR = 3_600_000;

/** One hour of mentions, cut to the stretch of the incident the report counts them in. */
export interface MentionBar {
  from: number;
  to: number;
  count: number;
  /** The tooltip: how many, from when to when. */
  text: string;
}

/**
 * The bars of `comments.mentionsPerHour`, each hour cut to [from, to] (the report counts mentions
 * from first sight to the close, and an hour may begin before one or end after the other).
 */
export function mentionBars(
  data: ReportData,
  span: { from: number; to: number },
  t: Translate,
  short: (at: number) => string,
): MentionBar[] {
  const bars: MentionBar[] = [];
  for (const { hour, count } of data.comments?.mentionsPerHour ?? []) {
    const start = Date.parse(hour);
    const from = Math.max(start, span.from);
    const to = Math.min(start + HOUR, span.to);
    if (!(to > from) || count <= 0) continue;
    const tooltip = t('timeline.mentions.bar', { count, from: short(start), to: short(start + HOUR) });
    bars.push({ from, to, count, text: tooltip });
  }
  return bars;
}

/** The sentence the picture's description gains: how many in all, and the busiest hour. */
export function mentionsDesc(bars: readonly MentionBar[], t: Translate): string {
  if (bars.length === 0) return '';
  const busiest = bars.reduce((most, bar) => (bar.count > most.count ? bar : most));
  const count = bars.reduce((sum, bar) => sum + bar.count, 0);
  return t('timeline.mentions.desc', { count, most: busiest.text });
}

const NUMBER_FONT = 10;
/** The tallest bar: the busiest hour; the others in proportion, never under MIN_BAR. */
const BAR_MAX = 28;
const MIN_BAR = 3;
const GAP = 2;
/** The lane's height: the tallest bar, its count above it, and a margin each side. */
export const MENTIONS_LANE = 4 + NUMBER_FONT * 1.3 + 2 + BAR_MAX + 4;

/** The bars standing on the lane's floor, `top` being the lane's top edge. */
export function placeMentions(bars: readonly MentionBar[], x: (at: number) => number, top: number) {
  const most = Math.max(1, ...bars.map((bar) => bar.count));
  const floor = top + MENTIONS_LANE - 4;
  return bars.map((bar) => {
    // Hours narrower than a few units (an incident of weeks) touch rather than overlap.
    const span = x(bar.to) - x(bar.from);
    const gap = span > 2 * GAP ? GAP : 0;
    const left = x(bar.from) + gap / 2;
    const width = span - gap;
    const height = Math.max(MIN_BAR, Math.round((bar.count / most) * BAR_MAX));
    const box = { x: left, y: floor - height, width, height };
    const digits = String(bar.count);
    const numberWidth = textWidth(digits, NUMBER_FONT, true);
    // Its count above it, when the bar is wide enough to hold it.
    if (numberWidth > width) return { bar, box };
    const count = text(digits, NUMBER_FONT, left + (width - numberWidth) / 2, box.y - 2 - NUMBER_FONT * 1.3, true);
    return { bar, box, count };
  });
}
