import type { MessageKey, Params } from '../i18n/index.js';
import { allowsPrivateMessages } from '../messages/private-channels.js';
import type { IncidentFields } from '../messages/render-context.js';
import { renderMessage, variableGaps } from '../messages/render-response.js';
import { planIndex } from '../model/plan-index.js';
import type { Channel, Playbook, Response } from '../model/schema.js';
import { dictionary, own } from '../model/user-keys.js';
import type { CommentState } from './comment-events.js';

// The words of an answer to a comment: which responses of the plan fit it, and its text, a
// response rendered or the person's own. comment-rules.ts decides the rest.

/** Why a request is refused: a message of the catalog and what it names. */
export interface Refusal {
  key: MessageKey;
  params: Params;
}

export const refuse = (key: MessageKey, params: Params = {}): Refusal => ({ key, params });
export const ids = (map: ReadonlyMap<string, unknown>) => [...map.keys()].join(', ');

/** A request to settle an item: `deleted` is accepted only to be refused with the reason why. */
export type SettleAs = CommentState | 'deleted';

export interface SettleRequest {
  as: SettleAs;
  reason?: string;
  /** A pre-approved response's id, rendered with `vars` and the incident's fields. */
  response?: string;
  /** The answer in the person's own words. */
  text?: string;
  channel?: string;
}

export interface AnswerContext {
  templateText: (response: Response) => string;
  incident: IncidentFields;
  vars: Record<string, string>;
}

/** The answer a person wrote in their own words, checked as a response of this kind would be. */
const ownText = (as: CommentState): Response => ({
  id: '',
  title: '',
  kind: as === 'private' ? 'private-reply' : 'acknowledgement',
  variables: {},
});

/** The channels an answer in this state may go out on: a private one only where private messages are carried. */
export function answerChannels(playbook: Playbook, as: CommentState): Channel[] {
  return playbook.channels.filter((channel) => as !== 'private' || allowsPrivateMessages(channel));
}

/**
 * The plan's responses that fit an answer in this state on this channel: never an internal notice,
 * a private reply only in private (it may carry an order number), and only a response written for
 * that channel. The walkthrough offers these; `crisis comments done` refuses the others.
 */
export function fittingResponses(playbook: Playbook, as: CommentState, channel: Channel): Response[] {
  return playbook.responses.filter(
    (response) =>
      response.kind !== 'internal' &&
      (response.channels === undefined || response.channels.includes(channel.id)) &&
      (as === 'private') === (response.kind === 'private-reply'),
  );
}

/** The answer's text and the response it is checked as, or why there is none. */
export function writeAnswer(
  playbook: Playbook,
  request: SettleRequest,
  answer: AnswerContext,
  channel: Channel,
  as: CommentState,
): { text: string; response: Response } | { refusal: Refusal } {
  if ((request.response === undefined) === (request.text === undefined))
    return { refusal: refuse('comments.rule.answerText') };
  if (request.text !== undefined) {
    const text = request.text.trim();
    return text === '' ? { refusal: refuse('comments.rule.answerText') } : { text, response: ownText(as) };
  }
  const id = request.response ?? '';
  const response = planIndex(playbook).responses.get(id);
  if (!response)
    return {
      refusal: refuse('comments.rule.unknownResponse', {
        response: id,
        responses: ids(planIndex(playbook).responses),
      }),
    };
  const fitting = fittingResponses(playbook, as, channel);
  if (!fitting.includes(response))
    return {
      refusal: refuse(fitting.length > 0 ? 'comments.rule.responseNotFit' : 'comments.rule.noResponseFits', {
        response: id,
        status: as,
        channel: channel.id,
        responses: fitting.map((fit) => fit.id).join(', '),
      }),
    };
  const { missing } = variableGaps(response, answer.vars);
  if (missing.length > 0) return { refusal: refuse('comments.rule.missingVars', { names: missing.join(', ') }) };
  const vars = dictionary(Object.keys(response.variables).map((name) => [name, own(answer.vars, name) ?? ''] as const));
  const text = renderMessage(playbook, response, answer.templateText(response), channel, answer.incident, vars).text;
  return { text, response };
}
