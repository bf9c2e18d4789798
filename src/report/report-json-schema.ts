import * as z from 'zod/mini';
import { REPORT_VERSION, reportSchema } from './report-data.js';
import { reportDescriptions } from './report-fields.js';

/**
 * The JSON Schema (draft-07) of `crisis report --format json`, generated from the zod schema the
 * report's type comes from: what other tools may rely on. `crisis schema --report` prints it.
 */
export function reportJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(reportSchema, {
    target: 'draft-7',
    io: 'output',
    metadata: reportDescriptions,
    override(ctx) {
      // A later version may add fields without changing `version`: a tool reading this one ignores them.
      const schema = ctx.jsonSchema as Record<string, unknown>;
      if (schema.additionalProperties === false) delete schema.additionalProperties;
    },
  });
  return {
    ...generated,
    title: `crisis report, version ${REPORT_VERSION}`,
    description:
      'The report of one incident, as `crisis report --format json` writes it: ISO 8601 times, durations in whole minutes.',
  };
}
