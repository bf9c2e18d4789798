import type * as z from 'zod/mini';

// The append-only stores beside the plan (the watch's mentions, an incident's comment queue) hold
// one JSON object a line, each line written by one append. So a line cut short by a kill or a full
// disk can only be the last one.

export interface JsonLines<T> {
  values: T[];
  /** 1-based lines that hold no valid value: skipped, and said once by whoever reads them. */
  damaged: number[];
}

function readLine<T>(row: string, schema: z.ZodMiniType<T>): T | undefined {
  let value: unknown;
  try {
    value = JSON.parse(row);
  } catch {
    return undefined;
  }
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/**
 * The values of a store's text, in file order. An unended last line is ignored, not called
 * damaged, unless it is a whole value (an editor may drop the last newline). Blank lines are skipped.
 */
export function parseJsonLines<T>(text: string, schema: z.ZodMiniType<T>): JsonLines<T> {
  const rows = text.split('\n');
  // A text that ends with its newline leaves '' last; one that does not ends with a partial line.
  const last = rows.pop() ?? '';
  const values: T[] = [];
  const damaged: number[] = [];
  rows.forEach((row, index) => {
    if (row.trim() === '') return;
    const value = readLine(row, schema);
    if (value === undefined) damaged.push(index + 1);
    else values.push(value);
  });
  const tail = last.trim() === '' ? undefined : readLine(last, schema);
  if (tail !== undefined) values.push(tail);
  return { values, damaged };
}

/** Values as the lines to append: one JSON object each, every line ended. */
export function jsonLines(values: readonly unknown[]): string {
  return values.map((value) => `${JSON.stringify(value)}\n`).join('');
}
