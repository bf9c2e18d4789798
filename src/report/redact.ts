// Reports travel outside the team: --redact hides phone numbers and email addresses.
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
// A run of digits, spaces and phone punctuation counts as a phone when it holds 9 digits or more,
// so that dates (8 digits) and amounts are left alone.
const PHONE = /\+?\d[\d ().-]{5,}\d/g;

export function redactText(text: string): string {
  return text.replace(EMAIL, '[email]').replace(PHONE, (run) => (run.replace(/\D/g, '').length >= 9 ? '[phone]' : run));
}

/** A deep copy with every string redacted, and contact fields for phone and email dropped. */
export function redact<T>(value: T): T {
  if (typeof value === 'string') return redactText(value) as T;
  if (Array.isArray(value)) return value.map(redact) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'phone' && key !== 'email').map(([key, inner]) => [key, redact(inner)])) as T;
}
