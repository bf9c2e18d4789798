import * as z from 'zod/mini';
import { REPORT_VERSION, reportDescriptions, reportSchema } from './report-data.js';

/**
 * The JSON Schema (draft-07) of `crisis report --format json`, generated from the zod schema the
 * report's type comes from: what other tools may rely on. `crisis schema --report` prints it.
 */
export function reportJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(reportSchema, {
    target: 'draft-7',
    io: 'output',
    metadata: reportDescriptions,
  });
  return {
    ...generated,
    title: `crisis report, version ${REPORT_VERSION}`,
    description:
      'The report of one incident, as `crisis report --format json` writes it: ISO 8601 times, durations in whole minutes.',
  };
}
