import * as z from 'zod/mini';
import { RESPONSE_KINDS } from '../model/schema-responses.js';

// The building blocks of the report's schema (report-data.ts): a field with what it means, a
// time, a duration in minutes, and the outcomes a deadline or a promise can have.

/** What each field means, for the JSON Schema: the docs of the contract, beside the field. */
export const reportDescriptions = z.registry<{ description: string }>();

export function about<T extends z.ZodMiniType>(description: string, schema: T): T {
  const described = schema.clone();
  reportDescriptions.add(described, { description });
  return described;
}

const time = z.iso.datetime({ offset: true });
export const when = (description: string) => about(description, time);
export const minutes = (description: string) => about(`${description}, in whole minutes.`, z.int());
export const text = (description: string) => about(description, z.string());

export const outcome = z.enum(['met', 'missed', 'pending']);
export type Outcome = z.infer<typeof outcome>;
/** `unanswered`: the incident closed before the department answered, and before its time ran out. */
export const departmentOutcome = z.enum(['met', 'missed', 'pending', 'unanswered']);
export type DepartmentOutcome = z.infer<typeof departmentOutcome>;
export const promiseOutcome = z.enum(['kept', 'kept-late', 'open', 'overdue']);
export const kind = z.enum(RESPONSE_KINDS);

/** The figures: each says what it counts, in its description. */
export const metrics = z.object({
  firstResponseMinutes: z.optional(minutes('From first seen to the first public response')),
  reachEveryoneMinutes: z.optional(
    minutes(
      'The longest wait of anyone to notify, each from when a level put them on the list, to when they or a backup for them was reached',
    ),
  ),
  notReached: about(
    'The contact ids a level listed who were never reached themselves: reachEveryoneMinutes counted a backup for them, or nobody was reached.',
    z.array(z.string()),
  ),
  statementMinutes: z.optional(minutes('From first seen to the full statement (the first apology on a long channel)')),
  durationMinutes: minutes('From first seen to the close, or to generatedAt while open'),
  deadlinesMet: about(
    'Deadlines met: the first response, each step done, each department. Not the updates: see updatesOnTime.',
    z.int(),
  ),
  deadlinesMissed: about('Deadlines missed, of the same.', z.int()),
  updatesOnTime: z.optional(about('Public updates that went out by their deadline.', z.int())),
  updatesDue: z.optional(
    about('Update deadlines that came up: each update, and one owed past its deadline at the end.', z.int()),
  ),
  longestSilenceMinutes: z.optional(
    minutes(
      'The longest time without a public message after the first public response, counting only time at a level with update_every',
    ),
  ),
});

// The comment queue as a report gives it (report-data.ts): what came in, how each ended, how fast
// it was answered, and what the watch saw. An item answered and then hidden or blocked counts in
// both, so the figures may add up to more than were received.

const reasons = (what: string) =>
  about(
    `${what}, with the reasons given.`,
    z.object({
      count: about('How many.', z.int()),
      reasons: about(
        'Each reason given, with how many gave it.',
        z.array(z.object({ reason: text('The reason given.'), count: about('How many gave it.', z.int()) })),
      ),
    }),
  );

export const comments = z.object({
  received: about('Comments, mentions and messages that needed an answer.', z.int()),
  answeredPublic: about('Answered in public, also when hidden or blocked afterwards.', z.int()),
  answeredPrivate: about('Answered in private, also when hidden or blocked afterwards.', z.int()),
  reviewed: reasons('Reviewed with no answer needed'),
  hidden: reasons('Hidden by the platform, also after an answer'),
  blocked: reasons('Whose author was blocked, as a last resort, also after an answer'),
  waiting: about('Still waiting for an answer.', z.int()),
  coverage: z.optional(about('The share answered or reviewed, of those received (0 to 1).', z.number())),
  answerMedianMinutes: z.optional(minutes('The median time from first seen to the first answer')),
  answerP90Minutes: z.optional(minutes('The 90th percentile of the time from first seen to the first answer')),
  mentionsPerHour: about(
    'Mentions the watch saw, by the hour they were first seen in.',
    z.array(z.object({ hour: when('The start of the hour.'), count: about('Mentions first seen in it.', z.int()) })),
  ),
  firstSeen: z.optional(
    about(
      'The first mention seen in the day before the incident was declared: how early it was visible.',
      z.object({
        at: when('When the watch first saw it.'),
        feed: text("The feed's name in the plan."),
        link: z.optional(text('Its link.')),
        minutesBeforeDeclared: minutes('How long before the incident was declared'),
      }),
    ),
  ),
});
