import * as z from 'zod/mini';
import {
  VARIABLE_NAME,
  HASHTAG,
  jsonSchemaHints,
  slug,
  text,
  duration,
  url,
  email,
  phone,
  ids,
  bool,
  optional,
  about,
  isLanguageTag,
  isTimeZone,
  watchEvery,
} from './schema-parts.js';

export { SLUG, VARIABLE_NAME, PHONE, HASHTAG, jsonSchemaHints, url, email, isTimeZone } from './schema-parts.js';

export const RESPONSE_KINDS = ['acknowledgement', 'apology', 'update', 'private-reply', 'internal', 'closing'] as const;

const weakness = z.strictObject({
  id: about('Identifier of this weakness: lowercase letters, digits and hyphens.', slug),
  description: about('What critics could point at, in one sentence.', text),
  response: about('Id of the prepared response that answers this weakness.', optional(slug)),
  terms: about(
    'Words that show a post is about this weakness; crisis watch flags a mention that holds one.',
    optional(z.array(text)),
  ),
});

const brand = z.strictObject({
  name: about('The business name, as customers know it.', text),
  language: about(
    'Language of the messages, as a BCP 47 tag (en-GB, es-ES).',
    z._default(z.string().check(z.refine(isLanguageTag, { error: 'schema.language' })), 'en'),
  ),
  timezone: about(
    'IANA time zone of the business (Europe/Madrid); deadlines and reports are shown in it.',
    optional(z.string().check(z.refine(isTimeZone, { error: 'schema.timezone' }))),
  ),
  apology_url: about('Web address where the full statement is published; short apologies link to it.', optional(url)),
  hashtag: about(
    'Hashtag every public apology carries, starting with #.',
    optional(z.string().check(z.regex(HASHTAG, { error: 'schema.hashtag' }))),
  ),
  strengths: about('What the business is known for, to keep in mind when answering.', optional(z.array(text))),
  weaknesses: about('Known weak points, each with the response prepared for it.', optional(z.array(weakness))),
});

const channel = z.strictObject({
  id: about('Identifier of the channel, used by steps and responses: lowercase letters, digits and hyphens.', slug),
  name: about('Name of the channel as the team knows it (Instagram, Google reviews).', text),
  format: about(
    'short for posts and replies with a length limit, long for statements (web, Facebook).',
    z.enum(['short', 'long']),
  ),
  max_length: about(
    'Most characters a message may have on this channel; lint checks every response against it.',
    optional(z.int().check(z.positive())),
  ),
  url: about('Web address of the channel (the profile or page).', optional(url)),
  private_messages: about(
    'Whether a private message can be sent on this channel; by default known social networks can, websites cannot.',
    optional(z.boolean()),
  ),
});

const notes = about('Free text for the team; never published.', optional(z.string()));
const contact = z.strictObject({
  id: about('Identifier of the person, used by notify, owner and backup: lowercase letters, digits and hyphens.', slug),
  name: about('Full name of the person.', text),
  role: about('What the person does, as colleagues would say it.', text),
  department: about('Id of the department the person belongs to.', optional(slug)),
  email: about('Email address; required when there is no phone.', optional(email)),
  phone: about('Phone number reachable at night, with the country code (+34 600 000 000).', optional(phone)),
  backup: about('Id of the contact who stands in when this person cannot be reached.', optional(slug)),
  external: about('true for people outside the business (an agency, a lawyer).', bool(false)),
  organization: about('Company an external contact works for.', optional(text)),
  notes,
});

const department = z.strictObject({
  id: about('Identifier of the department: lowercase letters, digits and hyphens.', slug),
  name: about('Name of the department.', text),
  lead: about('Id of the contact who leads the department.', optional(slug)),
  respond_within: about(
    'How soon the department answers a question, as a duration: 30m, 4h, 1d2h.',
    optional(duration),
  ),
});

const influencer = z.strictObject({
  id: about('Identifier of the influencer: lowercase letters, digits and hyphens.', slug),
  name: about('Name of the influencer.', text),
  handle: about('Their handle on their main channel (@name).', optional(text)),
  channel: about('The network where they are followed most.', optional(text)),
  reach: about('How many followers they have, roughly.', optional(z.int().check(z.nonnegative()))),
  email: about('Email address.', optional(email)),
  phone: about('Phone number, with the country code.', optional(phone)),
  topics: about('What they talk about.', optional(z.array(text))),
  notes,
});

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

const level = z.strictObject({
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

const triageQuestion = z.strictObject({
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

const variable = z.strictObject({
  description: about('What to fill in, as asked when the message is composed.', text),
  example: about('A sample value, used by lint to render the message and check its length.', optional(z.string())),
});

const response = z
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

const policies = z.strictObject({
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

const feed = z.strictObject({
  url: about('Address of an RSS, Atom or JSON feed (Google Alerts, a Mastodon tag, a Reddit search).', url),
  name: about('Name of the feed, as mentions and messages show it.', text),
});

const alert = z.strictObject({
  mentions: about('How many mentions make a spike.', z.int().check(z.minimum(1))),
  within: about('The window they arrive in, e.g. 1h.', duration),
});

const monitoring = z.strictObject({
  keywords: about('Words to watch for in mentions.', optional(z.array(text))),
  hashtags: about('Hashtags to watch.', optional(z.array(text))),
  sources: about('Where to watch (networks, review sites, forums).', optional(z.array(text))),
  feeds: about(
    'Feeds crisis watch reads: RSS 2.0, RSS 1.0, Atom or JSON Feed, over http or https.',
    optional(z.array(feed)),
  ),
  every: about('How often a watching terminal polls the feeds: 5m or more (default 15m).', optional(watchEvery)),
  alert: about('How many mentions within how long make a spike (default 5 within 1h).', optional(alert)),
  notes,
});

export const playbookSchema = z
  .strictObject({
    version: about('Version of the plan format: 1.', z.literal(1, { error: 'schema.version' })),
    brand: about('Who speaks: the business, its language, time zone, statement page and hashtag.', brand),
    channels: about('Where the business talks to customers.', z.array(channel).check(z.minLength(1))),
    contacts: about('People to call, with a phone reachable at night.', z.array(contact).check(z.minLength(1))),
    departments: about('Teams that may be asked for facts during a crisis.', optional(z.array(department))),
    influencers: about('People whose posts travel far, to keep informed.', optional(z.array(influencer))),
    levels: about(
      'Levels of severity, each with its deadline, who to tell and what to do.',
      z.array(level).check(z.minLength(1)),
    ),
    triage: about('Questions that choose the level of an incident.', optional(z.array(triageQuestion))),
    responses: about('Messages written and approved in advance.', z._default(z.array(response), [])),
    policies: about(
      'Rules of conduct for everyone who answers.',
      z._default(policies, { respond_to_all: true, never_delete: true, block_last_resort: true, avoid_topics: [] }),
    ),
    monitoring: about('What to watch so a crisis is seen early.', optional(monitoring)),
  })
  .check((ctx) => {
    // Severity orders the levels: two levels with one severity would make triage ambiguous.
    const seen = new Set<number>();
    ctx.value.levels.forEach((entry, index) => {
      if (seen.has(entry.severity)) {
        ctx.issues.push({
          code: 'custom',
          message: 'schema.severityUnique',
          input: entry.severity,
          path: ['levels', index, 'severity'],
        });
      }
      seen.add(entry.severity);
    });
  });

export type Playbook = z.infer<typeof playbookSchema>;
export type Contact = Playbook['contacts'][number];
export type Channel = Playbook['channels'][number];
export type Level = Playbook['levels'][number];
export type Step = Level['steps'][number];
export type Response = Playbook['responses'][number];
export type ResponseKind = (typeof RESPONSE_KINDS)[number];
