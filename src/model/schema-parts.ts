// The building blocks of the playbook schema: ids, texts, durations, addresses, and the
// checks that need code (language tags, time zones). schema.ts puts them together.
import * as z from 'zod/mini';
import { DURATION_JSON_PATTERN, parseDuration, readDuration } from './duration.js';
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

export const slug = z.string({ error: 'schema.slug' }).check(z.regex(SLUG, { error: 'schema.slug' }));
// Trimmed, and not blank: a pattern rather than a length after trimming, so editors see it too.
export const text = z.string().check(z.regex(/\S/, { error: 'schema.empty' }), z.trim());
const DURATION_MESSAGES = {
  format: 'schema.duration',
  zero: 'schema.durationZero',
  tooLong: 'schema.durationTooLong',
} as const;
export const duration = z.string({ error: 'schema.duration' }).check((ctx) => {
  const reading = readDuration(ctx.value);
  if ('problem' in reading)
    ctx.issues.push({
      code: 'custom',
      message: DURATION_MESSAGES[reading.problem],
      input: ctx.value,
    });
});
// The form, for editors too; the 366-day bound takes arithmetic, so it is lint's alone.
duration.register(jsonSchemaHints, { pattern: DURATION_JSON_PATTERN });
/** Feeds are polled no more often than this: faster only earns a ban from the sites that serve them. */
const MIN_WATCH_MINUTES = 5;
export const watchEvery = duration.clone().check(
  z.refine((value) => (parseDuration(value) ?? MIN_WATCH_MINUTES) >= MIN_WATCH_MINUTES, {
    error: 'schema.watchEvery',
  }),
);
// The form is shared with editors; whether an international host name is one a browser takes
// (IDNA: no mixed scripts, no disallowed letters) needs its tables, so that part is lint's alone.
export const url = z.string({ error: 'schema.url' }).check(
  z.regex(HTTP_URL, { error: 'schema.url', abort: true }),
  z.refine((value) => URL.canParse(value), { error: 'schema.url' }),
);
export const email = z.email({ error: 'schema.email' });
export const phone = z.string({ error: 'schema.phone' }).check(z.regex(PHONE, { error: 'schema.phone' }));
export const ids = z.array(slug);
export const bool = (value: boolean) => z._default(z.boolean(), value);
export const optional = z.optional;

// The schemas above serve many properties each; every other one a property is given is its own.
const SHARED = new Set<z.ZodMiniType>([slug, text, duration, url, email, phone, ids]);

/**
 * A property's description, the one editors show while typing (English, like the keys). Metadata
 * belongs to an instance, so a shared schema (slug, text) is described on a copy, which keeps the
 * original as parent (a duration's pattern stays). Only those are copied: a copy is a schema built
 * again, and copying all 95 described properties cost every command 4 ms at start-up.
 */
export function about<T extends z.ZodMiniType>(description: string, schema: T): T {
  const described = SHARED.has(schema) ? schema.clone() : schema;
  jsonSchemaHints.add(described, { description });
  return described;
}

/** Free text for the team, never published: any part of the plan may carry it. */
export const notes = about('Free text for the team; never published.', optional(z.string()));

// Plans name a handful of tags (en-GB, es-ES): asking Intl once for each is enough. Capped, so
// that a thousand odd plans cannot grow it without end.
const languageTags = new Map<string, boolean>();

export function isLanguageTag(value: string): boolean {
  if (value.length > MAX_LANGUAGE_LENGTH) return false;
  let known = languageTags.get(value);
  if (known === undefined) {
    try {
      // A well-formed tag may still name no language (`spanish`, `english`, `xx`): Intl would
      // silently fall back to English and US dates. PluralRules has the locale list at hand, in
      // under a millisecond, where DateTimeFormat loads its calendars (some 12 ms).
      known = Intl.getCanonicalLocales(value).length === 1 && Intl.PluralRules.supportedLocalesOf(value).length === 1;
    } catch {
      known = false;
    }
    if (languageTags.size < 256) languageTags.set(value, known);
  }
  return known;
}

// Building an Intl.DateTimeFormat costs 11-19 ms the first time (ICU loads its calendar data),
// a sizeable part of a one-file lint. Nearly every plan names a zone Intl lists (any letter case,
// as Intl takes it) or UTC: those are answered from the list. Anything else (US/Eastern, a zone
// renamed since this ICU was built) is asked of Intl as before, so the same names pass as ever.
const ALWAYS_ZONES = ['UTC', 'Etc/UTC', 'GMT', 'Etc/GMT'];
let listedZones: Set<string> | undefined;
const timeZones = new Map<string, boolean>();

function intlTakes(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export function isTimeZone(value: string): boolean {
  if (value.length > MAX_ZONE_LENGTH) return false;
  listedZones ??= new Set([...Intl.supportedValuesOf('timeZone'), ...ALWAYS_ZONES].map((zone) => zone.toLowerCase()));
  // ASCII letters only, as Intl compares: the Kelvin sign lowercases to "k", and Intl refuses it.
  if (listedZones.has(value.replace(/[A-Z]+/g, (letters) => letters.toLowerCase()))) return true;
  let valid = timeZones.get(value);
  if (valid === undefined) timeZones.set(value, (valid = intlTakes(value)));
  return valid;
}
