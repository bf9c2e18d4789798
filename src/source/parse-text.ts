import { isMap, LineCounter, parseAllDocuments, type ScalarTag, type Tags, type YAMLError } from 'yaml';
import type { ParsedYaml } from './parsed-yaml.js';
import { withoutExtensions } from './without-extensions.js';
import type { Report } from './finding.js';
import type { MessageKey } from '../i18n/index.js';

// Far above what a real plan uses, far below what makes an alias bomb expensive.
const MAX_ALIAS_COUNT = 100;

/**
 * The bundle uses yaml's browser build (scripts/build.js), which differs from its Node build in
 * two ways a plan could show: `!!binary` decoded by atob, which refuses what Node's Buffer
 * accepts, and warnings printed with console.warn rather than process.emitWarning. Both builds
 * are made to behave alike here: Buffer decodes (the tag is one yaml knows in every schema, so
 * ours is put first), and no warning is printed (lint reports the plan's problem itself, in the
 * user's language; yaml's English warning with a process id was only noise).
 */
const BINARY = 'tag:yaml.org,2002:binary';
const binary: ScalarTag = {
  tag: BINARY,
  default: false,
  identify: (value) => value instanceof Uint8Array,
  resolve: (src: string) => Buffer.from(src, 'base64'),
};
const sameBinary = (tags: Tags): Tags => [
  binary,
  ...tags.filter((tag) => typeof tag !== 'object' || tag.tag !== BINARY),
];

const YAML_MESSAGES: Partial<Record<string, MessageKey>> = {
  DUPLICATE_KEY: 'yaml.duplicateKey',
  TAB_AS_INDENT: 'yaml.tab',
  MISSING_CHAR: 'yaml.missingChar',
  BAD_INDENT: 'yaml.badIndent',
  MULTILINE_IMPLICIT_KEY: 'yaml.badIndent',
  BLOCK_AS_IMPLICIT_KEY: 'yaml.badIndent',
  UNEXPECTED_TOKEN: 'yaml.unexpected',
  BAD_ALIAS: 'yaml.badAlias',
};

/** yaml reports an unclosed quote where the file ends; the person needs the line where it opened. */
function openingQuote(text: string, line: number): { line: number; col: number } | undefined {
  const rows = text.split('\n');
  for (let index = Math.min(line, rows.length) - 1; index >= 0; index -= 1) {
    const row = (rows[index] ?? '').replace(/\\"/g, '');
    if ((row.match(/"/g)?.length ?? 0) % 2 === 1) return { line: index + 1, col: row.lastIndexOf('"') + 1 };
  }
  return undefined;
}

function yamlReport(error: YAMLError, text: string): Report {
  let [start, end] = error.linePos ?? [{ line: 1, col: 1 }];
  const quote =
    error.code === 'MISSING_CHAR' && error.message.includes('quote') ? openingQuote(text, start.line) : undefined;
  if (quote) [start, end] = [quote, undefined];
  const detail = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? '';
  return {
    position: { line: start.line, column: start.col, endLine: end?.line, endColumn: end?.col },
    messageId:
      error.code === 'MISSING_CHAR' && detail.includes('quote')
        ? 'yaml.unclosedQuote'
        : (YAML_MESSAGES[error.code] ?? 'yaml.generic'),
    data: { detail },
  };
}

/** The reference reading, with positions and errors: `yaml`. */
export function parseText(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, {
    lineCounter,
    prettyErrors: true,
    uniqueKeys: true,
    customTags: sameBinary,
    logLevel: 'error',
  });
  if (!Array.isArray(docs)) {
    return { text, lineCounter, reports: [{ position: { line: 1, column: 1 }, messageId: 'yaml.empty' }] };
  }
  const [doc, second] = docs;
  if (second) {
    const { line, col } = lineCounter.linePos(second.range[0]);
    return {
      text,
      lineCounter,
      doc,
      reports: [{ position: { line, column: col }, messageId: 'yaml.multipleDocuments' }],
    };
  }
  if (!doc) return { text, lineCounter, reports: [{ position: { line: 1, column: 1 }, messageId: 'yaml.empty' }] };
  const errors = [...doc.errors];
  // Only the first: a missing quote or bracket makes every later error an echo of it.
  if (errors[0]) return { text, lineCounter, doc, reports: [yamlReport(errors[0], text)] };
  if (!isMap(doc.contents)) {
    const range = doc.contents?.range;
    const { line, col } = lineCounter.linePos(range?.[0] ?? 0);
    const messageId = doc.contents === null ? 'yaml.empty' : 'yaml.notMapping';
    return { text, lineCounter, doc, reports: [{ position: { line, column: col }, messageId }] };
  }
  try {
    const data = withoutExtensions(doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }));
    return { text, lineCounter, doc, data, reports: [] };
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    return { text, lineCounter, doc, reports: [{ position: { line: 1, column: 1 }, messageId: 'yaml.aliasBomb' }] };
  }
}
