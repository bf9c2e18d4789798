import { checkMessage, WARNING_CHECKS, type MessageProblem } from '../messages/check-message.js';
import type { MessageKey, Params } from '../i18n/index.js';
import { allowsPrivateMessages } from '../messages/private-channels.js';
import type { IncidentFields } from '../messages/render-context.js';
import { renderMessage, variableGaps } from '../messages/render-response.js';
import { planIndex } from '../model/plan-index.js';
import type { Channel, Playbook, Response } from '../model/schema.js';
import { dictionary, own } from '../model/user-keys.js';
import { sameAuthor } from './comment-author.js';
import { COMMENT_STATES, REVIEW_REASONS, type CommentSettled, type CommentState } from './comment-events.js';
import { channelOfLink, stateOf, type CommentItem, type CommentQueue } from './comment-queue.js';

// What may be done with a comment, decided once for the walkthrough, `crisis comments done` and
// drills: never deleted; blocked only after that person had an answer, with a reason; an answer
// checked like any message.

/** Why a request is refused: a message of the catalog and what it names. */
export interface Refusal {
  key: MessageKey;
  params: Params;
}

const refuse = (key: MessageKey, params: Params = {}): Refusal => ({ key, params });
const ids = (map: ReadonlyMap<string, unknown>) => [...map.keys()].join(', ');

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

// The words of an answer: which responses of the plan fit it, and its text, a response rendered
// or the person's own.

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
function writeAnswer(
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

const ANSWERS: readonly CommentState[] = ['public', 'private'];

/** Whether the item, or another item by the same author, had an answer: what blocking needs first. */
function hadAnswer(queue: CommentQueue, item: CommentItem): boolean {
  const answered = (other: CommentItem) => other.history.some((entry) => ANSWERS.includes(entry.state));
  if (answered(item)) return true;
  return queue.items.some((other) => sameAuthor(other.author, item.author) && answered(other));
}

/** The channel an answer goes out on: the one named, the link's, or the plan's only channel. */
function answerChannel(playbook: Playbook, item: CommentItem, named?: string): Channel | Refusal {
  const channels = planIndex(playbook).channels;
  if (named !== undefined)
    return channels.get(named) ?? refuse('comments.rule.unknownChannel', { channel: named, channels: ids(channels) });
  const guessed = channelOfLink(playbook, item.link) ?? (channels.size === 1 ? [...channels.values()][0] : undefined);
  return guessed ?? refuse('comments.rule.channel', { channels: ids(channels) });
}
const isRefusal = (value: object): value is Refusal => 'key' in value && 'params' in value;

/** Why the item cannot take `as` now (a state it is past, a block before any answer), or nothing when it can. */
function refusalFor(queue: CommentQueue, item: CommentItem, as: SettleAs, channel?: Channel): Refusal | undefined {
  if (as === 'deleted') return refuse('comments.rule.delete');
  const now = stateOf(item);
  if (now !== undefined && !ANSWERS.includes(now))
    return refuse('comments.rule.settled', { status: now, at: item.history.at(-1)?.at ?? '' });
  if (now !== undefined && (ANSWERS.includes(as) || as === 'reviewed'))
    return refuse('comments.rule.answered', { status: now });
  if (as === 'private' && channel && !allowsPrivateMessages(channel))
    return refuse('comments.rule.noPrivate', { channel: channel.id });
  if (as === 'blocked' && !hadAnswer(queue, item)) return refuse('comments.rule.blockFirst');
  return undefined;
}

/** The states offered for an item, in the order a person thinks of them; blocking last. */
export function offeredStates(queue: CommentQueue, item: CommentItem, channel?: Channel): CommentState[] {
  return COMMENT_STATES.filter((as) => !refusalFor(queue, item, as, channel));
}

/**
 * What the person confirms before an accepted request is recorded: an answer naming a topic to
 * avoid (`anyway`), and a block, the last resort (`block`). The walkthrough asks; `comments done`
 * asks on a terminal, or takes `--yes`.
 */
export type Confirmation = 'anyway' | 'block';

export type Decision =
  | { ok: true; event: CommentSettled; warnings: MessageProblem[]; confirm: Confirmation[] }
  | { ok: false; refusal: Refusal }
  | { ok: false; problems: MessageProblem[]; text: string };

/** The one place that decides whether a request settles an item, and the event it records. */
export function settle(
  playbook: Playbook,
  queue: CommentQueue,
  item: CommentItem,
  request: SettleRequest,
  answer: AnswerContext,
  at: string,
): Decision {
  const { as } = request;
  const reason = request.reason?.trim() || undefined;
  if (as === 'deleted') return { ok: false, refusal: refuse('comments.rule.delete') };
  let channel: Channel | undefined;
  if (ANSWERS.includes(as)) {
    const found = answerChannel(playbook, item, request.channel);
    if (isRefusal(found)) return { ok: false, refusal: found };
    channel = found;
  }
  const refusal = refusalFor(queue, item, as, channel);
  if (refusal) return { ok: false, refusal };
  if (as === 'reviewed' && !(REVIEW_REASONS as readonly string[]).includes(reason ?? ''))
    return { ok: false, refusal: refuse('comments.rule.reviewReason', { reasons: REVIEW_REASONS.join(', ') }) };
  if ((as === 'hidden' || as === 'blocked') && !reason)
    return { ok: false, refusal: refuse('comments.rule.reason', { status: as }) };
  const base: CommentSettled = { type: 'settled', at, id: item.id, state: as, ...(reason && { reason }) };
  if (!channel) return { ok: true, event: base, warnings: [], confirm: as === 'blocked' ? ['block'] : [] };
  const written = writeAnswer(playbook, request, answer, channel, as);
  if ('refusal' in written) return { ok: false, refusal: written.refusal };
  // A private message is no post: the channel's length limit for posts does not bind it.
  const checked = as === 'private' ? { ...channel, max_length: undefined } : channel;
  const problems = checkMessage(written.text, checked, written.response, playbook);
  const blocking = problems.filter((problem) => !WARNING_CHECKS.has(problem.ruleId));
  if (blocking.length > 0) return { ok: false, problems: blocking, text: written.text };
  const event: CommentSettled = { ...base, channel: channel.id, text: written.text };
  if (request.response !== undefined) event.response = request.response;
  return { ok: true, event, warnings: problems, confirm: problems.length > 0 ? ['anyway'] : [] };
}

/**
 * The advice for a failed message check, worded once for the walkthrough, `crisis comments done`
 * and drills: what to change, with the real statement address and hashtag, not the template's names.
 */
export function adviceOf(problem: MessageProblem): Refusal {
  const data = problem.data;
  switch (problem.messageId) {
    case 'check.apologyUrl':
      return refuse('walk.check.url', { url: String(data.url) });
    case 'check.apologyHashtag':
      return refuse('walk.check.hashtag', { hashtag: String(data.hashtag) });
    case 'check.tooLong':
      return refuse('walk.check.tooLong', {
        length: Number(data.length),
        max: Number(data.max),
        over: Number(data.over),
      });
    case 'check.avoidTopic':
      return refuse('walk.check.topic', { term: String(data.term) });
    case 'check.controlChar':
      return refuse('walk.check.control', { char: String(data.char) });
    default:
      return refuse(problem.messageId, { ...data, id: '' });
  }
}
