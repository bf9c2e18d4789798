import type * as z from 'zod/mini';
import { isScalar, type Document } from 'yaml';
import type { MessageKey, Params, Translate } from '../i18n/index.js';
import { protoKeyPaths } from '../model/user-keys.js';
import type { Report, YamlPath } from './finding.js';
import { formatPath, knownKeys, valueAt } from './schema-paths.js';
import { suggest } from './suggest.js';

type Schema = z.ZodMiniType;

/** Stands for the root mapping in messages; translated when the finding is made. */
const TOP_LEVEL = '\u0000top';

/** A report's parameters as a person reads them: the top level named in their language. */
export function readableParams(data: Params | undefined, t: Translate): Params {
  return Object.fromEntries(
    Object.entries(data ?? {}).map(([key, value]) => [key, value === TOP_LEVEL ? t('schema.topLevel') : value]),
  );
}

/**
 * Every `__proto__` key the schema did not already report: inside a record (variables, a
 * script's steps) zod drops it without a word, so a variable or an answer would vanish.
 */
export function protoKeyReports(data: unknown, reported: readonly Report[] = []): Report[] {
  const seen = new Set(reported.flatMap((report) => ('path' in report ? [formatPath(report.path)] : [])));
  return protoKeyPaths(data)
    .filter((path) => !seen.has(formatPath(path)))
    .map((path) => ({
      path,
      on: 'key',
      messageId: 'schema.protoKey',
      data: { where: formatPath(path), parent: formatPath(path.slice(0, -1)) || TOP_LEVEL },
    }));
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  // What YAML's own tags give (`!!timestamp`, `!!binary`, and plain dates under `%YAML 1.1`).
  if (value instanceof Date) return 'date';
  if (value instanceof Uint8Array) return 'binary';
  return typeof value === 'object' ? 'object' : typeof value;
}

function show(value: unknown): string {
  if (value instanceof Date) {
    const iso = Number.isNaN(value.getTime()) ? String(value) : value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (value instanceof Uint8Array) return '!!binary';
  // YAML's own spelling of the numbers JSON has none for (JSON.stringify gives "null"): .nan, .inf.
  if (typeof value === 'number' && !Number.isFinite(value))
    return Number.isNaN(value) ? '.nan' : value > 0 ? '.inf' : '-.inf';
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

const EXPECTED: Partial<Record<string, MessageKey>> = {
  string: 'schema.expectedText',
  number: 'schema.expectedNumber',
  int: 'schema.expectedNumber',
  boolean: 'schema.expectedBoolean',
  array: 'schema.expectedList',
  object: 'schema.expectedMapping',
};

function isCatalogKey(message: string): message is MessageKey {
  return message.startsWith('schema.') || message.startsWith('script.');
}

/** A value as the file spells it (`2026-01-01`, not the date it was read as), when the document is there. */
function written(doc: Document | undefined, path: YamlPath): string | undefined {
  const node = doc?.getIn(path, true);
  return isScalar(node) ? node.source : undefined;
}

export function schemaReports(issues: z.core.$ZodIssue[], data: unknown, schema: Schema, doc?: Document): Report[] {
  const reports: Array<Extract<Report, { path: YamlPath }>> = [];
  const add = (path: YamlPath, messageId: MessageKey, data: Params = {}, on?: 'key' | 'value') =>
    reports.push({ path, on, messageId, data: { where: formatPath(path), ...data } });

  for (const issue of issues) {
    const path = issue.path as YamlPath;
    const value = valueAt(data, path);
    const key = String(path.at(-1) ?? '');
    const parent = path.slice(0, -1);
    const missing = () => add(parent, 'schema.missingKey', { key, parent: formatPath(parent) || TOP_LEVEL });
    switch (issue.code) {
      case 'unrecognized_keys': {
        const known = knownKeys(schema, path);
        const where = formatPath(path) || TOP_LEVEL;
        for (const unknown of issue.keys) {
          const suggestion = suggest(unknown, known);
          const at = [...path, unknown];
          // `key: some text: more` reads as a nested mapping: the usual cause is an unquoted colon.
          if (/\s/.test(unknown) || valueAt(data, at) === null) add(at, 'schema.colonInText', { key: unknown }, 'key');
          else if (suggestion) add(at, 'schema.unknownKeySuggest', { key: unknown, suggestion, parent: where }, 'key');
          else add(at, 'schema.unknownKey', { key: unknown, parent: where, known: known.join(', ') }, 'key');
        }
        break;
      }
      case 'invalid_type':
        if (value === undefined) missing();
        else if (issue.expected === 'string' && value instanceof Date)
          add(path, 'schema.yamlDate', { value: written(doc, path) ?? show(value) });
        else if (issue.expected === 'string' && kindOf(value) === 'object')
          add(path, 'schema.colonInText', { key: Object.keys(value as object)[0] ?? '' });
        else if (isCatalogKey(issue.message)) add(path, issue.message, { value: show(value) });
        else if (issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean'))
          add(path, 'schema.quoteIt', { value: show(value) });
        else
          add(path, EXPECTED[issue.expected] ?? 'schema.wrongType', {
            expected: issue.expected,
            received: kindOf(value),
            value: show(value),
          });
        break;
      case 'invalid_value': {
        const options = issue.values.map(String);
        const suggestion = typeof value === 'string' ? suggest(value, options) : undefined;
        // `version` absent is a missing key, not "version undefined".
        if (value === undefined) missing();
        else if (isCatalogKey(issue.message)) add(path, issue.message, { value: show(value) });
        else
          add(path, suggestion ? 'schema.oneOfSuggest' : 'schema.oneOf', {
            value: show(value),
            options: options.join(', '),
            suggestion: suggestion ?? '',
          });
        break;
      }
      case 'too_small':
        if (issue.origin === 'array') add(path, 'schema.tooFewItems', { minimum: Number(issue.minimum) });
        else if (issue.origin === 'string') add(path, 'schema.empty', {});
        else add(path, 'schema.tooSmall', { minimum: Number(issue.minimum), value: show(value) });
        break;
      case 'invalid_key':
        add(path, 'schema.variableName', { value: key }, 'key');
        break;
      default:
        if (isCatalogKey(issue.message)) add(path, issue.message, { value: show(value) });
        else add(path, 'schema.generic', { detail: issue.message });
    }
  }
  // A typo'd key shows up twice: unknown, and the key it meant as missing. Say it once.
  const suggested = new Set(
    reports
      .filter((r) => r.messageId === 'schema.unknownKeySuggest')
      .map((r) => `${formatPath(r.path.slice(0, -1))}.${r.data?.suggestion}`),
  );
  return reports.filter(
    (r) => r.messageId !== 'schema.missingKey' || !suggested.has(`${formatPath(r.path)}.${r.data?.key}`),
  );
}
