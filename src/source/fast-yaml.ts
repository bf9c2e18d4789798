import { constructFromEvents, EVENT_ID, getScalarValue, parseEvents, SCALAR_STYLE, type Event } from 'js-yaml';
import { MAX_DEPTH } from './subset-yaml.js';
import { withoutExtensions } from './without-extensions.js';

/**
 * The clean path of lint (issue 11). js-yaml 5 reads a plan in about a third of the time the
 * `yaml` package takes, but keeps no positions and words its errors its own way. So it only ever
 * answers "here is the data" for YAML inside a subset where both libraries are known to agree
 * (test/property/fast-yaml.test.ts checks that on generated and mutated plans); everything else,
 * and every error, is left to `yaml` (parse-yaml.ts), which stays the one that reports.
 *
 * Outside the subset: anchors, aliases, tags, directives, several documents, a root that is not
 * a mapping, complex keys, and keys that a schema could read as something other than a string
 * (`1`, `true`, `~`), that JavaScript reserves (`__proto__`) or that YAML 1.1 merges (`<<`).
 * Also outside: a number too large for a double (js-yaml keeps it as text, yaml reads Infinity)
 * a CR not followed by LF (js-yaml breaks the line there, yaml does not), and a block scalar with
 * an indentation indicator (`|1`): on a later line of spaces only, the two keep different text.
 */

// A plain key starting so may resolve to a number, null or a boolean; quoted keys never do.
const KEY_NOT_PLAIN_STRING = /^(?:[-+.~0-9]|(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$|$)/;
// YAML limits implicit keys to 1024 characters; `yaml` reports longer ones, js-yaml may not.
const MAX_KEY_LENGTH = 1000;
// YAML 1.2 core schema numbers (as yaml resolves them), less .inf/.nan, which both read alike.
const CORE_NUMBER = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0x[0-9a-fA-F]+|0o[0-7]+)$/;
const NUMBER_START = /[-+.0-9]/;
// Anywhere on the header line: a key or comment that only looks like one is refused too, which is safe.
const INDENT_INDICATOR = /[|>][-+]?[1-9]/;
const LONE_CR = /\r(?!\n)/;

/** A plain scalar yaml reads as ±Infinity and js-yaml as a string. */
function overflows(text: string, event: Event): boolean {
  if (event.type !== EVENT_ID.SCALAR || event.style !== SCALAR_STYLE.PLAIN) return false;
  if (!NUMBER_START.test(text[event.valueStart] ?? '')) return false; // most values: text, no slice
  const value = text.slice(event.valueStart, event.valueEnd);
  return CORE_NUMBER.test(value) && !Number.isFinite(Number(value));
}

/** A block scalar whose header (the line before its content) gives an indentation indicator. */
function indentIndicator(text: string, event: Event): boolean {
  if (event.type !== EVENT_ID.SCALAR || event.style < SCALAR_STYLE.LITERAL_BLOCK) return false;
  const header = text.slice(text.lastIndexOf('\n', event.valueStart - 2) + 1, event.valueStart);
  return INDENT_INDICATOR.test(header);
}

/** The key's text when it is inside the subset; undefined otherwise. */
function keyInSubset(text: string, event: Event): string | undefined {
  if (event.type !== EVENT_ID.SCALAR || event.valueEnd - event.valueStart > MAX_KEY_LENGTH) return undefined;
  const key = getScalarValue(text, event);
  if (key === '__proto__' || key === '<<') return undefined;
  return event.style !== SCALAR_STYLE.PLAIN || !KEY_NOT_PLAIN_STRING.test(key) ? key : undefined;
}

/** Whether every event is inside the subset above, and whether an `x-` (extension) key was seen. */
function inSubset(text: string, events: readonly Event[]): { extensions: boolean } | undefined {
  let extensions = false;
  if (events[0]?.type !== EVENT_ID.DOCUMENT || events[0].directives.length > 0) return undefined;
  if (events[1]?.type !== EVENT_ID.MAPPING) return undefined;
  // For each open collection: -1 for a sequence, else how many of the mapping's nodes were read.
  const open: number[] = [];
  for (const [index, event] of events.entries()) {
    if (index === 0) continue;
    if (event.type === EVENT_ID.POP) {
      open.pop();
      // The root closed: only the document's own end may follow, not a second document.
      if (open.length === 0) return index === events.length - 2 ? { extensions } : undefined;
      continue;
    }
    if (event.type === EVENT_ID.DOCUMENT || event.type === EVENT_ID.ALIAS) return undefined;
    if (event.anchorStart !== -1 || event.tagStart !== -1) return undefined;
    if (overflows(text, event) || indentIndicator(text, event)) return undefined;
    const read = open.at(-1);
    if (read !== undefined && read >= 0) {
      if (read % 2 === 0) {
        const key = keyInSubset(text, event);
        if (key === undefined) return undefined;
        if (key.startsWith('x-')) extensions = true;
      }
      open[open.length - 1] = read + 1;
    }
    if (event.type === EVENT_ID.MAPPING) open.push(0);
    else if (event.type === EVENT_ID.SEQUENCE) open.push(-1);
  }
  return undefined;
}

/** What the fast path made of a text: its data, or a nesting deeper than any plan needs. */
export type FastRead = { data: unknown } | { tooDeep: { line: number; column: number } };

/**
 * The plan's data, `x-` keys left out, when it is inside the subset and js-yaml reads it;
 * undefined otherwise. Without any `x-` key the data is js-yaml's own: copying it made lint's
 * young heap grow past the 100 MB budget on 1,000 plans.
 */
export function fastYaml(text: string): FastRead | undefined {
  if (text.includes('\r') && LONE_CR.test(text)) return undefined;
  try {
    const events = parseEvents(text, { maxDepth: MAX_DEPTH });
    const subset = inSubset(text, events);
    if (subset === undefined) return undefined;
    const data = constructFromEvents(events, { source: text, maxAliases: 0 })[0];
    return { data: subset.extensions ? withoutExtensions(data) : data };
  } catch (error) {
    // The one error said here: where the nesting passed the limit, the same on every thread.
    const { reason, mark } = error as { reason?: string; mark?: { line: number; column: number } };
    if (mark && reason?.startsWith('nesting exceeded maxDepth'))
      return { tooDeep: { line: mark.line + 1, column: mark.column + 1 } };
    return undefined; // any other error is `yaml`'s to report, with its position and in the user's words
  }
}
