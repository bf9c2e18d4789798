import { textWidth } from './text-width.js';

// Boxes of the timeline's marks and texts: what the layout places and a test checks.

/** The picture's width in its own units; its height follows from the lanes and the legend. */
export const WIDTH = 860;
export const PAD = 10;
/** The size of every label but the ticks' and the marks' numbers. */
export const FONT = 11;
export const LINE = FONT * 1.3;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
/** A text drawn from its box's left edge, on the baseline inside the box. */
export interface PlacedText extends Box {
  text: string;
  size: number;
  bold?: boolean;
}
export const text = (value: string, size: number, x: number, y: number, bold = false): PlacedText => ({
  text: value,
  size,
  ...(bold ? { bold } : {}),
  x,
  y,
  width: textWidth(value, size, bold),
  height: size * 1.3,
});

export const overlaps = (a: Box, b: Box, gap = 0) =>
  a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
