import { axisFor, chooseTickStep } from './axis.js';
import { layoutLegend } from './legend.js';
import { LANES, type Lane, type TimelineEvent } from './events.js';
import type { TimelineModel } from './model.js';
import { FONT, LINE, overlaps, PAD, text, WIDTH, type Box, type PlacedText } from './geometry.js';
import { MENTIONS_LANE, placeMentions } from './mentions.js';
import { placeMilestones } from './milestones.js';
import { fitText, textWidth } from './text-width.js';
import { markWidth, placeLane, ROW, type PlacedMark } from './lane-marks.js';

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
