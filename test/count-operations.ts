// Work measured without a clock: while `work` runs, the built-in methods that walk a collection
// or copy a string count what they touch (each callback call, each element or character). Work
// that grows with the square of its input shows as a count that does, on any machine, however
// loaded. Upper bounds: an array's `indexOf` that stops early still counts the whole array.

type AnyFunction = (this: unknown, ...args: unknown[]) => unknown;

const BY_CALLBACK = {
  array: [
    'find',
    'findLast',
    'findIndex',
    'findLastIndex',
    'filter',
    'some',
    'every',
    'map',
    'forEach',
    'flatMap',
    'reduce',
    'reduceRight',
    'sort',
    'toSorted',
  ],
} as const;
const BY_LENGTH = {
  array: ['includes', 'indexOf', 'lastIndexOf', 'concat', 'join', 'splice', 'keys', 'values', 'entries'],
  string: ['split', 'replace', 'replaceAll', 'lastIndexOf', 'includes', 'trim', 'match', 'matchAll'],
} as const;
// What they copy: the first 20 of 64k ids cost 20.
const BY_RESULT = { string: ['slice', 'substring', 'substr'], array: ['slice'] } as const;
const BY_SIZE = ['forEach', 'keys', 'values', 'entries'] as const;

export function countOperations(work: () => void): number {
  let count = 0;
  const restore: Array<() => void> = [];
  const patch = (target: object, name: PropertyKey, wrap: (original: AnyFunction) => AnyFunction) => {
    const original = Reflect.get(target, name) as AnyFunction;
    Object.defineProperty(target, name, { value: wrap(original), configurable: true, writable: true });
    restore.push(() => Object.defineProperty(target, name, { value: original, configurable: true, writable: true }));
  };
  const length = (value: unknown) => (value as { length?: number } | null)?.length ?? 0;
  const size = (value: unknown) => (value as { size?: number }).size ?? 0;
  // Counts what the call walks, measured on the value it is called on, then calls it.
  const walking =
    (measure: (value: unknown) => number) =>
    (original: AnyFunction): AnyFunction =>
      function (this: unknown, ...args: unknown[]) {
        count += measure(this);
        return original.apply(this, args);
      };

  for (const name of BY_CALLBACK.array)
    patch(
      Array.prototype,
      name,
      (original) =>
        function (this: unknown, ...args: unknown[]) {
          const callback = args[0];
          // sort() without a comparator, still n log n: counted by its length.
          if (typeof callback !== 'function') count += length(this);
          else
            args[0] = function (this: unknown, ...inner: unknown[]) {
              count += 1;
              return (callback as AnyFunction).apply(this, inner);
            };
          return original.apply(this, args);
        },
    );
  for (const name of [...BY_LENGTH.array, Symbol.iterator]) patch(Array.prototype, name, walking(length));
  for (const name of BY_LENGTH.string) patch(String.prototype, name, walking(length));
  // A string's indexOf counts what it scans, from where it starts to where it stops: a reader
  // that moves along a line with it is linear, one that searches from the start again is not.
  patch(
    String.prototype,
    'indexOf',
    (original) =>
      function (this: unknown, ...args: unknown[]) {
        const result = original.apply(this, args) as number;
        const from = Math.max(0, Math.min(Number(args[1] ?? 0) || 0, length(this)));
        count += result < 0 ? length(this) - from : result - from + length(args[0]);
        return result;
      },
  );
  for (const [prototype, name] of [
    ...BY_RESULT.string.map((name) => [String.prototype, name] as const),
    ...BY_RESULT.array.map((name) => [Array.prototype, name] as const),
  ])
    patch(
      prototype,
      name,
      (original) =>
        function (this: unknown, ...args: unknown[]) {
          const result = original.apply(this, args);
          count += length(result);
          return result;
        },
    );
  for (const prototype of [Map.prototype, Set.prototype])
    for (const name of [...BY_SIZE, Symbol.iterator]) patch(prototype, name, walking(size));
  for (const name of ['keys', 'values', 'entries'] as const)
    patch(
      Object,
      name,
      (original) =>
        function (this: unknown, ...args: unknown[]) {
          const result = original.apply(this, args);
          count += length(result);
          return result;
        },
    );
  patch(
    JSON,
    'parse',
    (original) =>
      function (this: unknown, ...args: unknown[]) {
        count += length(args[0]);
        return original.apply(this, args);
      },
  );
  try {
    work();
  } finally {
    for (let index = restore.length - 1; index >= 0; index -= 1) restore[index]!();
  }
  return count;
}

/**
 * What going from n to 8n adds, over what going from n to 2n adds: 7 when the work is linear
 * (under 8 with a sort), 21 when each item costs a pass over the others. Comparing what a size
 * more adds cancels out what a run does once; a first, uncounted run fills caches.
 */
export function growth(run: (size: number) => void, n: number): number {
  run(n);
  const [one, two, eight] = [n, 2 * n, 8 * n].map((size) => countOperations(() => run(size)));
  return (eight! - one!) / (two! - one!);
}
