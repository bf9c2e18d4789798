import type { Document, LineCounter } from 'yaml';
import { reference } from './reference.js';
import { MAX_DEPTH, readSubset } from './subset-yaml.js';
import type { Report } from './finding.js';

/**
 * A plan's text read as YAML: the data, and what positions findings. Three readers, fastest
 * first: the subset reader (subset-yaml.ts), js-yaml behind a guard (fast-yaml.ts), and `yaml`
 * (parse-text.ts), which reports every error and gives every line and column.
 */
export interface ParsedYaml {
  text: string;
  lineCounter: LineCounter;
  doc?: Document.Parsed;
  /** The plain data, with `x-` extension keys removed; undefined when the YAML is unusable. */
  data?: unknown;
  reports: Report[];
}

function decode(bytes: Uint8Array): string | undefined {
  if (bytes.includes(0)) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** A file that holds no YAML to speak of: one report, and no document to position anything else in. */
function unread(text: string, report: Report): ParsedYaml {
  return { text, lineCounter: reference().lineCounter(), reports: [report] };
}

export function parseYaml(bytes: Uint8Array): ParsedYaml {
  const text = decode(bytes);
  const start = { line: 1, column: 1 };
  if (text === undefined) return unread('', { position: start, messageId: 'yaml.binary' });
  if (text.trim() === '') return unread(text, { position: start, messageId: 'yaml.empty' });
  // Most plans: the subset reader alone, and `yaml` and js-yaml are never loaded (reference.ts).
  const fast = readSubset(text) ?? reference().fastYaml(text);
  if (fast === undefined) return reference().parseText(text);
  if ('data' in fast) return positionsLater(text, fast.data);
  return unread(text, { position: fast.tooDeep, messageId: 'yaml.tooDeep', data: { max: MAX_DEPTH } });
}

/**
 * The fast path's data; `yaml`'s document and line counter, which only positions need, are made
 * the first time a finding asks for one. Most plans in CI have no finding, so they never are.
 */
function positionsLater(text: string, data: unknown): ParsedYaml {
  let full: ParsedYaml | undefined;
  const parsed = () => (full ??= reference().parseText(text));
  return {
    text,
    data,
    reports: [],
    get doc() {
      return parsed().doc;
    },
    get lineCounter() {
      return parsed().lineCounter;
    },
  };
}
