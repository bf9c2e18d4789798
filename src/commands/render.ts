import type { Context } from '../cli/context.js';
import { CliError, EXIT } from '../cli/errors.js';
import { loadPlaybook } from '../cli/load-playbook.js';
import { suggest } from '../source/suggest.js';
import { printable } from '../model/control-chars.js';
import { messageLength } from '../messages/check-message.js';
import { messageTargets, sampleIncident, TEAM_CHANNEL } from '../messages/render-context.js';
import { renderMessage, variableGaps } from '../messages/render-response.js';
import { planIndex } from '../model/plan-index.js';
import { parseVars } from '../cli/option-values.js';

interface RenderOptions {
  var?: string[];
  channel?: string;
  playbook?: string;
}

/** Renders one pre-approved response outside an incident, with every check escalate applies. */
export async function render(responseId: string, options: RenderOptions, ctx: Context): Promise<number> {
  const { log, t } = ctx;
  const vars = parseVars(options.var);
  // The plan's errors are shown as lint shows them, but they are no finding of render's own checks:
  // with them render could not run, which is exit 2 (1 is a message that fails a check).
  const { playbook, textOf } = loadPlaybook(options.playbook, ctx, { errorsExit: EXIT.usage });

  const response = planIndex(playbook).responses.get(responseId);
  const known = playbook.responses.map((entry) => entry.id);
  if (!response)
    throw new CliError('render.unknownResponse', {
      id: responseId,
      suggestion: suggest(responseId, known) ?? known.join(', '),
    });
  const { missing, unknown } = variableGaps(response, vars);
  if (unknown.length > 0)
    throw new CliError('render.unknownVar', {
      names: unknown.join(', '),
      id: response.id,
      declared: Object.keys(response.variables).join(', ') || '—',
    });
  if (missing.length > 0) {
    const flags = missing.map((name) => `--var ${name}=… (${response.variables[name]!.description})`).join(', ');
    throw new CliError('render.missingVar', { id: response.id, flags });
  }

  // Every channel escalate may publish it on (its own, its steps'), or the team for a notice.
  const targets = messageTargets(response, playbook);
  const channels = targets.filter((channel) => options.channel === undefined || channel.id === options.channel);
  if (options.channel !== undefined && channels.length === 0)
    throw new CliError('render.channelNotAllowed', {
      channel: options.channel,
      id: response.id,
      channels: targets.map((c) => c.id).join(', ') || '—',
    });

  const text = textOf(response);
  const incident = sampleIncident(response.levels?.[0] ?? playbook.levels[0]!.id);
  let failed = false;
  for (const channel of channels) {
    const message = renderMessage(playbook, response, text, channel, incident, vars);
    if (channels.length > 1 || options.channel === undefined) {
      const length = messageLength(message.text);
      log.out(
        log.color.dim(
          `── ${channel === TEAM_CHANNEL ? t('render.internal') : printable(channel.name)} · ${channel.max_length ? `${length}/${channel.max_length}` : length} ──`,
        ),
      );
    }
    // Verbatim, to copy, but for control characters (a --var may carry them): written out, and refused by the checks.
    log.out(printable(message.text, { lines: true }));
    for (const problem of message.problems) {
      failed = true;
      log.error(`${channel.id}: ${t(problem.messageId, { ...problem.data, id: response.id })} (${problem.ruleId})`);
    }
  }
  return failed ? EXIT.findings : EXIT.ok;
}
