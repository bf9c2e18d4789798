import { incidentFields, needsIncidentLink } from './incident-fields.js';
import { readLinks } from '../model/typed-link.js';
import { stepDraft } from './draft-keys.js';
import type { Channel, Playbook, Response, Step } from '../model/schema.js';
import { allowsPrivateMessages } from '../messages/private-channels.js';
import { stepChannels, TEAM_CHANNEL } from '../messages/render-context.js';
import type { Audience } from './events.js';
import type { IncidentState } from './replay.js';
import { planIndex } from '../model/plan-index.js';
import { urlHost } from '../model/url-host.js';

// A step's questions, chosen here and only asked by the shell: the same answers journaled as
// drafts (`vars.<step>.<name>`, `private.<step>`, `message.<step>.<channel>`, `text.<…>`,
// `links.<step>`) make a resumed step continue at its next unanswered question.

export type StepQuestion =
  /** A step with no message: done, skipped or later. */
  | { kind: 'status' }
  | { kind: 'var'; name: string; description: string; example?: string; default?: string }
  /** A private reply goes out on one channel with private messages: which one. */
  | { kind: 'private-channel'; channels: string[]; default?: string }
  /** The message for one channel: rendered, checked, then published, edited, copied or left out. */
  | { kind: 'message'; channel: Channel; audience: 'public' | Audience; edited?: string }
  /** The links of the posts this step just published. */
  | { kind: 'links'; channels: string[] }
  /** Nothing left to ask: the step is done when something went out, otherwise the operator says. */
  | { kind: 'finish'; sent: boolean }
  /** A private reply with no channel that carries private messages. */
  | { kind: 'no-private-channel' }
  /** The message links the post that started the incident, and the incident has no link yet. */
  | { kind: 'incident-link' };

export function audienceOfResponse(response: Response): 'public' | Audience {
  return response.kind === 'private-reply' ? 'private' : response.kind === 'internal' ? 'internal' : 'public';
}

/** The channels this step's message goes to: the team for an internal notice, one chosen channel for a private reply. */
export function messageChannels(playbook: Playbook, state: IncidentState, step: Step, response: Response): Channel[] {
  const audience = audienceOfResponse(response);
  if (audience === 'internal') return [TEAM_CHANNEL];
  const channels = stepChannels(step, response, playbook);
  if (audience === 'public') return channels;
  const chosen = state.drafts.get(stepDraft.privateChannel(step.id));
  return channels.filter(
    (channel) => allowsPrivateMessages(channel) && (chosen === undefined || channel.id === chosen),
  );
}

function sentOn(state: IncidentState, step: Step): Map<string, { url?: string; audience: string }> {
  const sent = new Map<string, { url?: string; audience: string }>();
  for (const post of state.published)
    if (post.step === step.id) sent.set(post.channel, { url: post.url, audience: post.audience ?? 'public' });
  return sent;
}

/** The next question of a step; `templateText`, the response's text, tells whether it needs the incident's link. */
export function nextStepQuestion(
  playbook: Playbook,
  state: IncidentState,
  step: Step,
  response: Response | undefined,
  templateText?: string,
): StepQuestion {
  if (!response) return { kind: 'status' };
  for (const [name, spec] of Object.entries(response.variables)) {
    if (state.drafts.has(stepDraft.variable(step.id, name))) continue;
    return { kind: 'var', name, description: spec.description, example: spec.example, default: state.vars.get(name) };
  }
  if (templateText !== undefined && !incidentFields(state).link && needsIncidentLink(templateText))
    return { kind: 'incident-link' };
  const audience = audienceOfResponse(response);
  const channels = messageChannels(playbook, state, step, response);
  if (audience === 'private') {
    if (channels.length === 0) return { kind: 'no-private-channel' };
    if (channels.length > 1)
      return {
        kind: 'private-channel',
        channels: channels.map((c) => c.id),
        default: channels.find((c) => c.id === state.channel)?.id,
      };
  }
  const sent = sentOn(state, step);
  for (const channel of channels) {
    if (sent.has(channel.id) || state.drafts.get(stepDraft.left(step.id, channel.id)) === 'skip') continue;
    return { kind: 'message', channel, audience, edited: state.drafts.get(stepDraft.text(step.id, channel.id)) };
  }
  const unlinked = [...sent].filter(([, post]) => post.audience === 'public' && !post.url).map(([channel]) => channel);
  if (unlinked.length > 0 && !state.drafts.has(stepDraft.links(step.id))) return { kind: 'links', channels: unlinked };
  return { kind: 'finish', sent: sent.size > 0 };
}

/** Links pasted in one answer (`x.com/…` is https://x.com/…), matched to the channels they belong to by address; the rest in order. */
export function matchLinks(playbook: Playbook, channels: string[], text: string): Map<string, string> {
  const { links } = readLinks(text);
  const matched = new Map<string, string>();
  const rest: string[] = [];
  for (const link of links) {
    const channel = channels.find(
      (id) => !matched.has(id) && urlHost(planIndex(playbook).channels.get(id)?.url) === urlHost(link),
    );
    if (channel) matched.set(channel, link);
    else rest.push(link);
  }
  for (const id of channels) if (!matched.has(id) && rest.length > 0) matched.set(id, rest.shift()!);
  return matched;
}
