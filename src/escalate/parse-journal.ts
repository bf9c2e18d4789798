import type * as z from 'zod/mini';
import type { MessageKey, Params } from '../i18n/index.js';
import { schemaFor } from '../model/json-lines.js';
import { eventSchema, eventShapes, type IncidentEvent } from './events.js';

/** Why a line cannot be part of its incident: a message key and what fills it. */
export interface LineProblem {
  reason: MessageKey;
  params: Params;
}

/** The first thing wrong with a parsed line, in words a person can act on. */
function describe(value: unknown, issues: readonly z.core.$ZodIssue[]): LineProblem {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { reason: 'journal.damage.notEvent', params: {} };
  const type = (value as { type?: unknown }).type;
  if (typeof type !== 'string' || !Object.hasOwn(eventShapes, type))
    return { reason: 'journal.damage.type', params: { type: JSON.stringify(type ?? null).slice(0, 40) } };
  const field = issues[0]?.path.map(String).join('.') ?? '';
  return { reason: 'journal.damage.field', params: { type, field } };
}

/** Checks a parsed line, given whether the incident was opened by an earlier line. */
function checkEvent(
  value: unknown,
  opened: boolean,
  schema: typeof eventSchema,
): { event: IncidentEvent } | { problem: LineProblem } {
  const result = schema.safeParse(value);
  if (!result.success) return { problem: describe(value, result.error.issues) };
  const event = result.data;
  // One incident per file: a second `opened` is another incident written into this one's journal.
  if (event.type === 'opened' && opened)
    return { problem: { reason: 'journal.damage.secondOpened', params: { id: event.id } } };
  // Only the opening questions' answers come before `opened` (see replay.ts).
  if (event.type !== 'answer' && event.type !== 'opened' && !opened)
    return { problem: { reason: 'journal.damage.beforeOpened', params: { type: event.type } } };
  return { event };
}

export interface ParsedJournal {
  /** The events, in order; with damage, those before the damaged line. */
  events: IncidentEvent[];
  /** The 1-based line of each event, to name it in a message. */
  lines: number[];
  /** Characters up to the end of the last whole line: what an append keeps. */
  goodChars: number;
  /** True when a crash left a partial last line, which is skipped. */
  truncated: boolean;
  /** The first line that cannot belong to this incident: the incident is unusable until it is fixed. */
  damage?: LineProblem & { line: number };
}

/**
 * Reads the text of one journal. A partial last line (a kill mid-write) is skipped; any other bad
 * line is damage, returned rather than thrown, so it stays the business of its own incident.
 * One pass: a journal of 40,000 events takes as long to read as to parse.
 */
export function parseJournal(text: string): ParsedJournal {
  const rows = text.split('\n');
  let last = rows.length - 1;
  while (last >= 0 && rows[last]!.trim() === '') last -= 1;
  const events: IncidentEvent[] = [];
  const lines: number[] = [];
  let goodChars = 0;
  let opened = false;
  const schema = schemaFor(eventSchema, text.length);
  const result = (extra: Partial<ParsedJournal> = {}): ParsedJournal => ({
    events,
    lines,
    goodChars,
    truncated: false,
    ...extra,
  });
  for (let index = 0; index <= last; index += 1) {
    const row = rows[index]!;
    if (row.trim() !== '') {
      let value: unknown;
      try {
        value = JSON.parse(row);
      } catch {
        if (index === last) return result({ truncated: true });
        return result({ damage: { line: index + 1, reason: 'journal.damage.json', params: {} } });
      }
      const checked = checkEvent(value, opened, schema);
      if ('problem' in checked) return result({ damage: { line: index + 1, ...checked.problem } });
      events.push(checked.event);
      lines.push(index + 1);
      opened ||= checked.event.type === 'opened';
    }
    goodChars += row.length + 1;
  }
  // Blank lines after the last event are whole too; a last line without its newline is still whole.
  return result({ goodChars: text.length });
}
