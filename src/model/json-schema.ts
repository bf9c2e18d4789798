import * as z from 'zod/mini';
import { jsonSchemaHints, playbookSchema } from './schema.js';

/**
 * The JSON Schema (draft-07, what the YAML language server reads) of a playbook, generated
 * from the same zod schema the linter uses so the editor and `crisis lint` never disagree.
 * test/unit/schema-agreement.test.ts holds them to it, with ajv, on generated plans.
 */
export function playbookJsonSchema(): Record<string, unknown> {
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
      const names = schema.propertyNames as { pattern?: string } | undefined;
      if (schema.type === 'object' && names?.pattern) {
        schema.propertyNames = { ...names, pattern: `^x-|${names.pattern}` };
        schema.patternProperties = { '^x-': {} };
      }
      // zod adds a format beside its own pattern (email, date); editors read formats their own
      // way, and the pattern is the test lint runs.
      if (typeof schema.pattern === 'string') delete schema.format;
    },
  });
  return {
    ...generated,
    title: 'crisis playbook, version 1',
    description: 'A small business social-media crisis plan, checked by `crisis lint`.',
  };
}
