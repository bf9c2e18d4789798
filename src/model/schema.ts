import * as z from 'zod/mini';
import {
  HASHTAG,
  slug,
  text,
  duration,
  url,
  optional,
  about,
  isLanguageTag,
  isTimeZone,
  watchEvery,
  notes,
} from './schema-parts.js';
import { contact, department, influencer } from './schema-people.js';
import { level, triageQuestion } from './schema-levels.js';
import { policies, response, type RESPONSE_KINDS } from './schema-responses.js';

// The plan as a whole, its brand, channels and monitoring; people, levels and responses have files of their own.
export { SLUG, VARIABLE_NAME, PHONE, HASHTAG, jsonSchemaHints, url, email, isTimeZone } from './schema-parts.js';

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
