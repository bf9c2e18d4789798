import { fitText, FONT, LINE, PAD, text, textWidth, WIDTH, type Box, type PlacedText } from './geometry.js';
import { LOOKS, type MarkGroup, type TimelineEvent } from './events.js';

// The marks of one lane, in as few rows as they fit: each mark's box, its number, and a level's
// name beside it or a count mark's count inside it (layout.ts places the lanes one under another).

export interface PlacedMark {
  event: TimelineEvent;
  box: Box;
  number: PlacedText;
  /** A level's name beside its mark. */
  label?: PlacedText;
  /** A count mark's "412 notes", inside it after its number. */
  count?: PlacedText;
}

const NUMBER_FONT = 10;
export const ROW = 24;
const MARK_H = 18;
const GAP = 3;

/** How wide a mark is: its shape, widened for a number of two or three digits. */
export function markWidth(event: TimelineEvent): number {
  const digits = textWidth(String(event.n), NUMBER_FONT, true);
  const { shape } = LOOKS[event.style];
  if (shape === 'pill') return Math.max(26, digits + 12);
  return shape === 'diamond' || shape === 'hexagon' ? Math.max(22, digits + 12) : Math.max(MARK_H, digits + 6);
}

/** The top of a mark from `left` to `right` in the first row with room for it (`rows`: where each ends), a new one if none has. */
function rowTop(rows: number[], left: number, right: number, top: number): number {
  let row = rows.findIndex((end) => end + GAP <= left);
  if (row < 0) row = rows.push(-Infinity) - 1;
  rows[row] = right;
  return top + row * ROW + (ROW - MARK_H) / 2;
}

/** A count mark: as wide as the stretch of the axis it stands for, its number, then what it counts if that fits. */
function placeGroup(event: TimelineEvent, group: MarkGroup, x: (at: number) => number, top: number, rows: number[]) {
  const left = x(group.from) + 1;
  // GAP short of the next stretch, so the count marks of a lane sit side by side in one row.
  const width = Math.max(markWidth(event), x(group.to) - x(group.from) - 1 - GAP);
  const y = rowTop(rows, left, left + width, top);
  const digits = String(event.n);
  const numberWidth = textWidth(digits, NUMBER_FONT, true);
  const textTop = y + (MARK_H - NUMBER_FONT * 1.3) / 2;
  const room = width - numberWidth - 14;
  // "412 notes", or "×412" when that is too long: the lane's name already says notes.
  const said = [group.label, `×${group.count}`].find((value) => textWidth(value, NUMBER_FONT) <= room) ?? '';
  const mark: PlacedMark = {
    event,
    box: { x: left, y, width, height: MARK_H },
    number: text(digits, NUMBER_FONT, left + (said ? 5 : (width - numberWidth) / 2), textTop, true),
  };
  if (said) mark.count = text(said, NUMBER_FONT, left + 9 + numberWidth, textTop);
  return mark;
}

/** Marks of one lane in rows: a mark (and a level's name) goes in the first row where it fits. */
export function placeLane(
  events: TimelineEvent[],
  x: (at: number) => number,
  top: number,
  labelRoom: (e: TimelineEvent, right: number) => number,
) {
  const rows: number[] = [];
  const marks: PlacedMark[] = [];
  for (const event of events) {
    if (event.group) {
      marks.push(placeGroup(event, event.group, x, top, rows));
      continue;
    }
    const width = markWidth(event);
    const left = Math.min(Math.max(x(event.at) - width / 2, PAD), WIDTH - PAD - width);
    const room = event.label ? labelRoom(event, left + width + 4) : 0;
    const name = event.label && room > 0 ? fitText(event.label, FONT, room) : '';
    const right = left + width + (name ? 4 + textWidth(name, FONT) : 0);
    const y = rowTop(rows, left, right, top);
    const box = { x: left, y, width, height: MARK_H };
    const digits = String(event.n);
    const number = text(
      digits,
      NUMBER_FONT,
      left + (width - textWidth(digits, NUMBER_FONT, true)) / 2,
      y + (MARK_H - NUMBER_FONT * 1.3) / 2,
      true,
    );
    marks.push({
      event,
      box,
      number,
      ...(name ? { label: text(name, FONT, left + width + 4, y + (MARK_H - LINE) / 2) } : {}),
    });
  }
  return { marks, rows: Math.max(1, rows.length) };
}
