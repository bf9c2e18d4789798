import { catalogFor, translator, type Lang, type MessageKey } from '../i18n/index.js';

// Lookups keyed by user data. An id, a contact or a variable may be named `constructor` or
// `toString`, which every plain object inherits: `record[id]` would find a function where the
// user wrote nothing. So keyed lookups read own keys only, and records built from user data have
// no prototype. Lists keyed by id use `Map`.

/** The value a record holds under `key` itself, never one it inherits. */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

// No string key at all, so `'toString' in record` is false; it can still be printed in an error.
const BARE = Object.freeze(Object.create(null, { [Symbol.toPrimitive]: { value: () => '[object Object]' } }) as object);

/**
 * A record that inherits no name, from entries: `{{toString}}` in a template finds only what was
 * given, and `__proto__` is an ordinary key (defineProperty, since assignment would not be).
 */
export function dictionary<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  const record = Object.create(BARE) as Record<string, T>;
  for (const [key, value] of entries) {
    // Assignment is several times faster, and safe for every other key: BARE has no string key.
    if (key === '__proto__')
      Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
    else record[key] = value;
  }
  return record;
}

/** The catalog's sentences under `prefix` (`report.`) by their short name, for a template's `labels`. */
export function labelsUnder(lang: Lang, prefix: string): Record<string, string> {
  const t = translator(lang);
  const keys = Object.keys(catalogFor(lang)).filter((key) => key.startsWith(prefix));
  return dictionary(keys.map((key) => [key.slice(prefix.length), t(key as MessageKey)]));
}

/** Where a key JavaScript reserves was written: a validator drops `__proto__` silently, so it must be found in the raw data. */
export function protoKeyPaths(data: unknown): Array<Array<string | number>> {
  const found: Array<Array<string | number>> = [];
  // One path, grown and shrunk as the walk goes: copied only where a key is found (almost never).
  const path: Array<string | number> = [];
  const walk = (value: unknown): void => {
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        path.push(index);
        walk(item);
        path.pop();
      });
      return;
    }
    for (const key of Object.keys(value)) {
      path.push(key);
      if (key === '__proto__') found.push([...path]);
      else walk((value as Record<string, unknown>)[key]);
      path.pop();
    }
  };
  walk(data);
  return found;
}
