import * as z from 'zod/mini';
import { playbookSchema } from './schema.js';

/**
 * The JSON Schema (draft-07, what the YAML language server reads) of a playbook, generated
 * from the same zod schema the linter uses so the editor and `crisis lint` never disagree.
 */
export function playbookJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(playbookSchema, {
    target: 'draft-7',
    io: 'input',
    unrepresentable: 'any',
    override(ctx) {
      const schema = ctx.jsonSchema as Record<string, unknown>;
      // Extension keys (`x-…`) are allowed anywhere; say so to the editor too.
      if (schema.type === 'object' && schema.additionalProperties === false) {
        schema.patternProperties = { '^x-': {} };
      }
    },
  });
  return {
    ...generated,
    title: 'crisis playbook, version 1',
    description: 'A small business social-media crisis plan, checked by `crisis lint`.',
  };
}
