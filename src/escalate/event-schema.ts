import * as z from 'zod/mini';
import type { MessageKey, Params } from '../i18n/index.js';
import type { IncidentEvent } from './events.js';

// What a journal line must be before anything folds it into an incident. A journal is a file a
// person may edit, copy or damage, so each line is checked here; events.ts stays the type.

/** ISO 8601 with an offset, a four-digit year and a real calendar day: a time every Date call can format. */
const time = z.iso.datetime({ offset: true });
const text = z.string();

// Loose: a field a later version adds is kept, not a reason to call the line damaged.
const event = <T extends string, S extends Record<string, z.ZodMiniType>>(type: T, shape: S) =>
  z.looseObject({ type: z.literal(type), at: time, ...shape });

const shapes = {
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
    failed_checks: z.optional(z.array(text)),
    audience: z.optional(z.enum(['private', 'internal'])),
  }),
  'post-link': event('post-link', { step: z.optional(text), channel: text, url: text }),
  handoff: event('handoff', { step: z.optional(text), channel: text, via: z.enum(['clipboard', 'osc52', 'compose']) }),
  note: event('note', { text }),
  // `due` came later: a journal written before it still reads, its promises with no due date.
  promise: event('promise', { promise: text, to: text, what: text, approved_by: text, due: z.optional(time) }),
  'promise-done': event('promise-done', { promise: text }),
  closed: event('closed', { resolution: text, lessons: z.optional(text) }),
} satisfies Record<IncidentEvent['type'], z.ZodMiniType>;

type Shape = (typeof shapes)[keyof typeof shapes];

/** One line of a journal: a discriminated union of every event of events.ts, no more, no less. */
export const eventSchema = z.discriminatedUnion('type', Object.values(shapes) as [Shape, ...Shape[]]);

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
  if (typeof type !== 'string' || !Object.hasOwn(shapes, type))
    return { reason: 'journal.damage.type', params: { type: JSON.stringify(type ?? null).slice(0, 40) } };
  const field = issues[0]?.path.map(String).join('.') ?? '';
  return { reason: 'journal.damage.field', params: { type, field } };
}

/** Checks a parsed line, given whether the incident was opened by an earlier line. */
export function checkEvent(
  value: unknown,
  opened: boolean,
  schema = eventSchema,
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
