import { speakingThePlan, type Context } from '../cli/context.js';
import { CliError } from '../cli/errors.js';
import { handleError } from '../cli/handle-error.js';
import { loadPlaybook } from '../cli/load-playbook.js';
import type { EscalateOptions } from '../cli/escalate/interactive.js';

export async function escalate(options: EscalateOptions, ctx: Context): Promise<number> {
  const { file, playbook, textOf } = loadPlaybook(options.playbook, ctx, { speakThePlan: true });
  if (options.as !== undefined && !playbook.contacts.some((contact) => contact.id === options.as)) {
    throw new CliError('escalate.unknownContact', {
      id: options.as,
      known: playbook.contacts.map((contact) => contact.id).join(', '),
    });
  }
  // An unknown mention is said before anything starts. Each path loads only its own modules: a
  // drill's script reader and a mention's store stay off the way to the first interactive question.
  const prefill =
    options.fromMention === undefined
      ? []
      : (await import('../cli/watch/from-mention.js')).mentionPrefill(options, file, ctx);
  // From here on escalate speaks the plan's language, a drill as the walkthrough, its errors included.
  const planCtx = speakingThePlan(ctx, playbook);
  try {
    // Said once the plan is read, in its language, as every other refusal of escalate.
    if (!options.script && !ctx.interactive) throw new CliError('escalate.needsScript');
    if (options.script !== undefined) {
      const { drill } = await import('../cli/escalate/drill.js');
      return await drill({ ...options, script: options.script }, planCtx, playbook, file, textOf);
    }
    const { interactive } = await import('../cli/escalate/interactive.js');
    return await interactive(options, planCtx, playbook, file, textOf, undefined, undefined, prefill);
  } catch (error) {
    return handleError(error, planCtx, 'escalate');
  }
}
