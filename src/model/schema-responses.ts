// What the business says and how: messages approved in advance, and the rules of conduct.
import * as z from 'zod/mini';
import {
  VARIABLE_NAME,
  jsonSchemaHints,
  slug,
  text,
  duration,
  ids,
  bool,
  optional,
  about,
  notes,
} from './schema-parts.js';

export const RESPONSE_KINDS = ['acknowledgement', 'apology', 'update', 'private-reply', 'internal', 'closing'] as const;
const variable = z.strictObject({
  description: about('What to fill in, as asked when the message is composed.', text),
  example: about('A sample value, used by lint to render the message and check its length.', optional(z.string())),
});

export const response = z
  .strictObject({
    id: about('Identifier of the response, used by steps: lowercase letters, digits and hyphens.', slug),
    title: about('What the response is for.', text),
    kind: about('What kind of message it is; an apology must link apology_url.', z.enum(RESPONSE_KINDS)),
    levels: about('Ids of the levels where it may be used.', optional(ids)),
    channels: about('Ids of the channels it may be posted to; lint checks its length on each.', optional(ids)),
    approved_by: about('Id of the contact who approved the text.', optional(slug)),
    approved_on: about('Date of the approval, as YYYY-MM-DD.', optional(z.iso.date({ error: 'schema.date' }))),
    variables: about(
      'The blanks in the text, by name ({{name}} in the text).',
      z._default(z.record(z.string().check(z.regex(VARIABLE_NAME, { error: 'schema.variableName' })), variable), {}),
    ),
    text: about('The message itself, a Handlebars template; give text or template, not both.', optional(z.string())),
    template: about(
      'Path of a .hbs file holding the message, relative to the plan; give text or template, not both.',
      optional(text),
    ),
  })
  .check((ctx) => {
    const { text: inline, template } = ctx.value;
    if ((inline === undefined) === (template === undefined)) {
      ctx.issues.push({ code: 'custom', message: 'schema.textOrTemplate', input: ctx.value, path: [] });
    }
  });
response.register(jsonSchemaHints, { oneOf: [{ required: ['text'] }, { required: ['template'] }] });

export const policies = z.strictObject({
  respond_to_all: about('Answer every complaint, even the rude ones.', bool(true)),
  never_delete: about('Never delete a critical comment.', bool(true)),
  block_last_resort: about('Block someone only as a last resort, for abuse.', bool(true)),
  avoid_topics: about(
    'Topics no message may touch; lint flags a response that mentions one.',
    z._default(z.array(text), []),
  ),
  compensation: about(
    'Who may offer compensation, and how much.',
    optional(
      z.strictObject({
        approval_by: about('Id of the contact who approves compensation.', slug),
        max: about('The most that may be offered, as written (a refund, 20 euros).', optional(z.string())),
        promise_within: about(
          'How soon a promise made during an incident is due, unless the person on duty gives another time, as a duration: 48h, 2d.',
          optional(duration),
        ),
        notes,
      }),
    ),
  ),
  escalate_to: about('Id of the contact who decides when the plan does not say.', optional(slug)),
});
