import { REVIEW_REASONS, type CommentState } from '../../escalate/comment-events.js';
import { COMMENT_CHOICE, questionKey as key } from '../../escalate/draft-keys.js';
import { channelOfLink, type CommentItem } from '../../escalate/comment-queue.js';
import { answerChannels, fittingResponses, type SettleRequest } from '../../escalate/comment-rules.js';
import { reasonText } from '../comments/comment-words.js';
import type { WalkSession } from './session.js';

// What settling a comment needs beyond its state, asked in the walkthrough's way: the channel and
// words of an answer (a pre-approved response and its blanks, or the person's own), or a reason.

/** The choice that means "my own words" rather than a response of the plan. */
const OWN = COMMENT_CHOICE.ownWords;

export async function details(
  s: WalkSession,
  item: CommentItem,
  as: CommentState,
): Promise<SettleRequest & { vars?: Array<[string, string]> }> {
  if (as === 'reviewed') {
    const reason = await s.prompter.select({
      key: key.commentPart(item.id, 'reason'),
      message: s.t('walk.ask.reviewReason'),
      choices: REVIEW_REASONS.map((value) => ({ value, name: reasonText(value, s.ctx.t) })),
    });
    return { as, reason };
  }
  if (as === 'hidden' || as === 'blocked') {
    const reason = await s.prompter.input({
      key: key.commentPart(item.id, 'reason'),
      message: s.t('walk.ask.reason'),
      validate: s.required,
    });
    return { as, reason };
  }
  const guessed = channelOfLink(s.playbook, item.link);
  const fit = answerChannels(s.playbook, as);
  const channel = await s.choose(
    key.commentPart(item.id, 'channel'),
    s.t('walk.ask.commentChannel'),
    fit.map((c) => ({ value: c.id, name: c.name })),
    fit.includes(guessed!) ? guessed!.id : undefined,
  );
  const responses = fittingResponses(s.playbook, as, s.index.channels.get(channel)!);
  const how = await s.choose(key.commentPart(item.id, 'with'), s.t('walk.comments.with'), [
    ...responses.map((r) => ({ value: r.id, name: r.title })),
    { value: OWN, name: s.t('walk.comments.ownText') },
  ]);
  if (how === OWN) {
    const text = await s.prompter.input({
      key: key.commentPart(item.id, 'text'),
      message: s.t('walk.ask.commentAnswer'),
      validate: s.required,
    });
    return { as, channel, text };
  }
  const response = s.index.responses.get(how)!;
  const vars: Array<[string, string]> = [];
  for (const [name, variable] of Object.entries(response.variables)) {
    const value = await s.prompter.input({
      key: key.commentVariable(item.id, name),
      message: s.t('walk.ask.var', {
        description: variable.description,
        example: variable.example ? s.t('walk.example', { example: variable.example }) : '',
      }),
      default: s.incident.vars.get(name),
      validate: s.required,
    });
    vars.push([name, value.trim()]);
  }
  return { as, channel, response: how, vars };
}
