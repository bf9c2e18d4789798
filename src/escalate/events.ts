import * as z from 'zod/mini';

// The journal of an incident: one JSON object per line, appended and flushed when it happens.
// The journal is the state: replay.ts rebuilds everything from these events alone. A journal is a
// file a person may edit, copy or damage, so each line is checked against these shapes as it is
// read (parse-journal.ts); the types are inferred from them.

/** ISO 8601 with an offset, a four-digit year and a real calendar day: a time every Date call can format. */
const time = z.iso.datetime({ offset: true });
const text = z.string();

// Loose: a field a later version adds is kept, not a reason to call the line damaged. `at` is when
// it happened (the script's clock in a drill).
const event = <T extends string, S extends Record<string, z.ZodMiniType>>(type: T, shape: S) =>
  z.looseObject({ type: z.literal(type), at: time, ...shape });

export const eventShapes = {
  // A confirmed answer whose fact is not complete yet (the first of three triage questions, a
  // message variable, a level chosen before its reason). It is on disk before the next question,
  // so a crash or Ctrl-C never asks it again. It may come before `opened`.
  answer: event('answer', { key: text, value: text }),
  opened: event('opened', {
    id: text,
    summary: text,
    channel: text,
    link: z.optional(text),
    detected_at: time,
    drill: z.optional(z.boolean()),
  }),
  triaged: event('triaged', { answers: z.array(z.object({ question: text, option: text, level: text })), level: text }),
  level: event('level', { level: text, reason: text }),
  'on-duty': event('on-duty', { contact: text }),
  contact: event('contact', { contact: text, status: z.enum(['reached', 'unreachable']) }),
  step: event('step', {
    level: text,
    step: text,
    status: z.enum(['done', 'skipped', 'later']),
    reason: z.optional(text),
    interrupted: z.optional(z.boolean()),
  }),
  asked: event('asked', { step: text, department: text }),
  answered: event('answered', { department: text }),
  published: event('published', {
    step: z.optional(text),
    response: text,
    channel: text,
    text,
    url: z.optional(text),
    edited: z.boolean(),
    // When edited: the checks (rule ids) the message failed as rendered, before the operator changed it.
    failed_checks: z.optional(z.array(text)),
    audience: z.optional(z.enum(['private', 'internal'])),
  }),
  'post-link': event('post-link', { step: z.optional(text), channel: text, url: text }),
  // How a rendered message left the terminal: copied, sent to the terminal's clipboard (OSC 52), or
  // opened in a compose page.
  handoff: event('handoff', { step: z.optional(text), channel: text, via: z.enum(['clipboard', 'osc52', 'compose']) }),
  note: event('note', { text }),
  // `due`: when it must be honoured. It came later: a journal written before it still reads, its
  // promises with no due date.
  promise: event('promise', { promise: text, to: text, what: text, approved_by: text, due: z.optional(time) }),
  'promise-done': event('promise-done', { promise: text }),
  closed: event('closed', { resolution: text, lessons: z.optional(text) }),
};

type Shape = (typeof eventShapes)[keyof typeof eventShapes];

/** One line of a journal: one of the events above, no more, no less. */
export const eventSchema = z.discriminatedUnion('type', Object.values(eventShapes) as [Shape, ...Shape[]]);

/** Without the index signature of a loose object: a field a later version adds is kept, never read. */
type Known<T> = T extends unknown ? { [K in keyof T as string extends K ? never : K]: T[K] } : never;

export type IncidentEvent = Known<z.infer<typeof eventSchema>>;

export type EventOf<T extends IncidentEvent['type']> = Extract<IncidentEvent, { type: T }>;

/** Who a message went to: absent is the public; a private reply goes to one person; internal to the team. */
export type Audience = NonNullable<EventOf<'published'>['audience']>;

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
