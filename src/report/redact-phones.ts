import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js';

// The phone numbers --redact hides and keeps (redact.ts), found by
// libphonenumber-js in any spelling people write them.

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

export function redactPhones(
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
