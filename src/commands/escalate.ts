import { speakingThePlan, type Context } from '../cli/context.js';
import { CliError } from '../cli/errors.js';
import { handleError } from '../cli/handle-error.js';
import { loadPlaybook } from '../cli/load-playbook.js';
import { drill } from '../cli/escalate/drill.js';
import { interactive, type EscalateOptions } from '../cli/escalate/interactive.js';
import { mentionPrefill } from '../cli/watch/from-mention.js';

export async function escalate(options: EscalateOptions, ctx: Context): Promise<number> {
  if (!options.script && !ctx.interactive) throw new CliError('escalate.needsScript');
  const { file, playbook, textOf } = loadPlaybook(options.playbook, ctx, { speakThePlan: true });
  if (options.as !== undefined && !playbook.contacts.some((contact) => contact.id === options.as)) {
    throw new CliError('escalate.unknownContact', {
      id: options.as,
      known: playbook.contacts.map((contact) => contact.id).join(', '),
    });
  }
  // An unknown mention is said before anything starts.
  const prefill = mentionPrefill(options, file, ctx);
  // From here on escalate speaks the plan's language, a drill as the walkthrough, its errors included.
  const planCtx = speakingThePlan(ctx, playbook);
  try {
    const script = options.script;
    return script !== undefined
      ? await drill({ ...options, script }, planCtx, playbook, file, textOf)
      : await interactive(options, planCtx, playbook, file, textOf, undefined, undefined, prefill);
  } catch (error) {
    return handleError(error, planCtx, 'escalate');
  }
}
