import * as z from 'zod/mini';
import { about, minutes, optional, text, when } from './report-fields.js';

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
  coverage: optional(about('The share answered or reviewed, of those received (0 to 1).', z.number())),
  answerMedianMinutes: optional(minutes('The median time from first seen to the first answer')),
  answerP90Minutes: optional(minutes('The 90th percentile of the time from first seen to the first answer')),
  mentionsPerHour: about(
    'Mentions the watch saw, by the hour they were first seen in.',
    z.array(z.object({ hour: when('The start of the hour.'), count: about('Mentions first seen in it.', z.int()) })),
  ),
  firstSeen: optional(
    about(
      'The first mention seen in the day before the incident was declared: how early it was visible.',
      z.object({
        at: when('When the watch first saw it.'),
        feed: text("The feed's name in the plan."),
        link: optional(text('Its link.')),
        minutesBeforeDeclared: minutes('How long before the incident was declared'),
      }),
    ),
  ),
});
