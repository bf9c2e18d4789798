import * as z from 'zod/mini';
import { translator, type MessageKey, type Translate } from '../i18n/index.js';
import { DURATION_JSON_PATTERN } from './duration.js';
import { HTTP_URL } from './http-url.js';
import { HASHTAG, jsonSchemaHints, PHONE, playbookSchema, SLUG, VARIABLE_NAME } from './schema.js';

// An editor shows a refused pattern as the raw expression (`String does not match the pattern of
// "^(?=\d)…"`) unless the schema gives a sentence: the YAML language server (through VS Code's JSON
// service) reads `patternErrorMessage`. Each pattern the plan format uses has one, by its text;
// zod's own patterns (email, date) by the format zod writes beside them.
const PATTERN_MESSAGES = new Map<string, MessageKey>([
  ['\\S', 'jsonSchema.empty'],
  [SLUG.source, 'jsonSchema.slug'],
  [DURATION_JSON_PATTERN, 'jsonSchema.duration'],
  [HTTP_URL.source, 'jsonSchema.url'],
  [PHONE.source, 'jsonSchema.phone'],
  [HASHTAG.source, 'jsonSchema.hashtag'],
  [VARIABLE_NAME.source, 'jsonSchema.variableName'],
]);
const FORMAT_MESSAGES = new Map<string, MessageKey>([
  ['email', 'jsonSchema.email'],
  ['date', 'jsonSchema.date'],
]);

/** The sentence for a pattern; a pattern with none fails the generation, so a test catches a new one. */
function patternMessage(schema: { pattern: string; format?: unknown }, t: Translate): string {
  const key = PATTERN_MESSAGES.get(schema.pattern) ?? FORMAT_MESSAGES.get(String(schema.format));
  if (!key) throw new Error(`json-schema.ts: no patternErrorMessage for the pattern ${schema.pattern}`);
  return t(key);
}

/**
 * The JSON Schema (draft-07, what the YAML language server reads) of a playbook, generated
 * from the same zod schema the linter uses so the editor and `crisis lint` never disagree.
 * test/unit/schema-agreement.test.ts holds them to it, with ajv, on generated plans. In English
 * unless told otherwise, like the descriptions and the keys.
 */
export function playbookJsonSchema(t: Translate = translator('en')): Record<string, unknown> {
  const generated = z.toJSONSchema(playbookSchema, {
    target: 'draft-7',
    io: 'input',
    unrepresentable: 'any',
    metadata: jsonSchemaHints,
    override(ctx) {
      const schema = ctx.jsonSchema as Record<string, unknown>;
      // Extension keys (`x-…`) are allowed anywhere; say so to the editor too: in a mapping of
      // fixed keys, and in one of names (`variables`), whose names must otherwise be identifiers.
      if (schema.type === 'object' && schema.additionalProperties === false) {
        schema.patternProperties = { '^x-': {} };
      }
      const names = schema.propertyNames as { pattern?: string; patternErrorMessage?: string } | undefined;
      if (schema.type === 'object' && names?.pattern && !names.pattern.startsWith('^x-|')) {
        const patternErrorMessage = names.patternErrorMessage ?? patternMessage({ pattern: names.pattern }, t);
        schema.propertyNames = { ...names, pattern: `^x-|${names.pattern}`, patternErrorMessage };
        schema.patternProperties = { '^x-': {} };
      }
      if (typeof schema.pattern === 'string') {
        // The override can meet one node twice (a described copy of a shared schema): the first visit decides.
        schema.patternErrorMessage ??= patternMessage(schema as { pattern: string }, t);
        // zod adds a format beside its own pattern (email, date); editors read formats their own
        // way, and the pattern is the test lint runs.
        delete schema.format;
      }
    },
  });
  return {
    ...generated,
    title: 'crisis playbook, version 1',
    description: 'A small business social-media crisis plan, checked by `crisis lint`.',
  };
}
