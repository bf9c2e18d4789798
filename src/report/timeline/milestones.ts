import { FONT, LINE, overlaps, PAD, text, WIDTH, type Box, type PlacedText } from './geometry.js';
import type { Milestone, TimelineModel } from './model.js';
import { textWidth } from './text-width.js';

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
