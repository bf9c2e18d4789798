/** Levenshtein distance, small and allocation-light: inputs are short keys and ids. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      // Indices stay within both rows; `?? 0` only satisfies the type of an array read.
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

// Past this length a typo is no longer the likely story, and each distance costs its square.
const MAX_INPUT = 64;

/** The closest candidate when it is close enough to be a typo, as "did you mean" offers. */
export function suggest(input: string, candidates: Iterable<string>): string | undefined {
  if (input.length > MAX_INPUT) return undefined;
  const needle = input.toLowerCase();
  const limit = Math.max(1, Math.floor(needle.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    // The distance is at least the difference in length: such a candidate can never be close enough.
    if (Math.abs(candidate.length - needle.length) > limit) continue;
    const d = distance(needle, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/**
 * `suggest` for many inputs against one list: remembered per input, and with a budget of
 * comparisons, so thousands of typos against thousands of ids cost a bounded time, not their
 * product. Inputs past the budget get no suggestion; every real plan stays far below it.
 */
export function suggester(candidates: readonly string[], budget = 2_000_000): (input: string) => string | undefined {
  const answers = new Map<string, string | undefined>();
  let left = budget;
  return (input) => {
    if (answers.has(input)) return answers.get(input);
    if (left < candidates.length) return undefined;
    left -= candidates.length;
    const answer = suggest(input, candidates);
    answers.set(input, answer);
    return answer;
  };
}

/** A list of ids for a message: the first few, then how many more, so one message stays one line. */
export function shortList(ids: readonly string[], max = 20): string {
  if (ids.length === 0) return '—';
  const shown = ids.slice(0, max).join(', ');
  return ids.length > max ? `${shown}, … (+${ids.length - max})` : shown;
}
