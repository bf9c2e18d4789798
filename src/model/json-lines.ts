import * as z from 'zod/mini';

// The append-only stores beside the plan (the watch's mentions, an incident's comment queue) hold
// one JSON object a line, each line written by one append. So a line cut short by a kill or a full
// disk can only be the last one.

/** Text past this many characters (some 8,000 journal lines) is checked with the schema compiled. */
const LONG = 1_000_000;
const compiled = new WeakMap<z.ZodMiniType, z.ZodMiniType>();

/**
 * The schema to check a text of `length` characters with, one line at a time. zod's compiled
 * form (z.compile) checks a line in about two thirds of the time but takes some 10 ms to build:
 * worth it for a long file read whole (a report reads 40,000 journal lines, 5,000 comments), not
 * for the walkthrough's few lines. Built once per schema.
 */
export function schemaFor<S extends z.ZodMiniType>(schema: S, length: number): S {
  if (length < LONG) return schema;
  let fast = compiled.get(schema);
  if (!fast) compiled.set(schema, (fast = z.compile(schema)));
  return fast as S;
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
 * The values of a store's text, in file order, and the 1-based lines that hold no valid value
 * (skipped, and said once by whoever reads them). An unended last line is ignored, not called
 * damaged, unless it is a whole value (an editor may drop the last newline). Blank lines are skipped.
 */
export function parseJsonLines<T>(text: string, schema: z.ZodMiniType<T>) {
  const rows = text.split('\n');
  // A text that ends with its newline leaves '' last; one that does not ends with a partial line.
  const last = rows.pop() ?? '';
  const values: T[] = [];
  const damaged: number[] = [];
  const checked = schemaFor(schema, text.length);
  rows.forEach((row, index) => {
    if (row.trim() === '') return;
    const value = readLine(row, checked);
    if (value === undefined) damaged.push(index + 1);
    else values.push(value);
  });
  const tail = last.trim() === '' ? undefined : readLine(last, checked);
  if (tail !== undefined) values.push(tail);
  return { values, damaged };
}

/** Values as the lines to append: one JSON object each, every line ended. */
export function jsonLines(values: readonly unknown[]): string {
  return values.map((value) => `${JSON.stringify(value)}\n`).join('');
}
