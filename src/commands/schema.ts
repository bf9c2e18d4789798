import type { Context } from '../cli/context.js';
import { playbookJsonSchema } from '../model/json-schema.js';
import { reportJsonSchema } from '../report/report-data.js';

/** The JSON Schema of the playbook, or with `--report` of the JSON report; both ship in schema/. */
export async function schema(options: { report?: boolean }, ctx: Context): Promise<number> {
  ctx.log.out(JSON.stringify(options.report ? reportJsonSchema() : playbookJsonSchema(ctx.t), null, 2));
  return 0;
}
