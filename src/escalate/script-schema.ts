import * as z from 'zod/mini';
import { dueProblem, timeProblem } from './script-time.js';
import { COMMENT_STATES } from './comment-events.js';

// The escalation script format, version 1 (docs/escalate-script.md): the answers of a
// walkthrough, prepared in an editor. Times are ISO 8601 with offset, or +DURATION from the start.
const time = z.string({ error: 'script.time' }).check((ctx) => {
  const problem = timeProblem(ctx.value);
  if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
});
const text = z.string().check(z.trim(), z.minLength(1, { error: 'schema.empty' }));
// A promise's due time: a duration after the promise is made, or an absolute time.
const due = z.string({ error: 'script.due' }).check((ctx) => {
  const problem = dueProblem(ctx.value);
  if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
});

const step = z.strictObject({
  status: z.enum(['done', 'skipped', 'later']),
  at: z.optional(time),
  reason: z.optional(text),
  vars: z.optional(z.record(z.string(), z.string())),
  published: z.optional(z.record(z.string(), z.string())),
  asked: z.optional(z.record(z.string(), z.strictObject({ answered: time }))),
});

const event = z.strictObject({
  at: time,
  note: z.optional(text),
  promise: z.optional(z.strictObject({ to: text, what: text, approved_by: text, due: z.optional(due) })),
  level: z.optional(z.string()),
  reason: z.optional(text),
  // A public update with the plan's `update` response: its variables and post URLs.
  update: z.optional(
    z.strictObject({
      vars: z.optional(z.record(z.string(), z.string())),
      published: z.optional(z.record(z.string(), z.string())),
    }),
  ),
});

// A comment that comes in during the drill (added by its link, as a person pastes it), and what was
// done with it then; the queue's own rules decide whether that is allowed (comment-rules.ts).
const comment = z.strictObject({
  at: time,
  link: text,
  text: z.optional(z.string()),
  answered: z.optional(z.enum([...COMMENT_STATES, 'deleted'])),
  channel: z.optional(z.string()),
  response: z.optional(z.string()),
  vars: z.optional(z.record(z.string(), z.string())),
  reply: z.optional(text),
  reason: z.optional(text),
});

export const scriptSchema = z.strictObject({
  version: z.literal(1, { error: 'script.version' }),
  clock: z.optional(time),
  incident: z.strictObject({
    summary: text,
    channel: text,
    link: z.optional(z.string()),
    detected_at: z.optional(time),
  }),
  triage: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))),
  override: z.optional(z.strictObject({ level: z.string(), reason: text })),
  notify: z.optional(z.record(z.string(), z.enum(['reached', 'unreachable']))),
  steps: z.optional(z.record(z.string(), step)),
  events: z.optional(z.array(event)),
  comments: z.optional(z.array(comment)),
  close: z.optional(z.strictObject({ at: z.optional(time), resolution: text, lessons: z.optional(z.string()) })),
  // Written by the shell once the run ends (cli/escalate/drill.ts), relative to the script's folder.
  statement: z.optional(z.strictObject({ out: text })),
  // Who runs the drill (a contact id), when --as does not say: the walkthrough asks it at the first call round.
  on_duty: z.optional(z.string()),
});

export type Script = z.infer<typeof scriptSchema>;
