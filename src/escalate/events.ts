// The journal of an incident: one JSON object per line, appended and flushed when it happens.
// The journal is the state: replay.ts rebuilds everything from these events alone.

export type ContactStatus = 'reached' | 'unreachable';
export type StepStatus = 'done' | 'skipped' | 'later';

interface Base {
  /** ISO 8601 with offset: when it happened (the script's clock in a drill). */
  at: string;
}

export type IncidentEvent = Base &
  (
    | { type: 'opened'; id: string; summary: string; channel: string; link?: string; detected_at: string }
    | { type: 'triaged'; answers: Array<{ question: string; option: string; level: string }>; level: string }
    | { type: 'level'; level: string; reason: string }
    | { type: 'contact'; contact: string; status: ContactStatus }
    | { type: 'step'; level: string; step: string; status: StepStatus; reason?: string }
    | { type: 'asked'; step: string; department: string }
    | { type: 'answered'; department: string }
    | { type: 'published'; step?: string; response: string; channel: string; text: string; url?: string; edited: boolean }
    | { type: 'note'; text: string }
    | { type: 'promise'; promise: string; to: string; what: string; approved_by: string }
    | { type: 'promise-done'; promise: string }
    | { type: 'closed'; resolution: string; lessons?: string }
  );

export type EventOf<T extends IncidentEvent['type']> = Extract<IncidentEvent, { type: T }>;
