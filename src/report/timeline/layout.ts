import { LANES, LOOKS, type Lane, type MarkStyle, type Shape, type TimelineEvent } from './events.js';
import { fitText, FONT, LINE, overlaps, PAD, text, textWidth, WIDTH, type Box, type PlacedText } from './geometry.js';
import { axisFor, chooseTickStep } from './groups.js';
import { markWidth, placeLane, ROW, type PlacedMark } from './lane-marks.js';
import { MENTIONS_LANE, placeMentions } from './mentions.js';
import type { Milestone, TimelineModel } from './model.js';

// Where everything goes, as numbers a test can check: no two marks or labels overlap, and
// nothing leaves the picture. svg.ts only draws what this returns.

export type TimelineLayout = ReturnType<typeof layoutTimeline>;

const TICK_FONT = 10;

export function layoutTimeline(model: TimelineModel, wall: (instant: number) => number) {
  const present = LANES.filter((lane) => lane === 'levels' || model.events.some((e) => e.lane === lane));
  const labels = present.map((lane) => model.laneLabel(lane));
  if (model.mentions.length > 0) labels.push(model.mentionsLabel);
  const gutter = Math.min(150, Math.max(...labels.map((label) => textWidth(label, FONT, true))));
  const left = PAD + gutter + 20;
  const right = WIDTH - PAD - 14;

  // The axis first: its domain fixes every x.
  const span = (model.to - model.from) / 60_000;
  const timeWidth = textWidth(model.tickTime(model.from), TICK_FONT);
  // No more than ten ticks however wide the picture: a reader counts them, and print is narrower.
  let step = chooseTickStep(span, Math.min(10, Math.floor((right - left) / (timeWidth + 18))));
  if (step >= 1440)
    step = Math.max(
      1440,
      chooseTickStep(span, Math.floor((right - left) / (textWidth(model.tickDate(model.from), TICK_FONT) + 18))),
    );
  const axis = axisFor(model.from, model.to, step, wall);
  const x = (at: number) => left + ((at - axis.start) / (axis.end - axis.start)) * (right - left);

  const placedMilestones = placeMilestones(model, x, PAD);
  const rows = Math.max(0, ...placedMilestones.map((m) => m.row)) + 1;
  const plotTop = PAD + rows * LINE + 6;

  const levelMarks = model.events.filter((e) => e.lane === 'levels');
  const labelRoom = (event: TimelineEvent, from: number) => {
    const next = levelMarks.find((e) => e.at > event.at || (e.at === event.at && e.n > event.n));
    const band = model.bands.find((b) => b.from === event.at && b.name === event.label);
    const until = next
      ? x(next.at) - markWidth(next) / 2 - 6
      : Math.min(WIDTH - PAD, band ? Math.max(x(band.to), from) : WIDTH - PAD);
    return Math.min(until, WIDTH - PAD) - from;
  };

  const laneLabel = (name: string, top: number) =>
    text(fitText(name, FONT, gutter, true), FONT, PAD, top + 3 + (ROW - LINE) / 2, true);
  const lanes: Array<{ lane: Lane | 'mentions'; top: number; height: number; label: PlacedText }> = [];
  const marks: PlacedMark[] = [];
  let y = plotTop;
  for (const lane of present) {
    const placed = placeLane(
      model.events.filter((e) => e.lane === lane),
      x,
      y + 3,
      labelRoom,
    );
    const height = placed.rows * ROW + 6;
    lanes.push({
      lane,
      top: y,
      height,
      label: laneLabel(model.laneLabel(lane), y),
    });
    for (const mark of placed.marks) marks.push(mark);
    y += height;
  }
  // Last, on the axis: bars read as a histogram standing on it.
  const mentions = placeMentions(model.mentions, x, y);
  if (mentions.length > 0) {
    lanes.push({ lane: 'mentions', top: y, height: MENTIONS_LANE, label: laneLabel(model.mentionsLabel, y) });
    y += MENTIONS_LANE;
  }
  const plotBottom = y;

  const bands = model.bands
    .map((b) => ({
      x: x(b.from),
      y: plotTop,
      width: x(b.to) - x(b.from),
      height: plotBottom - plotTop,
      severity: b.severity,
    }))
    .filter((b) => b.width > 0.5);

  const ticks: Array<{ x: number; time?: PlacedText; date?: PlacedText }> = [];
  let lastTime: Box | undefined;
  let lastDate: Box | undefined;
  const daily = step >= 1440;
  axis.ticks.forEach((at, index) => {
    const tx = x(at);
    const centred = (value: string, top: number) => {
      const width = textWidth(value, TICK_FONT);
      return text(value, TICK_FONT, Math.min(Math.max(PAD, tx - width / 2), WIDTH - PAD - width), top);
    };
    const tick: (typeof ticks)[number] = { x: tx };
    const time = centred(daily ? model.tickDate(at) : model.tickTime(at), plotBottom + 6);
    if (!lastTime || !overlaps(time, lastTime, 6)) tick.time = lastTime = time;
    if (!daily && (index === 0 || !model.sameDay(at, axis.ticks[index - 1]!))) {
      const date = centred(model.tickDate(at), plotBottom + 6 + TICK_FONT * 1.4);
      if (!lastDate || !overlaps(date, lastDate, 6)) tick.date = lastDate = date;
    }
    ticks.push(tick);
  });
  const axisBottom = plotBottom + 6 + TICK_FONT * 1.4 * (daily ? 1 : 2);

  const legend = layoutLegend(model, PAD, WIDTH - PAD, axisBottom + 10, FONT);
  const height = Math.ceil(Math.max(axisBottom, ...legend.map((item) => item.label.y + item.label.height)) + PAD);

  return {
    width: WIDTH,
    height,
    plot: { left, right, top: plotTop, bottom: plotBottom },
    lanes,
    bands,
    marks,
    /** The mentions per hour, in the last lane, when the watch saw any. */
    mentions,
    milestones: placedMilestones.map((m) => ({
      milestone: m.milestone,
      x: m.x,
      top: m.label.y + m.label.height,
      bottom: plotBottom,
      label: m.label,
    })),
    axis: { y: plotBottom, stepMinutes: step, ticks },
    legend,
  };
}

/**
 * Labels of milestones, in rows, each beside its line (after it, or before it at the right edge):
 * none overlaps another, and none sits across another's line unless no row avoids it.
 */
export function placeMilestones(model: TimelineModel, x: (at: number) => number, top: number) {
  const placed: Array<{ milestone: Milestone; row: number; label: PlacedText; x: number }> = [];
  for (const milestone of [...model.milestones].sort((a, b) => a.at - b.at)) {
    const at = x(milestone.at);
    const width = textWidth(milestone.label, FONT);
    const left = at + 3 + width <= WIDTH - PAD ? at + 3 : Math.max(PAD, at - 3 - width);
    const fits = (row: number, strict: boolean) => {
      const label = text(milestone.label, FONT, left, top + row * LINE);
      const crosses = (lineX: number, box: Box) => lineX > box.x - 2 && lineX < box.x + box.width + 2;
      return placed.every(
        (other) =>
          (other.row !== row || !overlaps(label, other.label, 8)) &&
          (!strict ||
            // A line runs down from each label to the lanes: no label may sit across another's line.
            ((other.row <= row || !crosses(at, other.label)) && (other.row >= row || !crosses(other.x, label)))),
      );
    };
    const tries = placed.length + 1;
    let row = [...Array(tries).keys()].find((r) => fits(r, true));
    row ??= [...Array(tries + 1).keys()].find((r) => fits(r, false))!;
    placed.push({ milestone, row, label: text(milestone.label, FONT, left, top + row * LINE), x: at });
  }
  return placed;
}

/** One entry of the legend: a small copy of a mark's shape and colour, or a level band's swatch, and its name. */
interface LegendItem {
  style?: MarkStyle;
  severity?: number;
  swatch: Box;
  label: PlacedText;
}

const SWATCH = 14;
// A pill, a diamond or a hexagon is wider than tall, as on the picture.
const SWATCH_WIDTHS: Partial<Record<Shape, number>> = { pill: 22, diamond: 17, hexagon: 17 };

/** The legend's entries, flowing in rows from `left` to `right` below `top`. */
export function layoutLegend(
  model: TimelineModel,
  left: number,
  right: number,
  top: number,
  size: number,
): LegendItem[] {
  const entries: Array<Omit<LegendItem, 'swatch' | 'label'> & { text: string }> = [
    ...model.legend.map((entry) => ({ style: entry.style, text: entry.label })),
    ...model.bandLegend.map((entry) => ({ severity: entry.severity, text: entry.label })),
  ];
  const row = SWATCH + 6;
  const items: LegendItem[] = [];
  let x = left;
  let y = top;
  for (const { text: raw, ...entry } of entries) {
    const swatch = entry.style ? (SWATCH_WIDTHS[LOOKS[entry.style].shape] ?? SWATCH) : SWATCH + 6;
    const value = fitText(raw, size, right - left - swatch - 5);
    const width = swatch + 5 + textWidth(value, size);
    if (x > left && x + width > right) {
      x = left;
      y += row;
    }
    const height = size * 1.3;
    items.push({
      ...entry,
      swatch: { x, y: y + (row - SWATCH) / 2, width: swatch, height: SWATCH },
      label: { text: value, size, x: x + swatch + 5, y: y + (row - height) / 2, width: width - swatch - 5, height },
    });
    x += width + 16;
  }
  return items;
}
