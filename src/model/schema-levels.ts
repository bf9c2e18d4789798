// The escalation ladder: levels of severity, the steps each asks for, and the triage questions that choose one.
import * as z from 'zod/mini';
import { slug, text, duration, ids, bool, optional, about, notes } from './schema-parts.js';

const step = z.strictObject({
  id: about('Identifier of the step within its level: lowercase letters, digits and hyphens.', slug),
  title: about('What to do, as an instruction.', text),
  owner: about('Id of the contact who does this step.', optional(slug)),
  within: about(
    'How soon the step is due after the incident reached its level, as a duration: 30m, 4h, 1d2h.',
    optional(duration),
  ),
  response: about('Id of the prepared response this step sends.', optional(slug)),
  channels: about('Ids of the channels the response goes to.', optional(ids)),
  ask: about('Ids of the departments whose input the step needs (asked, and their lateness shown).', optional(ids)),
  involves: about(
    'Who else this step involves: influencers lists them during the walkthrough.',
    optional(z.enum(['influencers'])),
  ),
  optional: about('true when the step may be skipped.', bool(false)),
  notes,
});

export const level = z.strictObject({
  id: about('Identifier of the level, used by triage: lowercase letters, digits and hyphens.', slug),
  name: about('Name of the level (negative comment, crisis).', text),
  severity: about('Whole number that orders the levels: higher is worse; each level has its own.', z.int()),
  description: about('When this level applies.', optional(z.string())),
  respond_within: about('How soon the first public answer is due, as a duration: 30m, 4h, 1d2h.', duration),
  update_every: about(
    'How soon each public update is due after the last public message, once the first is out, at this level: 20m, 1h.',
    optional(duration),
  ),
  notify: about('Ids of the contacts to tell as soon as this level is reached.', z._default(ids, [])),
  steps: about('What to do, in order.', z._default(z.array(step), [])),
});

export const triageQuestion = z.strictObject({
  id: about('Identifier of the question: lowercase letters, digits and hyphens.', slug),
  question: about('The question asked to choose a level.', text),
  options: about(
    'The answers, each leading to a level.',
    z
      .array(
        z.strictObject({
          label: about('The answer as shown.', text),
          level: about('Id of the level this answer leads to.', slug),
        }),
      )
      .check(z.minLength(1)),
  ),
});
