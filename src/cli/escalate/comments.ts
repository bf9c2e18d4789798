import {
  addComment,
  answerWithin,
  isLate,
  stateOf,
  waitingItems,
  type CommentItem,
  type CommentQueue,
} from '../../escalate/comment-queue.js';
import { adviceOf, offeredStates, settle, type Confirmation, type SettleAs } from '../../escalate/comment-rules.js';
import { COMMENT_CHOICE, questionKey as key } from '../../escalate/draft-keys.js';
import { incidentFields } from '../../escalate/incident-fields.js';
import { printable } from '../../model/control-chars.js';
import { MORE } from '../../model/prompter.js';
import { dictionary } from '../../model/user-keys.js';
import { adviceText, refusalText, statusText } from '../comments/comment-words.js';
import { details } from './comments-answer.js';
import type { WalkSession } from './session.js';

// The comment queue inside the walkthrough: a status line, and "Answer comments" in every menu.
// The queue is read anew at each look, as `crisis comments add` in another terminal may have
// added to it; what is done with an item is decided by comment-rules.ts, as outside.

const { add: ADD, back: BACK } = COMMENT_CHOICE;
const SHOWN = 70;

function look(s: WalkSession): { queue: CommentQueue; waiting: CommentItem[]; late: CommentItem[] } | undefined {
  if (!s.comments) return undefined;
  const queue = s.comments.read(s.incident);
  const waiting = waitingItems(queue);
  const within = answerWithin(s.playbook, s.incident);
  return { queue, waiting, late: waiting.filter((item) => isLate(item, within, s.now())) };
}

/** "💬 3 comments waiting · 1 late", for the status lines; nothing while the queue is empty. */
export function commentsLine(s: WalkSession): string | undefined {
  const seen = look(s);
  if (!seen || seen.waiting.length === 0) return undefined;
  const waiting = s.t('walk.comments.waiting', { count: seen.waiting.length });
  if (seen.late.length === 0) return s.color.yellow(waiting);
  const within = s.playbook.levels.find((level) => level.id === s.incident.levels.at(-1)?.level)?.respond_within ?? '';
  return s.color.red(`${waiting} · ${s.t('walk.comments.late', { count: seen.late.length, within })}`);
}

/** The menu's entry, with how many wait; offered whenever the walkthrough keeps a queue. */
export function commentsChoiceName(s: WalkSession): string | undefined {
  const seen = look(s);
  if (!seen) return undefined;
  return seen.waiting.length > 0
    ? s.t('walk.action.comments', { count: seen.waiting.length })
    : s.t('walk.action.commentsNone');
}

function itemLine(s: WalkSession, item: CommentItem, late: boolean, timed = true): string {
  const text = printable(item.text || item.title || s.t('walk.comments.empty'))
    .replace(/\s+/g, ' ')
    .trim();
  const short = text.length > SHOWN ? `${text.slice(0, SHOWN - 1)}…` : text;
  const who = item.author ? `${printable(item.author)}: ` : '';
  const state = stateOf(item);
  const mark = state ? `[${statusText(state, s.ctx.t)}] ` : late ? `${s.t('walk.comments.late.mark')} ` : '';
  return `${mark}${timed ? `${s.clock(item.seen)} · ` : ''}${who}${short}`;
}

/** The item in bold, and its link below: what the person is about to settle, or a drill's new comment. */
function showItem(s: WalkSession, item: CommentItem, timed: boolean): void {
  s.say(s.color.bold(itemLine(s, item, false, timed)));
  if (item.link) s.say(`  ${printable(item.link)}`);
}

/** The queue, oldest first, until the person goes back: add one by its link, or settle one. */
export async function answerComments(s: WalkSession): Promise<void> {
  // A drill prints a comment as it arrives (addOne), at its own time: settled at once, it is not shown twice.
  let added: string | undefined;
  for (;;) {
    const seen = look(s);
    if (!seen) return;
    // Answered items stay listed after the waiting ones: one may still be hidden, or its author blocked.
    const answered = seen.queue.items.filter(
      (item) => item.history.length > 0 && offeredStates(seen.queue, item).includes('blocked'),
    );
    const late = new Set(seen.late);
    const choices = [
      ...[...seen.waiting, ...answered].map((item) => ({ value: item.id, name: itemLine(s, item, late.has(item)) })),
      { value: ADD, name: s.t('walk.comments.add') },
      { value: BACK, name: s.t('walk.comments.back') },
    ];
    const picked = await s.prompter.select({
      key: key.comments,
      message: s.t('walk.comments.pick'),
      choices,
      default: seen.waiting[0]?.id ?? ADD,
    });
    if (picked === BACK) return;
    if (picked === ADD) added = await addOne(s, seen.queue);
    else await settleOne(s, seen.queue, seen.queue.byId.get(picked)!, picked !== added);
  }
}

/** A comment added by its link and words; its id, or undefined when none was added. */
async function addOne(s: WalkSession, queue: CommentQueue): Promise<string | undefined> {
  // Esc goes back to the comments, as it leaves a question elsewhere: no link, nothing to add.
  const link = await s.prompter.field({
    key: key.commentLink,
    message: s.t('walk.ask.commentLink'),
    hint: s.t('walk.hint.commentsBack'),
    validate: (value) =>
      addComment(queue, { link: value }, s.at()) !== undefined || s.t('comments.badLink', { link: value }),
  });
  if (link === MORE) return undefined;
  const added = addComment(queue, { link }, s.at());
  if (!added) return undefined;
  if ('existing' in added) {
    s.say(
      s.t('comments.already', {
        id: added.existing.id,
        status: statusText(stateOf(added.existing) ?? 'waiting', s.ctx.t),
      }),
    );
    return undefined;
  }
  // On disk as soon as its link is confirmed: a kill at the next question loses no comment.
  s.comments!.append(added.event);
  const text = (await s.prompter.input({ key: key.commentText, message: s.t('walk.ask.commentText') })).trim();
  if (text) s.comments!.append({ ...added.event, at: s.at(), text });
  // A drill's transcript is read in time order: a comment shows when it arrives, with its time,
  // not first when it is settled (a later time), which would put an earlier time after it.
  const item = s.drill ? s.comments!.read(s.incident).byId.get(added.event.id) : undefined;
  if (item) showItem(s, item, true);
  return added.event.id;
}

/** What was done with one item, asked until the rules accept it or the person goes back. */
async function settleOne(s: WalkSession, queue: CommentQueue, item: CommentItem, show: boolean): Promise<void> {
  // In a drill the time it was seen went with it when it arrived; here it would be out of order.
  if (show || !s.drill) showItem(s, item, !s.drill);
  const offered = offeredStates(queue, item);
  for (;;) {
    const as = await s.prompter.select<SettleAs | typeof BACK>({
      key: key.comment(item.id),
      message: s.t('walk.comments.ask'),
      choices: [
        ...offered.map((state) => ({ value: state, name: s.t(`walk.comments.do.${state}`) })),
        { value: 'deleted', name: s.t('walk.comments.do.delete') },
        { value: BACK, name: s.t('walk.comments.back') },
      ],
    });
    if (as === BACK) return;
    const request = as === 'deleted' ? { as } : await details(s, item, as);
    const decision = settle(
      s.playbook,
      queue,
      item,
      request,
      { templateText: s.templateText, incident: incidentFields(s.incident), vars: dictionary(request.vars ?? []) },
      s.at(),
    );
    if (!decision.ok) {
      if ('refusal' in decision) s.warn(refusalText(decision.refusal, s.ctx.t, (at) => s.clock(at)));
      else for (const problem of decision.problems) s.warn(adviceText(problem, s.ctx.t));
      continue;
    }
    for (const problem of decision.warnings) s.warn(refusalText(adviceOf(problem), s.ctx.t));
    if (!(await confirmed(s, item, decision.confirm))) continue;
    s.comments!.append(decision.event);
    const left = waitingItems(s.comments!.read(s.incident)).length;
    s.say(s.t('walk.comments.recorded', { id: item.id, status: statusText(as, s.ctx.t), count: left }));
    return;
  }
}

/** Each confirmation the rules ask for before recording (comment-rules.ts): No to any goes back to the question. */
async function confirmed(s: WalkSession, item: CommentItem, asked: readonly Confirmation[]): Promise<boolean> {
  for (const what of asked) {
    const message = what === 'anyway' ? s.t('walk.comments.anyway') : s.t('comments.blockConfirm', { id: item.id });
    if (!(await s.prompter.confirm({ key: key.commentPart(item.id, what), message, default: false }))) return false;
  }
  return true;
}
