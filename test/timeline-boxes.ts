import { expect } from 'vitest';
import { overlaps, type Box } from '../src/report/timeline/geometry.js';
import type { TimelineLayout } from '../src/report/timeline/layout.js';

/** Every box of a laid-out timeline inside the picture and apart from the others, each mark's number inside its mark. */
export function expectNoOverlapInside(layout: TimelineLayout) {
  const boxes = layoutBoxes(layout);
  const clashes: string[] = [];
  boxes.forEach((a, i) => {
    const { x, y, width, height } = a.box;
    if (x < 0 || y < 0 || x + width > layout.width || y + height > layout.height) clashes.push(`${a.name} outside`);
    for (const b of boxes.slice(i + 1)) if (overlaps(a.box, b.box)) clashes.push(`${a.name} × ${b.name}`);
  });
  for (const mark of layout.marks) {
    const { box, number } = mark;
    if (number.x < box.x || number.x + number.width > box.x + box.width) clashes.push(`number ${mark.event.n} spills`);
  }
  expect(clashes).toEqual([]);
  return boxes;
}

/** Every mark and text with a name, for a test: none may overlap another or leave the picture. */
function layoutBoxes(layout: TimelineLayout): Array<{ name: string; box: Box }> {
  return [
    ...layout.lanes.map((l) => ({ name: `lane ${l.lane}`, box: l.label })),
    ...layout.marks.flatMap((m) => [
      { name: `mark ${m.event.n}`, box: m.box },
      ...(m.label ? [{ name: `label of mark ${m.event.n}`, box: m.label }] : []),
    ]),
    ...layout.mentions.flatMap((m, i) => [
      { name: `mentions bar ${i}`, box: m.box },
      ...(m.count ? [{ name: `mentions count ${i}`, box: m.count }] : []),
    ]),
    ...layout.milestones.map((m) => ({ name: `milestone ${m.milestone.kind}`, box: m.label })),
    ...layout.axis.ticks.flatMap((t, i) => [
      ...(t.time ? [{ name: `tick ${i}`, box: t.time }] : []),
      ...(t.date ? [{ name: `date ${i}`, box: t.date }] : []),
    ]),
    ...layout.legend.flatMap((item, i) => [
      { name: `legend swatch ${i}`, box: item.swatch },
      { name: `legend ${item.label.text}`, box: item.label },
    ]),
  ];
}
