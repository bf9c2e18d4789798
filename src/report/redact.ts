import { getCountryForTimezone } from 'countries-and-timezones';
import { findPhoneNumbersInText, isSupportedCountry, type CountryCode } from 'libphonenumber-js';
import { translator, type Lang } from '../i18n/index.js';
import type { ReportData } from './build-report.js';
import { linkParts } from './link-text.js';
import { redactLink } from './redact-links.js';

// Reports travel outside the team: --redact hides phone numbers, email addresses and handles, in
// any spelling, except the brand's own public ones (redact-brand.ts), and touches nothing else.
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
export const EMAIL = new RegExp(`(?<![${WORD}.${SYMBOLS}])${LOCAL}[@＠﹫]${HOST}`, 'gu');
// A handle: @ where a word starts (not after "ana garcía"), letters, digits, _ and inner dots, and
// a server after a second @ on the fediverse (@ana@mastodon.social).
export const HANDLE = new RegExp(
  `(?<!["@＠﹫${WORD}.${SYMBOLS}])[@＠﹫]([${WORD}_](?:[${WORD}_.]{0,62}[${WORD}_])?)(?:[@＠﹫]${HOST})?`,
  'gu',
);

/** The brand's own contact details, kept by --redact: phones as E.164, handles and emails in lower case. */
export interface KeptDetails {
  phones: ReadonlySet<string>;
  handles: ReadonlySet<string>;
  emails: ReadonlySet<string>;
}

const NOTHING_KEPT: KeptDetails = { phones: new Set(), handles: new Set(), emails: new Set() };

/** What stands where a detail was hidden: [phone], [email], [handle], or [teléfono]… in Spanish. */
export interface Placeholders {
  phone: string;
  email: string;
  handle: string;
}

/** The placeholders in the report's language, from the message catalog. */
export function placeholders(lang: Lang): Placeholders {
  const t = translator(lang);
  return { phone: t('redact.phone'), email: t('redact.email'), handle: t('redact.handle') };
}

const ENGLISH = placeholders('en');

/** A handle as kept details name it: without its @, in lower case, its server kept. */
export const handleKey = (handle: string) =>
  handle
    .slice(1)
    .replace(/[＠﹫]/g, '@')
    .toLowerCase();

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

// Spaces and dashes of every kind (a narrow no-break space, a figure dash) as the ASCII ones
// libphonenumber-js reads, one code unit for one, so positions hold.
const SPACES = /\p{Zs}/gu;
const DASHES = /\p{Pd}/gu;
// Digits grouped by slashes read as a date ("96/300/01/11" holds "01/11"); unless it is one, the
// slashes are spaces.
const SLASHED = /[0-9０-９]+(?:[/／][0-9０-９]+)+/g;
const DATE = /^(?:\d{1,2}\/\d{1,2}(?:\/\d{2}(?:\d{2})?)?|\d{4}\/\d{1,2}\/\d{1,2})$/;
// "+34 (0) 610 …": the trunk 0 some write after the country code, which libphonenumber-js reads only
// for countries that dial one. It is cut out of what is read, and each cut is kept to map back.
const TRUNK = /((?:[+＋]|00|００)[0-9０-９]{1,3})[\s-]*[(（][0０][)）]/g;

function withoutTrunks(text: string): { readable: string; original: (index: number) => number } {
  const cuts: Array<{ at: number; length: number }> = [];
  let removed = 0;
  const readable = text.replace(TRUNK, (whole: string, prefix: string, offset: number) => {
    cuts.push({ at: offset - removed + prefix.length, length: whole.length - prefix.length });
    removed += whole.length - prefix.length;
    return prefix;
  });
  const original = (index: number) => cuts.reduce((at, cut) => (cut.at < index ? at + cut.length : at), index);
  return { readable, original };
}

/** The phone numbers in a text: where each starts and ends in it, and the number in E.164. */
export function findPhones(
  text: string,
  country: CountryCode | undefined,
): Array<{ start: number; end: number; number: string }> {
  const { readable, original } = withoutTrunks(
    text
      .replace(SPACES, ' ')
      .replace(DASHES, '-')
      .replace(SLASHED, (run) => (DATE.test(run) ? run : run.replace(/[/／]/g, ' '))),
  );
  const found = findPhoneNumbersInText(readable, { defaultCountry: country, leniency: 'POSSIBLE' } as {
    defaultCountry?: CountryCode;
  });
  return found.map((phone) => {
    const [startsAt, endsAt] = [original(phone.startsAt), original(phone.endsAt)];
    // "(600 111 222)": the opening bracket comes with the number, the closing one does not.
    const start = text[startsAt] === '(' && !text.slice(startsAt, endsAt).includes(')') ? startsAt + 1 : startsAt;
    return { start, end: endsAt, number: phone.number.number };
  });
}

function redactPhones(
  text: string,
  country: CountryCode | undefined,
  kept: ReadonlySet<string>,
  placeholder: string,
): string {
  let out = '';
  let from = 0;
  for (const phone of findPhones(text, country)) {
    if (kept.has(phone.number)) continue;
    out += `${text.slice(from, phone.start)}${placeholder}`;
    from = phone.end;
  }
  return out + text.slice(from);
}

// libphonenumber-js reads "600 111 222, 600 111 223" as one number and a half; a list is split first.
export const LIST_BREAK = /(?<=[,;])(?=\s)|(?<=\n)/;

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
  // social network's link names is hidden (redact-links.ts).
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

// Published messages are redacted too, though public: a redacted report promises no one's contact
// detail but the brand's own, and each post's link is kept for whoever needs it as it went out.
function redactValue(value: unknown, key: string, country: CountryCode | undefined, how: Redaction): unknown {
  if (typeof value === 'string') return KEPT.has(key) ? value : redactText(value, country, how.kept, how.marks);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, key, country, how));
  if (value === null || typeof value !== 'object') return value;
  // Emptied rather than deleted: a strict template may still name the field (JSON leaves it out either way).
  return Object.fromEntries(
    Object.entries(value).map(([name, inner]) => [
      name,
      DROPPED.has(name) ? undefined : redactValue(inner, name, country, how),
    ]),
  );
}

interface Redaction {
  kept: KeptDetails;
  marks: Placeholders;
}

/**
 * A copy of the report with contact details hidden; `country` reads national numbers (see
 * brandCountry); `kept`, the brand's own public details (brandDetails), stay as written; what
 * was hidden reads as `marks` say, in the report's language.
 */
export function redact(
  data: ReportData,
  country: CountryCode | undefined,
  kept: KeptDetails = NOTHING_KEPT,
  marks: Placeholders = ENGLISH,
): ReportData {
  return redactValue(data, '', country, { kept, marks }) as ReportData;
}
