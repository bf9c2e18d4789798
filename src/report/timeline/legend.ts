import type { Box, PlacedText } from './geometry.js';
import type { MarkStyle } from './events.js';
import type { TimelineModel } from './model.js';
import { fitText, textWidth } from './text-width.js';

/** One entry of the legend: a small copy of a mark's shape and colour, or a level band's swatch, and its name. */
interface LegendItem {
  style?: MarkStyle;
  severity?: number;
  swatch: Box;
  label: PlacedText;
}

const SWATCH = 14;
const SWATCH_WIDTHS: Partial<Record<MarkStyle, number>> = {
  public: 22,
  private: 22,
  internal: 22,
  late: 22,
  promiseKept: 17,
  promiseOpen: 17,
  promiseKeptLate: 17,
  promiseOverdue: 17,
  note: 17,
};

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
    // A pill, a diamond or a hexagon is wider than tall, as on the picture.
    const swatch = entry.style ? (SWATCH_WIDTHS[entry.style] ?? SWATCH) : SWATCH + 6;
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
