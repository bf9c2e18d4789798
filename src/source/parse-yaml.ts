import { Composer, isMap, LineCounter, Parser, type Document, type YAMLError } from 'yaml';
import type { Position, Report } from './finding.js';
import type { MessageKey } from '../i18n/index.js';
import { bombAlias, documentProblem, MAX_DEPTH, tooDeep } from './yaml-checks.js';
import { rangePosition } from './locate.js';
import { withoutExtensions } from './without-extensions.js';

/** A plan's text read as YAML: the data, and the document and line counter that position findings. */
export interface ParsedYaml {
  text: string;
  lineCounter: LineCounter;
  doc?: Document.Parsed;
  /** The plain data, with `x-` extension keys removed; undefined when the YAML is unusable. */
  data?: unknown;
  reports: Report[];
}

// Far above what a real plan uses, far below what makes an alias bomb expensive.
const MAX_ALIAS_COUNT = 100;

const OPTIONS = {
  // Checked in one pass by documentProblem: yaml's own check is quadratic in a mapping's keys.
  uniqueKeys: false,
  // Lint reports the plan's problems itself, in the user's language: yaml's English warning is noise.
  logLevel: 'error',
} as const;

// yaml's own reasons are English: the codes users hit get a sentence of the catalog, in their
// language; only an unknown code keeps yaml's reason (yaml.generic).
const YAML_MESSAGES: Partial<Record<string, MessageKey>> = {
  TAB_AS_INDENT: 'yaml.tab',
  MISSING_CHAR: 'yaml.missingChar',
  BAD_INDENT: 'yaml.badIndent',
  MULTILINE_IMPLICIT_KEY: 'yaml.implicitKey',
  BLOCK_AS_IMPLICIT_KEY: 'yaml.nestedColon',
  UNEXPECTED_TOKEN: 'yaml.unexpected',
  BAD_SCALAR_START: 'yaml.reservedStart',
  BAD_DQ_ESCAPE: 'yaml.badEscape',
  BLOCK_IN_FLOW: 'yaml.blockInFlow',
  BAD_ALIAS: 'yaml.badProperty',
  MULTIPLE_ANCHORS: 'yaml.badProperty',
  MULTIPLE_TAGS: 'yaml.badProperty',
};

/** The bytes as UTF-8 text, or undefined when they are not text (invalid UTF-8, or a NUL byte). */
export function decodeText(bytes: Uint8Array): string | undefined {
  if (bytes.includes(0)) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** yaml reports an unclosed quote where the file ends; the person needs the line where it opened. */
function openingQuote(text: string, line: number): Position | undefined {
  const rows = text.split('\n');
  for (let index = Math.min(line, rows.length) - 1; index >= 0; index -= 1) {
    const row = (rows[index] ?? '').replace(/\\"/g, '');
    if ((row.match(/"/g)?.length ?? 0) % 2 === 1) return { line: index + 1, column: row.lastIndexOf('"') + 1 };
  }
  return undefined;
}

function yamlReport(error: YAMLError, text: string, lineCounter: LineCounter): Report {
  const position = rangePosition(lineCounter, error.pos[0], error.pos[1]);
  const detail = error.message.split('\n')[0] ?? '';
  if (error.code === 'MISSING_CHAR' && detail.includes('quote')) {
    const { line, column } = position;
    return { position: openingQuote(text, line) ?? { line, column }, messageId: 'yaml.unclosedQuote' };
  }
  if (error.code === 'TAG_RESOLVE_FAILED')
    return { position, messageId: 'yaml.unknownTag', data: { tag: text.slice(error.pos[0], error.pos[1]) } };
  const messageId = YAML_MESSAGES[error.code];
  return messageId ? { position, messageId } : { position, messageId: 'yaml.generic', data: { detail } };
}

/** A plan's text, read once by `yaml`: the data, the document and the line counter that position findings. */
export function parseYaml(bytes: Uint8Array): ParsedYaml {
  const lineCounter = new LineCounter();
  const text = decodeText(bytes);
  const start = { line: 1, column: 1 };
  const read = (reports: Report[], doc?: Document.Parsed, data?: unknown): ParsedYaml => ({
    text: text ?? '',
    lineCounter,
    doc,
    data,
    reports,
  });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  if (text === undefined) return read([{ position: start, messageId: 'yaml.binary' }]);
  const tokens = [...new Parser(lineCounter.addNewLine).parse(text)];
  const deep = tooDeep(tokens);
  if (deep !== undefined) return read([{ position: at(deep), messageId: 'yaml.tooDeep', data: { max: MAX_DEPTH } }]);
  const [doc, second] = new Composer(OPTIONS).compose(tokens);
  if (!doc) return read([{ position: start, messageId: 'yaml.empty' }]);
  if (second) return read([{ position: at(second.range[0]), messageId: 'yaml.multipleDocuments' }], doc);
  // Only the first error: a missing quote or bracket makes every later error an echo of it. A tag
  // yaml does not know (`!!python/object`, `!foo`) is only its warning, and its value read as text.
  const error = doc.errors[0] ?? doc.warnings.find((warning) => warning.code === 'TAG_RESOLVE_FAILED');
  if (error) return read([yamlReport(error, text, lineCounter)], doc);
  if (doc.contents === null) return read([{ position: start, messageId: 'yaml.empty' }], doc);
  if (!isMap(doc.contents)) return read([{ position: at(doc.contents.range[0]), messageId: 'yaml.notMapping' }], doc);
  const problem = documentProblem(doc, lineCounter);
  if (problem) return read([problem], doc);
  try {
    return read([], doc, withoutExtensions(doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })));
  } catch (error) {
    // Every alias has its anchor (documentProblem): what toJS refuses is an alias bomb.
    if (!(error instanceof ReferenceError)) throw error;
    const [from, to] = bombAlias(doc, MAX_ALIAS_COUNT)?.range ?? [0, 0];
    return read([{ position: rangePosition(lineCounter, from, to), messageId: 'yaml.aliasBomb' }], doc);
  }
}
