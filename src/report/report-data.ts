import * as z from 'zod/mini';
import {
  about,
  comments,
  departmentOutcome,
  kind,
  metrics,
  minutes,
  outcome,
  promiseOutcome,
  reportDescriptions,
  text,
  when,
} from './report-fields.js';

export type { DepartmentOutcome, Outcome } from './report-fields.js';

// What a report knows of an incident: the JSON format (`crisis report --format json`), and what
// templates receive (formatted by build-report.ts, section by section in sections/). One zod
// schema is both the type and the JSON Schema shipped for other tools (`crisis schema --report`),
// so the two never drift. Every duration is a whole number of minutes, judged by the clock
// (deadlines.ts); every time is ISO 8601.

/** The version of the JSON report: raised when a field changes meaning or goes away. */
export const REPORT_VERSION = 1 as const;

const incident = z.object({
  id: text('The incident id, as `crisis incidents` lists it.'),
  summary: text('What happened, in one line.'),
  channel: text('Where it started: a channel id of the plan, or the text typed when the plan lists none.'),
  link: z.optional(text('The link to the post that started it.')),
  detectedAt: when('When the team first saw it.'),
  declaredAt: when('When the incident was declared (the walkthrough opened it).'),
  closedAt: z.optional(when('When it was closed; absent while open.')),
  open: about('True while the incident is open: the report is then as of generatedAt.', z.boolean()),
  level: z.optional(text('The level it ended at (or is at), by id.')),
  channelName: z.optional(text("The channel's name in the plan; absent when the plan does not list it.")),
  peakLevel: z.optional(text('The most severe level reached, by id; `level` may be below it.')),
  onDuty: z.optional(
    about(
      'Who ran the walkthrough.',
      z.object({ contact: text('Their contact id.'), name: text('Their name in the plan.') }),
    ),
  ),
});

const contact = z.object({
  contact: text('The contact id.'),
  name: text('Their name in the plan.'),
  role: text('Their role in the plan.'),
  status: about('Whether they were reached (the last try).', z.enum(['reached', 'unreachable'])),
  at: when('When they were last tried.'),
  backupFor: z.optional(text('The contact id of the person they stood in for, tried and unreachable before them.')),
  external: about('True for someone outside the business (an agency).', z.boolean()),
  phone: z.optional(text('Their phone, from the plan (left out by --redact).')),
  email: z.optional(text('Their email, from the plan (left out by --redact).')),
});

const firstResponse = z.object({
  due: when('When the first public response was due.'),
  at: z.optional(when('When it went out; absent while none has.')),
  kind: z.optional(about('The kind of response it was.', kind)),
  channel: z.optional(text('The channel id it went out on.')),
  channelName: z.optional(text("That channel's name in the plan.")),
  outcome: about('met, missed, or pending while none is out and the deadline has not passed.', outcome),
  lateMinutes: z.optional(minutes('How late it went out (or, while none has, how late it is)')),
});

const step = z.object({
  level: text('The level id the step belongs to.'),
  step: text('The step id.'),
  title: text("The step's title in the plan."),
  status: about(
    'done, skipped, or later (left for later, or interrupted by a change of level).',
    z.enum(['done', 'skipped', 'later']),
  ),
  at: when('When it was recorded.'),
  due: z.optional(when("When it was due, from when the incident reached the step's level.")),
  outcome: z.optional(about('For a step done with a deadline: met or missed.', outcome)),
  reason: z.optional(text('Why it was skipped or left; `level-change` when a change of level interrupted it.')),
});

const department = z.object({
  department: text('The department id.'),
  name: text("The department's name in the plan."),
  askedAt: when('When it was asked for input.'),
  answeredAt: z.optional(when('When it answered; absent when it did not.')),
  tookMinutes: z.optional(minutes('How long it took to answer')),
  commitmentMinutes: z.optional(minutes("Its commitment (the plan's respond_within)")),
  outcome: about('met, missed, pending, or unanswered (silent at the close, its time not yet out).', departmentOutcome),
});

const message = z.object({
  at: when('When it went out.'),
  step: z.optional(text('The step it belongs to; `@update-N` for an update published from the menu.')),
  response: text('The response id in the plan.'),
  kind: z.optional(about("The response's kind.", kind)),
  audience: about(
    'A public post, a private reply to one person, or a notice to the team.',
    z.enum(['public', 'private', 'internal']),
  ),
  channel: text('The channel id (`team` for a notice to the team).'),
  channelName: text("The channel's name in the plan."),
  text: text('The message as published.'),
  url: z.optional(text('The link to the post.')),
  edited: about('True when the operator edited it before publishing.', z.boolean()),
  failedChecks: z.optional(about('The checks it failed before it was edited.', z.array(z.string()))),
  update: z.optional(about('Present on a public update judged against the cadence (update_every).', z.literal(true))),
  updateDue: z.optional(when('When that update was due.')),
  late: z.optional(about('Present when the update went out late.', z.literal(true))),
  minutesLate: z.optional(minutes('How late the update went out')),
});

const promise = z.object({
  id: text('The promise id.'),
  to: text('Who it was made to.'),
  what: text('What was promised.'),
  approvedBy: text('The name of whoever approved it.'),
  at: when('When it was made.'),
  honoured: about('True once kept.', z.boolean()),
  doneAt: z.optional(when('When it was kept.')),
  due: z.optional(when('When it was due; absent when none was given.')),
  outcome: about(
    'kept (on time), kept-late, open, or overdue: for a closed incident, as it stood at the close.',
    promiseOutcome,
  ),
  lateMinutes: z.optional(
    minutes('How late it was kept, or how overdue it is (as of the close, or of generatedAt while open)'),
  ),
});

/** The JSON report, as `crisis report --format json` writes it. */
export const reportSchema = z.object({
  version: about('The version of this format.', z.literal(REPORT_VERSION)),
  generatedAt: when(
    'When the report was made. A closed incident is judged as of its close, an open one as of this time.',
  ),
  incident: about('The incident: what, where, when, and the level it reached.', incident),
  levels: about(
    'Each level the incident reached, in order, with why.',
    z.array(
      z.object({
        level: text('The level id.'),
        name: text("The level's name in the plan."),
        at: when('When the incident reached it.'),
        reason: text('Why, as the team said.'),
      }),
    ),
  ),
  triage: about(
    'The triage answers.',
    z.array(
      z.object({
        question: text('The triage question.'),
        option: text('The answer chosen.'),
        level: text('The level id that answer points to.'),
      }),
    ),
  ),
  contacts: about('Everyone tried, in the order they were tried.', z.array(contact)),
  unreachableChains: about(
    'The names of those whose chain of backups ran out with nobody reached.',
    z.array(z.string()),
  ),
  firstResponse: z.optional(about('The first public response against its deadline.', firstResponse)),
  steps: about('Each step recorded.', z.array(step)),
  stepsUndone: about(
    'The steps of the levels reached that were neither done nor skipped.',
    z.array(z.object({ level: text('The level id.'), step: text('The step id.'), title: text("The step's title.") })),
  ),
  departments: about('Each department asked for input.', z.array(department)),
  messages: about('Every message sent: public, private or to the team.', z.array(message)),
  promises: about('The promises made during the incident.', z.array(promise)),
  comments: z.optional(
    about('The comment queue: present when it holds something, or when the watch saw the incident coming.', comments),
  ),
  notes: about(
    'Notes written during the incident.',
    z.array(z.object({ at: when('When it was written.'), text: text('The note.') })),
  ),
  resolution: z.optional(text('How it was resolved, at the close.')),
  lessons: z.optional(text('Lessons learned, at the close.')),
  metrics: about('The figures, each counted as its description says.', metrics),
});

/** Every fact and metric of an incident, as data: the JSON report, and what templates receive. */
export type ReportData = z.infer<typeof reportSchema>;

/**
 * The JSON Schema (draft-07) of `crisis report --format json`, generated from the zod schema the
 * report's type comes from: what other tools may rely on. `crisis schema --report` prints it.
 */
export function reportJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(reportSchema, {
    target: 'draft-7',
    io: 'output',
    metadata: reportDescriptions,
    override(ctx) {
      // A later version may add fields without changing `version`: a tool reading this one ignores them.
      const schema = ctx.jsonSchema as Record<string, unknown>;
      if (schema.additionalProperties === false) delete schema.additionalProperties;
    },
  });
  return {
    ...generated,
    title: `crisis report, version ${REPORT_VERSION}`,
    description:
      'The report of one incident, as `crisis report --format json` writes it: ISO 8601 times, durations in whole minutes.',
  };
}
