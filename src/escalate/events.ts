// The journal of an incident: one JSON object per line, appended and flushed when it happens.
// The journal is the state: replay.ts rebuilds everything from these events alone.

export type ContactStatus = 'reached' | 'unreachable';
export type StepStatus = 'done' | 'skipped' | 'later';
/** Who a message went to: absent is the public; a private reply goes to one person; internal to the team. */
export type Audience = 'private' | 'internal';
/** How a rendered message left the terminal: copied, sent to the terminal's clipboard (OSC 52), or opened in a compose page. */
export type HandoffVia = 'clipboard' | 'osc52' | 'compose';

interface Base {
  /** ISO 8601 with offset: when it happened (the script's clock in a drill). */
  at: string;
}

export type IncidentEvent = Base &
  /**
   * A confirmed answer whose fact is not complete yet (the first of three triage questions,
   * a message variable, a level chosen before its reason). It is on disk before the next
   * question, so a crash or Ctrl-C never asks it again. It may come before `opened`.
   */
  (
    | { type: 'answer'; key: string; value: string }
    | {
        type: 'opened';
        id: string;
        summary: string;
        channel: string;
        link?: string;
        detected_at: string;
        drill?: boolean;
      }
    | { type: 'triaged'; answers: Array<{ question: string; option: string; level: string }>; level: string }
    | { type: 'level'; level: string; reason: string }
    | { type: 'on-duty'; contact: string }
    | { type: 'contact'; contact: string; status: ContactStatus }
    | { type: 'step'; level: string; step: string; status: StepStatus; reason?: string; interrupted?: boolean }
    | { type: 'asked'; step: string; department: string }
    | { type: 'answered'; department: string }
    | {
        type: 'published';
        step?: string;
        response: string;
        channel: string;
        text: string;
        url?: string;
        edited: boolean;
        /** When edited: the checks (rule ids) the message failed as rendered, before the operator changed it. */
        failed_checks?: string[];
        audience?: Audience;
      }
    | { type: 'post-link'; step?: string; channel: string; url: string }
    | { type: 'handoff'; step?: string; channel: string; via: HandoffVia }
    | { type: 'note'; text: string }
    /** `due`: ISO 8601, when it must be honoured; absent when none was given (and in journals older than it). */
    | { type: 'promise'; promise: string; to: string; what: string; approved_by: string; due?: string }
    | { type: 'promise-done'; promise: string }
    | { type: 'closed'; resolution: string; lessons?: string }
  );

export type EventOf<T extends IncidentEvent['type']> = Extract<IncidentEvent, { type: T }>;

/**
 * The step id of a public update published from the action menu when the cadence asks for one
 * (`@update-1`, `@update-2`…): no plan step can have it, ids being slugs. See update-step.ts.
 */
export const UPDATE_STEP_PREFIX = '@update-';

export function isUpdateStep(id: string | undefined): boolean {
  return id?.startsWith(UPDATE_STEP_PREFIX) === true;
}

/** Where a published message went, for the deadline and the report: a public post, a private reply, or the team. */
export function audienceOf(event: EventOf<'published'>): 'public' | Audience {
  return event.audience ?? 'public';
}
