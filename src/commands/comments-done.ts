import { shownClock, speakingThePlan, type Context } from '../cli/context.js';
import { CliError, EXIT } from '../cli/errors.js';
import { loadPlaybook } from '../cli/load-playbook.js';
import { adviceText, refusalText, statusText } from '../cli/comments/comment-words.js';
import { commentRow, itemJson } from '../cli/comments/comment-row.js';
import { incidentQueue, type QueueOptions } from '../cli/comments/incident-queue.js';
import { terminalPrompter, type Prompter } from '../cli/prompts.js';
import { answerWithin, findItem, SHORT_ID, waitingItems } from '../escalate/comment-queue.js';
import { settle, type SettleAs } from '../escalate/comment-rules.js';
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
  prompter?: () => Promise<Prompter>,
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
      waitingItems(queue).length,
    );
  if (!item && id.length < SHORT_ID) throw new CliError('comments.shortId', { id, min: SHORT_ID });
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
      for (const problem of decision.problems) log.info(`  ${adviceText(problem, t)}`);
    }
    return EXIT.findings;
  }
  for (const problem of decision.warnings) log.warn(adviceText(problem, t));
  // What the walkthrough asks before recording, asked here on a terminal; without one, --yes says it.
  for (const what of options.yes === true ? [] : decision.confirm) {
    if (!ctx.interactive) {
      log.error(t(what === 'block' ? 'comments.blockRefused' : 'comments.anywayRefused'));
      return EXIT.findings;
    }
    const message = what === 'block' ? t('comments.blockConfirm', { id: item.id }) : t('walk.comments.anyway');
    // Its choices in the plan's language, as the question: not "Yes" under "¿Anotar … como bloqueado?".
    const ask = await (prompter?.() ?? terminalPrompter(t));
    if (!(await ask.confirm({ message, default: false }))) {
      if (options.json) log.out(asJson(read, item, false));
      else log.out(t(what === 'block' ? 'comments.blockKept' : 'comments.answerKept', { id: item.id }));
      return EXIT.ok;
    }
  }
  queue.append(decision.event);
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
