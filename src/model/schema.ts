import * as z from 'zod/mini';
import { DURATION_JSON_PATTERN, readDuration } from './duration.js';
import { HTTP_URL } from './http-url.js';
import { MAX_LANGUAGE_LENGTH, MAX_ZONE_LENGTH } from './limits.js';

// zod/mini rather than zod: the same validation, but tree-shakable, which keeps the bundle
// (and so the start-up of every `crisis lint`) a fraction of the size. See bench/.
// Error strings starting with `schema.` are message-catalog keys; source/schema-issues.ts
// translates them, with the offending value, into the user's language.
export const SLUG = /^[a-z0-9][a-z0-9-]*$/;
export const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
export const PHONE = /^\+?[0-9][0-9 ().-]{5,}$/;
export const HASHTAG = /^#[^\s#]+$/;

/** Extra JSON Schema keywords for checks zod runs as code: the same test, in a form editors read. */
export const jsonSchemaHints = z.registry<Record<string, unknown>>();

const slug = z.string({ error: 'schema.slug' }).check(z.regex(SLUG, { error: 'schema.slug' }));
// Trimmed, and not blank: a pattern rather than a length after trimming, so editors see it too.
const text = z.string().check(z.regex(/\S/, { error: 'schema.empty' }), z.trim());
const duration = z.string({ error: 'schema.duration' }).check((ctx) => {
  const reading = readDuration(ctx.value);
  if ('problem' in reading) ctx.issues.push({ code: 'custom', message: reading.problem === 'tooLong' ? 'schema.durationTooLong' : 'schema.duration', input: ctx.value });
});
// The form, for editors too; the 366-day bound takes arithmetic, so it is lint's alone.
duration.register(jsonSchemaHints, { pattern: DURATION_JSON_PATTERN });
// The form is shared with editors; whether an international host name is one a browser takes
// (IDNA: no mixed scripts, no disallowed letters) needs its tables, so that part is lint's alone.
export const url = z.string({ error: 'schema.url' }).check(z.regex(HTTP_URL, { error: 'schema.url', abort: true }), z.refine((value) => URL.canParse(value), { error: 'schema.url' }));
export const email = z.email({ error: 'schema.email' });
const phone = z.string({ error: 'schema.phone' }).check(z.regex(PHONE, { error: 'schema.phone' }));
const ids = z.array(slug);
const bool = (value: boolean) => z._default(z.boolean(), value);
const optional = z.optional;

function isLanguageTag(value: string): boolean {
  if (value.length > MAX_LANGUAGE_LENGTH) return false;
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

// Creating a DateTimeFormat is slow enough to show when linting many files: remember answers.
const timeZones = new Map<string, boolean>();

function isTimeZone(value: string): boolean {
  if (value.length > MAX_ZONE_LENGTH) return false;
  let valid = timeZones.get(value);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: value });
      valid = true;
    } catch {
      valid = false;
    }
    timeZones.set(value, valid);
  }
  return valid;
}

export const RESPONSE_KINDS = ['acknowledgement', 'apology', 'update', 'private-reply', 'internal', 'closing'] as const;

const weakness = z.strictObject({ id: slug, description: text, response: optional(slug) });

const brand = z.strictObject({
  name: text,
  language: z._default(z.string().check(z.refine(isLanguageTag, { error: 'schema.language' })), 'en'),
  timezone: optional(z.string().check(z.refine(isTimeZone, { error: 'schema.timezone' }))),
  apology_url: optional(url),
  hashtag: optional(z.string().check(z.regex(HASHTAG, { error: 'schema.hashtag' }))),
  strengths: optional(z.array(text)),
  weaknesses: optional(z.array(weakness)),
});

const channel = z.strictObject({
  id: slug,
  name: text,
  format: z.enum(['short', 'long']),
  max_length: optional(z.int().check(z.positive())),
  url: optional(url),
  /** Whether a private message can be sent on this channel; by default, known social networks can, websites cannot. */
  private_messages: optional(z.boolean()),
});

const contact = z.strictObject({
  id: slug,
  name: text,
  role: text,
  department: optional(slug),
  email: optional(email),
  phone: optional(phone),
  backup: optional(slug),
  external: bool(false),
  organization: optional(text),
  notes: optional(z.string()),
});

const department = z.strictObject({ id: slug, name: text, lead: optional(slug), respond_within: optional(duration) });

const influencer = z.strictObject({
  id: slug,
  name: text,
  handle: optional(text),
  channel: optional(text),
  reach: optional(z.int().check(z.nonnegative())),
  email: optional(email),
  phone: optional(phone),
  topics: optional(z.array(text)),
  notes: optional(z.string()),
});

const step = z.strictObject({
  id: slug,
  title: text,
  owner: optional(slug),
  within: optional(duration),
  response: optional(slug),
  channels: optional(ids),
  ask: optional(ids),
  involves: optional(z.enum(['influencers'])),
  optional: bool(false),
  notes: optional(z.string()),
});

const level = z.strictObject({
  id: slug,
  name: text,
  severity: z.int(),
  description: optional(z.string()),
  respond_within: duration,
  notify: z._default(ids, []),
  steps: z._default(z.array(step), []),
});

const triageQuestion = z.strictObject({
  id: slug,
  question: text,
  options: z.array(z.strictObject({ label: text, level: slug })).check(z.minLength(1)),
});

const variable = z.strictObject({ description: text, example: optional(z.string()) });

const response = z
  .strictObject({
    id: slug,
    title: text,
    kind: z.enum(RESPONSE_KINDS),
    levels: optional(ids),
    channels: optional(ids),
    approved_by: optional(slug),
    approved_on: optional(z.iso.date({ error: 'schema.date' })),
    variables: z._default(z.record(z.string().check(z.regex(VARIABLE_NAME, { error: 'schema.variableName' })), variable), {}),
    text: optional(z.string()),
    template: optional(text),
  })
  .check((ctx) => {
    const { text: inline, template } = ctx.value;
    if ((inline === undefined) === (template === undefined)) {
      ctx.issues.push({ code: 'custom', message: 'schema.textOrTemplate', input: ctx.value, path: [] });
    }
  });
response.register(jsonSchemaHints, { oneOf: [{ required: ['text'] }, { required: ['template'] }] });

const policies = z.strictObject({
  respond_to_all: bool(true),
  never_delete: bool(true),
  block_last_resort: bool(true),
  avoid_topics: z._default(z.array(text), []),
  compensation: optional(z.strictObject({ approval_by: slug, max: optional(z.string()), notes: optional(z.string()) })),
  escalate_to: optional(slug),
});

const monitoring = z.strictObject({
  keywords: optional(z.array(text)),
  hashtags: optional(z.array(text)),
  sources: optional(z.array(text)),
  notes: optional(z.string()),
});

export const playbookSchema = z
  .strictObject({
    version: z.literal(1, { error: 'schema.version' }),
    brand,
    channels: z.array(channel).check(z.minLength(1)),
    contacts: z.array(contact).check(z.minLength(1)),
    departments: optional(z.array(department)),
    influencers: optional(z.array(influencer)),
    levels: z.array(level).check(z.minLength(1)),
    triage: optional(z.array(triageQuestion)),
    responses: z._default(z.array(response), []),
    policies: z._default(policies, { respond_to_all: true, never_delete: true, block_last_resort: true, avoid_topics: [] }),
    monitoring: optional(monitoring),
  })
  .check((ctx) => {
    // Severity orders the levels: two levels with one severity would make triage ambiguous.
    const seen = new Set<number>();
    ctx.value.levels.forEach((entry, index) => {
      if (seen.has(entry.severity)) {
        ctx.issues.push({ code: 'custom', message: 'schema.severityUnique', input: entry.severity, path: ['levels', index, 'severity'] });
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
