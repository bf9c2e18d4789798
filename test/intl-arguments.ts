// What reaches Intl, measured without a clock: Intl reads whatever it is given, so a value that
// must never reach it (a 400 KB time zone took 7 s to refuse) is checked by the length of the
// strings Intl and the locale-aware built-ins were handed while `work` ran.

const INTL = [
  'DateTimeFormat',
  'NumberFormat',
  'Collator',
  'Locale',
  'PluralRules',
  'RelativeTimeFormat',
  'ListFormat',
  'DisplayNames',
  'Segmenter',
  'getCanonicalLocales',
  'supportedValuesOf',
] as const;
const LOCALE_AWARE: Array<[object, string]> = [
  [Date.prototype, 'toLocaleString'],
  [Date.prototype, 'toLocaleDateString'],
  [Date.prototype, 'toLocaleTimeString'],
  [Number.prototype, 'toLocaleString'],
  [String.prototype, 'localeCompare'],
];

/** The length of the longest string (also inside arrays and option objects) given to Intl while `work` ran. */
export function longestIntlArgument(work: () => void): number {
  let longest = 0;
  const measure = (value: unknown): void => {
    if (typeof value === 'string') longest = Math.max(longest, value.length);
    else if (Array.isArray(value)) value.forEach(measure);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(measure);
  };
  const watch = <T extends object>(target: T): T =>
    new Proxy(target, {
      construct: (original, args, newTarget) => (
        args.forEach(measure),
        Reflect.construct(original as never, args, newTarget)
      ),
      apply: (original, self, args) => (args.forEach(measure), Reflect.apply(original as never, self, args)),
    });
  const restore: Array<() => void> = [];
  const replace = (owner: object, name: string) => {
    const original = Reflect.get(owner, name) as object | undefined;
    if (typeof original !== 'function') return;
    Object.defineProperty(owner, name, { value: watch(original), configurable: true, writable: true });
    restore.push(() => Object.defineProperty(owner, name, { value: original, configurable: true, writable: true }));
  };
  for (const name of INTL) replace(Intl, name);
  for (const [owner, name] of LOCALE_AWARE) replace(owner, name);
  try {
    work();
  } finally {
    restore.reverse().forEach((undo) => undo());
  }
  return longest;
}
