import { getCountryForTimezone } from 'countries-and-timezones';
import { isSupportedCountry, type CountryCode } from 'libphonenumber-js';
import { translator, type Lang } from '../i18n/index.js';
import type { Playbook, Response } from '../model/schema.js';
import { redactLink } from './redact-links.js';
import type { ReportData } from './report-data.js';
import { linkParts } from './link-text.js';
import { findPhones, LIST_BREAK, redactPhones } from './redact-phones.js';

// Reports travel outside the team: --redact hides phone numbers, email addresses and handles, in
// any spelling, except the brand's own public ones (brandDetails), and touches nothing else.
// docs/report.md says what is hidden and what is kept.

// Letters, digits and marks of any script, so "josé@correo.es" and "ana@bücher.de" are found,
// and the other characters RFC 5322 allows in a local part (\u0060 is the backquote).
const WORD = '\\p{L}\\p{N}\\p{M}';
const SYMBOLS = "!#$%&'*+/=?^_\\u0060{|}~-";
const ATOM = `[${WORD}${SYMBOLS}]`;
// A local part (dot-atom, or quoted: "ana garcía"@…), then @ (or a look-alike: the full-width ＠,
// the small ﹫) and a host, its dots maybe full-width, ideographic or small too:
// a domain of one label or more (ana@localhost too), or an address in brackets. Bounded as the
// RFC bounds them (64 and 63 characters, 127 labels), and starting only where a word starts, so a long run
// of letters costs one pass, not one per letter.
const LOCAL = `(?:"[^"\\r\\n]{1,64}"|${ATOM}{1,64}(?:\\.${ATOM}{1,64}){0,63})`;
const LABEL = `[${WORD}](?:[${WORD}-]{0,61}[${WORD}])?`;
const HOST = `(?:${LABEL}(?:[.．。｡﹒]${LABEL}){0,126}|\\[[0-9A-Fa-f:.]{2,45}\\])`;
const EMAIL = new RegExp(`(?<![${WORD}.${SYMBOLS}])${LOCAL}[@＠﹫]${HOST}`, 'gu');
// A handle: @ where a word starts (not after "ana garcía"), letters, digits, _ and inner dots, and
// a server after a second @ on the fediverse (@ana@mastodon.social).
const HANDLE = new RegExp(
  `(?<!["@＠﹫${WORD}.${SYMBOLS}])[@＠﹫]([${WORD}_](?:[${WORD}_.]{0,62}[${WORD}_])?)(?:[@＠﹫]${HOST})?`,
  'gu',
);

/** The brand's own contact details, kept by --redact: phones as E.164, handles and emails in lower case. */
interface KeptDetails {
  phones: ReadonlySet<string>;
  handles: ReadonlySet<string>;
  emails: ReadonlySet<string>;
}

const NOTHING_KEPT: KeptDetails = { phones: new Set(), handles: new Set(), emails: new Set() };

/** What stands where a detail was hidden, in the report's language: [phone], [email], [handle], or [teléfono]… */
export function placeholders(lang: Lang) {
  const t = translator(lang);
  return { phone: t('redact.phone'), email: t('redact.email'), handle: t('redact.handle') };
}

type Placeholders = ReturnType<typeof placeholders>;
const ENGLISH = placeholders('en');

/** A handle as kept details name it: without its @, in lower case, its server kept. */
const handleKey = (handle: string) =>
  handle
    .slice(1)
    .replace(/[＠﹫]/g, '@')
    .toLowerCase();

/**
 * The text with every email address as [email], every handle as [handle] and every phone number
 * as [phone], or as `marks` words them. Phones are
 * found by libphonenumber-js, which reads no-break spaces, dashes of any width, slashes and
 * full-width digits; "possible" numbers count (the right length for the country), so the
 * fictional ranges of examples (+44 7700 900…, 555) are hidden too.
 */
export function redactText(
  text: string,
  country?: CountryCode,
  kept: KeptDetails = NOTHING_KEPT,
  marks: Placeholders = ENGLISH,
): string {
  // A link is kept, digits and all, as the report's own link finder cuts it: an order number in it
  // is no phone, and a link with "[phone]" inside would no longer lead anywhere. Only the account a
  // social network's link names is hidden (redactLink).
  return linkParts(text)
    .map((part) =>
      part.href
        ? redactLink(part.text, kept.handles, marks.handle)
        : part.text
            .replace(HANDLE, (handle) =>
              !/\p{L}/u.test(handle) || kept.handles.has(handleKey(handle)) ? handle : marks.handle,
            )
            .replace(EMAIL, (email) => (kept.emails.has(email.toLowerCase()) ? email : marks.email))
            .split(LIST_BREAK)
            .map((piece) => redactPhones(piece, country, kept.phones, marks.phone))
            .join(''),
    )
    .join('');
}

// Identifiers, times and durations are kept: an incident id is no contact detail (it used to
// become "[phone]ed3").
const KEPT = new Set([
  'id',
  'level',
  'step',
  'response',
  'department',
  'contact',
  'backupFor',
  'approvedBy',
  'channel',
  'kind',
  'audience',
  'status',
  'outcome',
  'at',
  'due',
  'detectedAt',
  'declaredAt',
  'closedAt',
  'askedAt',
  'answeredAt',
  'doneAt',
  'generatedAt',
  'hour',
]);
// Links (`url`, `link`) are not kept as such: redactText keeps an http(s) address whole, as a
// post's link is public anyway, and reads anything else as text, since a feed may give
// `mailto:ana@…` as an item's link and the walkthrough records what is typed.
// A contact's own phone and email are left out altogether.
const DROPPED = new Set(['phone', 'email']);

/**
 * A copy of the report with contact details hidden; `country` reads national numbers (see
 * brandCountry); `kept`, the brand's own public details (brandDetails), stay as written; what
 * was hidden reads as `marks` say, in the report's language. Published messages are redacted too,
 * though public: a redacted report promises no one's contact detail but the brand's own, and each
 * post's link is kept for whoever needs it as it went out.
 */
export function redact(
  data: ReportData,
  country: CountryCode | undefined,
  kept: KeptDetails = NOTHING_KEPT,
  marks: Placeholders = ENGLISH,
): ReportData {
  const redactValue = (value: unknown, key: string): unknown => {
    if (typeof value === 'string') return KEPT.has(key) ? value : redactText(value, country, kept, marks);
    if (Array.isArray(value)) return value.map((item) => redactValue(item, key));
    if (value === null || typeof value !== 'object') return value;
    // Emptied rather than deleted: a strict template may still name the field (JSON leaves it out either way).
    return Object.fromEntries(
      Object.entries(value).map(([name, inner]) => [name, DROPPED.has(name) ? undefined : redactValue(inner, name)]),
    );
  };
  return redactValue(data, '') as ReportData;
}

// What --redact keeps: the brand's own public contact details, the ones its plan writes in the
// brand's voice (brand, channels, responses and their templates, monitoring). A statement saying
// "call us on 963 000 111" keeps its number. Never a contact's, an influencer's, or a variable's
// example: those are people (a customer's "@ana_lopez"), hidden like any other.

/** Every string inside a value, at any depth. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(strings);
}

// The account a channel's address names: x.com/miravista, tiktok.com/@miravista.
const ACCOUNT = /^https?:\/\/[^/?#]+\/@?([\p{L}\p{N}_.]+)\/?$/u;

/** The brand's public phones (E.164), handles and emails, from its plan; `textOf` gives a response's text or template. */
export function brandDetails(
  playbook: Playbook,
  textOf: (response: Response) => string,
  country: CountryCode | undefined,
): KeptDetails {
  const texts = strings([
    playbook.brand,
    playbook.channels,
    playbook.monitoring ?? null,
    playbook.responses.map((response) => [response.title, textOf(response)]),
  ]);
  const accounts = playbook.channels.flatMap((channel) => ACCOUNT.exec(channel.url ?? '')?.[1] ?? []);
  return {
    phones: new Set(
      texts
        .flatMap((text) => text.split(LIST_BREAK).flatMap((piece) => findPhones(piece, country)))
        .map((p) => p.number),
    ),
    handles: new Set([
      ...texts.flatMap((text) => [...text.matchAll(HANDLE)].map(([handle]) => handleKey(handle))),
      ...accounts.map((a) => a.toLowerCase()),
    ]),
    emails: new Set(texts.flatMap((text) => text.match(EMAIL) ?? []).map((email) => email.toLowerCase())),
  };
}

/**
 * The country whose national numbers ("600 111 222", "0161 496 0000") a plan's texts hold: the
 * region of `brand.language` (es-MX), else the country of the brand's time zone (Europe/Madrid).
 * Numbers written with their international prefix (+44 …, 0034 …) are found whatever it is.
 */
export function brandCountry(language: string | undefined, zone: string): CountryCode | undefined {
  const region = /^[a-z]{2,3}(?:-[a-z]{4})?-([a-z]{2})(?:-|$)/i.exec(language ?? '')?.[1]?.toUpperCase();
  if (region && isSupportedCountry(region)) return region;
  const fromZone = getCountryForTimezone(zone)?.id;
  return fromZone && isSupportedCountry(fromZone) ? fromZone : undefined;
}
