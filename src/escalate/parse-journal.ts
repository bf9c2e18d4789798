import { schemaFor } from '../model/json-lines.js';
import { checkEvent, eventSchema, type LineProblem } from './event-schema.js';
import type { IncidentEvent } from './events.js';

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
