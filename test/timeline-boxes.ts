import { expect } from 'vitest';
import { layoutBoxes, overlaps, type TimelineLayout } from '../src/report/timeline/layout.js';

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
