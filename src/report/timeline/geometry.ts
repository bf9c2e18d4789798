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

// Text in the timeline is measured without a browser, so every label can be placed inside the
// picture. The table is the wider of DejaVu Sans, Liberation Sans (Arial's metrics) and Verdana
// for each printable ASCII character, in hundredths of an em; the SVG asks for those fonts, and
// a margin covers the rest of the sans-serif family.
const ASCII = [
  36, 41, 46, 84, 64, 95, 78, 28, 39, 39, 50, 84, 32, 37, 32, 34, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 34, 34, 84,
  84, 84, 56, 102, 69, 69, 73, 77, 67, 62, 78, 76, 43, 50, 70, 56, 87, 75, 79, 67, 79, 73, 69, 62, 74, 69, 99, 69, 67,
  69, 39, 34, 39, 84, 56, 50, 62, 64, 55, 64, 62, 36, 64, 64, 28, 35, 58, 28, 98, 64, 62, 64, 64, 43, 53, 40, 64, 60,
  82, 60, 60, 53, 64, 34, 64, 84,
];
const MARGIN = 1.06;
// Bold glyphs of these fonts are up to a tenth wider (DejaVu Sans Bold's digits: 0.70 em against 0.64).
const BOLD = 1.1;
/** What the SVG asks for: the fonts the table was measured on. */
export const FONT_FAMILY = "Verdana, 'DejaVu Sans', Arial, 'Liberation Sans', sans-serif";

function charWidth(char: string): number {
  const code = char.codePointAt(0)!;
  if (code >= 32 && code < 127) return ASCII[code - 32]! / 100;
  // An accented letter is as wide as its base letter ("ó" as "o"); anything else as a wide glyph.
  const base = char.normalize('NFD')[0]!;
  const baseCode = base.codePointAt(0)!;
  if (base !== char && baseCode >= 32 && baseCode < 127) return ASCII[baseCode - 32]! / 100;
  if (code === 0xa0 || code === 0x202f) return ASCII[0]! / 100;
  if (code === 0xb7 || code === 0x2022) return 0.4;
  if (code === 0x2026) return 1;
  return code > 0xffff ? 1.3 : 1;
}

/** The width of `text` at `fontSize`, on the wide side: a label sized by it fits in any of the fonts. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  return emWidth(text) * fontSize * MARGIN * (bold ? BOLD : 1);
}

// The same numbers, ticks and labels are measured again and again as marks are placed: each string once.
const ems = new Map<string, number>();
function emWidth(text: string): number {
  let em = ems.get(text);
  if (em === undefined) {
    em = 0;
    for (const char of text) em += charWidth(char);
    // Bounded, so a report of a huge journal does not keep every sentence it measured.
    if (ems.size > 10_000) ems.clear();
    ems.set(text, em);
  }
  return em;
}

/** `text` cut to fit `width` with an ellipsis, or '' when not even a letter and the ellipsis fit. */
export function fitText(text: string, fontSize: number, width: number, bold = false): string {
  if (textWidth(text, fontSize, bold) <= width) return text;
  const chars = [...text];
  for (let length = chars.length - 1; length > 0; length--) {
    const cut = `${chars.slice(0, length).join('').trimEnd()}…`;
    if (textWidth(cut, fontSize, bold) <= width) return cut;
  }
  return '';
}
