import type { IncidentEvent } from '../src/escalate/events.js';

export function bigJournal(count: number, options?: { closed?: boolean; id?: string; start?: number }): IncidentEvent[];
export function journalText(events: readonly IncidentEvent[]): string;
