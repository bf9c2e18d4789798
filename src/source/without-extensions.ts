const isPlain = (value: object) => {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/** Drops `x-` keys (extension data) everywhere, so the schema can stay strict about the rest. */
export function withoutExtensions(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutExtensions);
  // Only mappings: a date or binary that a YAML tag made stays what it is, for the schema to name.
  if (value === null || typeof value !== 'object' || !isPlain(value)) return value;
  const result: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (key.startsWith('x-')) continue;
    // defineProperty keeps a `__proto__` key an ordinary (and so reportable) key; it is slow, so only there.
    if (key === '__proto__') {
      Object.defineProperty(result, key, {
        value: withoutExtensions(inner),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else result[key] = withoutExtensions(inner);
  }
  return result;
}
