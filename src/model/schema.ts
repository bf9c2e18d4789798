import { z } from 'zod';
import { parseDuration } from './duration.js';

// Error strings starting with `schema.` are message-catalog keys; lint/schema-issues.ts
// translates them, with the offending value, into the user's language.
export const SLUG = /^[a-z0-9][a-z0-9-]*$/;
export const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

const slug = z.string({ error: 'schema.slug' }).regex(SLUG, { error: 'schema.slug' });
const text = z.string().trim().min(1, { error: 'schema.empty' });
const duration = z
  .string({ error: 'schema.duration' })
  .refine((value) => parseDuration(value) !== undefined, { error: 'schema.duration' });
const url = z.url({ protocol: /^https?$/, error: 'schema.url' });
const email = z.email({ error: 'schema.email' });
const phone = z
  .string({ error: 'schema.phone' })
  .regex(/^\+?[0-9][0-9 ().-]{5,}$/, { error: 'schema.phone' });
const ids = z.array(slug);

function isLanguageTag(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const RESPONSE_KINDS = ['acknowledgement', 'apology', 'update', 'private-reply', 'internal', 'closing'] as const;

const weakness = z.strictObject({ id: slug, description: text, response: slug.optional() });

const brand = z.strictObject({
  name: text,
  language: z.string().refine(isLanguageTag, { error: 'schema.language' }).default('en'),
  timezone: z.string().refine(isTimeZone, { error: 'schema.timezone' }).optional(),
  apology_url: url.optional(),
  hashtag: z.string().regex(/^#[^\s#]+$/, { error: 'schema.hashtag' }).optional(),
  strengths: z.array(text).optional(),
  weaknesses: z.array(weakness).optional(),
});

const channel = z.strictObject({
  id: slug,
  name: text,
  format: z.enum(['short', 'long']),
  max_length: z.number().int().positive().optional(),
  url: url.optional(),
});

const contact = z.strictObject({
  id: slug,
  name: text,
  role: text,
  department: slug.optional(),
  email: email.optional(),
  phone: phone.optional(),
  backup: slug.optional(),
  external: z.boolean().default(false),
  organization: text.optional(),
  notes: z.string().optional(),
});

const department = z.strictObject({ id: slug, name: text, lead: slug.optional(), respond_within: duration.optional() });

const influencer = z.strictObject({
  id: slug,
  name: text,
  handle: text.optional(),
  channel: text.optional(),
  reach: z.number().int().nonnegative().optional(),
  email: email.optional(),
  phone: phone.optional(),
  topics: z.array(text).optional(),
  notes: z.string().optional(),
});

const step = z.strictObject({
  id: slug,
  title: text,
  owner: slug.optional(),
  within: duration.optional(),
  response: slug.optional(),
  channels: ids.optional(),
  ask: ids.optional(),
  involves: z.enum(['influencers']).optional(),
  optional: z.boolean().default(false),
  notes: z.string().optional(),
});

const level = z.strictObject({
  id: slug,
  name: text,
  severity: z.number().int(),
  description: z.string().optional(),
  respond_within: duration,
  notify: ids.default([]),
  steps: z.array(step).default([]),
});

const triageQuestion = z.strictObject({
  id: slug,
  question: text,
  options: z.array(z.strictObject({ label: text, level: slug })).min(1),
});

const variable = z.strictObject({ description: text, example: z.string().optional() });

const response = z
  .strictObject({
    id: slug,
    title: text,
    kind: z.enum(RESPONSE_KINDS),
    levels: ids.optional(),
    channels: ids.optional(),
    approved_by: slug.optional(),
    approved_on: z.iso.date({ error: 'schema.date' }).optional(),
    variables: z.record(z.string().regex(VARIABLE_NAME, { error: 'schema.variableName' }), variable).default({}),
    text: z.string().optional(),
    template: text.optional(),
  })
  .check((ctx) => {
    const { text: inline, template } = ctx.value;
    if ((inline === undefined) === (template === undefined)) {
      ctx.issues.push({ code: 'custom', message: 'schema.textOrTemplate', input: ctx.value, path: [] });
    }
  });

const policies = z.strictObject({
  respond_to_all: z.boolean().default(true),
  never_delete: z.boolean().default(true),
  block_last_resort: z.boolean().default(true),
  avoid_topics: z.array(text).default([]),
  compensation: z
    .strictObject({ approval_by: slug, max: z.string().optional(), notes: z.string().optional() })
    .optional(),
  escalate_to: slug.optional(),
});

const monitoring = z.strictObject({
  keywords: z.array(text).optional(),
  hashtags: z.array(text).optional(),
  sources: z.array(text).optional(),
  notes: z.string().optional(),
});

export const SUPPORTED_VERSIONS = [1] as const;

export const playbookSchema = z
  .strictObject({
    version: z.literal(1, { error: 'schema.version' }),
    brand,
    channels: z.array(channel).min(1),
    contacts: z.array(contact).min(1),
    departments: z.array(department).optional(),
    influencers: z.array(influencer).optional(),
    levels: z.array(level).min(1),
    triage: z.array(triageQuestion).optional(),
    responses: z.array(response).default([]),
    policies: policies.default({
      respond_to_all: true,
      never_delete: true,
      block_last_resort: true,
      avoid_topics: [],
    }),
    monitoring: monitoring.optional(),
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
