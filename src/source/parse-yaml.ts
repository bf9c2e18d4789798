import { reference } from './reference.js';
import { MAX_DEPTH, readSubset } from './subset-yaml.js';
import type { Report } from './finding.js';
import type { ParsedYaml } from './parsed-yaml.js';

export type { ParsedYaml } from './parsed-yaml.js';

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
    withoutProtoKeys: true,
    reports: [],
    get doc() {
      return parsed().doc;
    },
    get lineCounter() {
      return parsed().lineCounter;
    },
  };
}
