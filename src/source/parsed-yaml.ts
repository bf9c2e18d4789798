import type { Document, LineCounter } from 'yaml';
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
  /** Read by a fast reader, which leaves any `__proto__` key to `yaml`: none is in `data`. */
  withoutProtoKeys?: boolean;
  reports: Report[];
}
