import { shownClock, speakingThePlan, type Context } from '../cli/context.js';
import { CliError, EXIT } from '../cli/errors.js';
import { loadPlaybook } from '../cli/load-playbook.js';
import { refusalText, statusText } from '../cli/comments/comment-words.js';
import { commentRow, itemJson, waitingIn } from '../cli/comments/comment-row.js';
import { incidentQueue, type QueueOptions } from '../cli/comments/incident-queue.js';
import { terminalPrompter, type Prompter } from '../cli/prompts.js';
import { answerWithin, findItem } from '../escalate/comment-queue.js';
import { adviceOf, settle, type SettleAs } from '../escalate/comment-rules.js';
import { incidentFields } from '../escalate/incident-fields.js';
import { dictionary } from '../model/user-keys.js';
import { parseVars } from '../cli/option-values.js';

interface DoneOptions extends QueueOptions {
  json?: boolean;
  answered?: SettleAs;
  reason?: string;
  response?: string;
  text?: string;
  channel?: string;
  var?: string[];
  yes?: boolean;
}

/**
 * Records what a person did with a comment, under the walkthrough's rules (comment-rules.ts): a
 * rule refused, or an answer failing a check, is exit 1 with the reason and what to do instead.
 */
export async function commentDone(
  id: string,
  options: DoneOptions,
  shell: Context,
  now = new Date(),
  prompter: () => Promise<Prompter> = () => terminalPrompter(shell.t),
): Promise<number> {
  const { playbook, incident, queue, textOf, ctx } = incidentQueue(options, shell);
  const { log, t } = ctx;
  if (options.answered === undefined) throw new CliError('comments.needAnswered');
  if (incident.state.closed) log.warn(t('comments.closedIncident', { incident: incident.state.id }));
  const read = queue.read(incident.state);
  const item = findItem(read, id);
  const asJson = (queue: typeof read, shown: NonNullable<typeof item>, changed: boolean) =>
    itemJson(
      incident.state.id,
      changed,
      commentRow(shown, answerWithin(playbook, incident.state), now),
      waitingIn(queue),
    );
  if (!item) throw new CliError('comments.unknown', { id, incident: incident.state.id });
  const vars = dictionary([...incident.state.vars, ...Object.entries(parseVars(options.var))]);
  const decision = settle(
    playbook,
    read,
    item,
    {
      as: (options.answered as string) === 'delete' ? 'deleted' : options.answered,
      reason: options.reason,
      response: options.response,
      text: options.text,
      channel: options.channel,
    },
    { templateText: textOf, incident: incidentFields(incident.state), vars },
    now.toISOString(),
  );
  if (!decision.ok) {
    if ('refusal' in decision) log.error(refusalText(decision.refusal, t, shownClock(ctx, playbook.brand)));
    else {
      log.error(t('comments.checkFailed'));
      for (const problem of decision.problems) log.info(`  ${refusalText(adviceOf(problem), t)} (${problem.ruleId})`);
    }
    return EXIT.findings;
  }
  if (decision.event.state === 'blocked' && options.yes !== true) {
    // Said like the other refusals of a rule, in the plan's language, not the shell's.
    if (!ctx.interactive) {
      log.error(t('comments.blockRefused'));
      return EXIT.findings;
    }
    const sure = await (
      await prompter()
    ).confirm({ message: t('comments.blockConfirm', { id: item.id }), default: false });
    if (!sure) {
      if (options.json) log.out(asJson(read, item, false));
      else log.out(t('comments.blockKept', { id: item.id }));
      return EXIT.ok;
    }
  }
  queue.append(decision.event);
  for (const problem of decision.warnings)
    log.warn(t('comments.warning', { advice: refusalText(adviceOf(problem), t) }));
  const after = queue.read(incident.state);
  const settled = after.byId.get(item.id);
  if (options.json && settled) log.out(asJson(after, settled, true));
  else log.out(t('comments.settled', { id: item.id, status: statusText(decision.event.state, t) }));
  return EXIT.ok;
}

/**
 * Deleting is no state: the answer is why not, and what to do instead (exit 1), in the plan's
 * language like the refusals of `done`, which the plan is read for.
 */
export async function commentDelete(_id: string | undefined, options: QueueOptions, shell: Context): Promise<number> {
  const { playbook } = loadPlaybook(options.playbook, shell, { speakThePlan: true });
  const { log, t } = speakingThePlan(shell, playbook);
  log.error(t('comments.rule.delete'));
  return EXIT.findings;
}
