import type { CountryCode } from 'libphonenumber-js';
import type { Playbook, Response } from '../model/schema.js';
import { EMAIL, HANDLE, handleKey, type KeptDetails } from './redact.js';
import { findPhones, LIST_BREAK } from './redact-phones.js';

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
