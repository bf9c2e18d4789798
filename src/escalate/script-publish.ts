import { needsIncidentLink } from './incident-fields.js';
import { scriptKey } from './draft-keys.js';
import type { Channel, Playbook, Response, Step } from '../model/schema.js';
import { WARNING_CHECKS } from '../messages/check-message.js';
import { allowsPrivateMessages } from '../messages/private-channels.js';
import { stepChannels, type IncidentFields } from '../messages/render-context.js';
import { renderMessage, variableGaps } from '../messages/render-response.js';
import type { Audience, EventOf } from './events.js';
import { own, ScriptStop } from './script.js';

/**
 * Where an internal notice goes: the team, not one of the brand's channels. Long, with no
 * length limit, so the checks that only make sense for a network (length, apology links) pass.
 */
export const TEAM_CHANNEL: Channel = { id: 'team', name: 'Team', format: 'long' };

// Checks that --allow-warnings lets through; the others are errors in lint too.

export interface Targets {
  audience?: Audience;
  channels: Channel[];
}

/** Who a step's response reaches: the team, one person on a network that takes private messages, or the public. */
export function scriptTargets(playbook: Playbook, step: Step, response: Response): Targets {
  if (response.kind === 'internal') return { audience: 'internal', channels: [TEAM_CHANNEL] };
  const channels = stepChannels(step, response, playbook);
  if (response.kind === 'private-reply')
    return { audience: 'private', channels: channels.filter(allowsPrivateMessages) };
  return { channels };
}

export interface PublishInput {
  playbook: Playbook;
  step: Step;
  response: Response;
  templateText: string;
  incident: IncidentFields;
  /** The step's answers in the script: its variables, and the URL of each post by channel id. */
  vars: Record<string, string>;
  published: Record<string, string>;
  at: string;
  allowWarnings: boolean;
  /** The script key of these answers, for messages: `steps.<id>` by default, `events[2].update` for an update. */
  key?: string;
}

/**
 * The messages of a step done in a drill, each rendered and checked as in the interactive
 * session. A generator, so a message recorded before a failing one stays in the journal.
 */
export function* scriptMessages(input: PublishInput): Generator<EventOf<'published'>> {
  const { playbook, step, response } = input;
  const key = input.key ?? scriptKey.step(step.id);
  const { missing, unknown } = variableGaps(response, input.vars);
  if (missing[0] !== undefined)
    throw new ScriptStop('script.missing', {
      key: scriptKey.variable(key, missing[0]),
      value: ` (${response.variables[missing[0]]!.description})`,
    });
  if (unknown[0] !== undefined)
    throw new ScriptStop('script.unknownVar', {
      key: scriptKey.variable(key, unknown[0]),
      value: Object.keys(response.variables).join(', '),
    });
  if (!input.incident.link && needsIncidentLink(input.templateText))
    throw new ScriptStop('script.missing', { key: scriptKey.incidentLink, value: '' });
  const { audience, channels } = scriptTargets(playbook, step, response);
  // A post on a channel the message never goes to would be recorded as nothing at all.
  const reach = audience === 'internal' ? [] : channels.map((channel) => channel.id);
  const stray = Object.keys(input.published).find((id) => !reach.includes(id));
  if (stray !== undefined)
    throw new ScriptStop('script.notOnChannel', {
      key: scriptKey.published(key, stray),
      value: stray,
      response: response.id,
      known: reach.join(', ') || '—',
    });
  for (const channel of channels) {
    const message = renderMessage(playbook, response, input.templateText, channel, input.incident, input.vars);
    const blocking = message.problems.find((problem) => !(input.allowWarnings && WARNING_CHECKS.has(problem.ruleId)));
    if (blocking)
      throw new ScriptStop('script.checkFailed', { key, value: channel.id, response: response.id }, blocking);
    // A post is recorded only where the script gives its URL key; the team is told whenever the step is done.
    const url = audience === 'internal' ? '' : own(input.published, channel.id);
    if (url === undefined) continue;
    yield {
      type: 'published',
      at: input.at,
      step: step.id,
      response: response.id,
      channel: channel.id,
      text: message.text,
      url: url || undefined,
      edited: false,
      ...(audience && { audience }),
    };
  }
}
