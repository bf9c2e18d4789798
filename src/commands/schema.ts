import type { Context } from '../cli/context.js';
import { playbookJsonSchema } from '../model/json-schema.js';

export async function schema(_options: unknown, ctx: Context): Promise<number> {
  ctx.log.out(JSON.stringify(playbookJsonSchema(ctx.t), null, 2));
  return 0;
}
