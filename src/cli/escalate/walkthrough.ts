import { DRAFT, questionKey as key, triageDraft, triageQuestion } from '../../escalate/draft-keys.js';
import { nextTriageQuestion, triage } from '../../escalate/triage.js';
import { act, isAction, menu } from './actions.js';
import { nextQuestion } from '../../escalate/next-question.js';
import { currentLevel } from '../../escalate/replay.js';
import { changeLevel, promise } from './promise-level.js';
import { notify } from './notify.js';
import { openIncident } from './open.js';
import { recap, recapDraft, showDeadline } from './recap.js';
import type { WalkSession } from './session.js';
import { offerStatementPage } from './statement.js';
import { doStep } from './steps.js';
import { publishUpdate } from './update.js';
import { known, stepOf } from '../../model/plan-index.js';

/** What the next question is about, in words, for the recap on resume. */
function nextInWords(s: WalkSession): string {
  const drafts = s.incident.drafts;
  if (drafts.has(DRAFT.levelChoice))
    return s.t('walk.next.levelReason', { level: s.levelName(drafts.get(DRAFT.levelChoice)!) });
  if (drafts.has(DRAFT.promiseTo)) return s.t('walk.next.promise');
  if (drafts.has(DRAFT.updateStep)) return s.t('walk.next.update');
  const question = nextQuestion(s.playbook, s.incident);
  switch (question.kind) {
    case 'triage':
      return s.t('walk.next.triage');
    case 'pick-level':
      return s.t('walk.next.level');
    case 'notify':
      return s.t('walk.next.notify', { name: s.contactName(question.contact) });
    case 'step':
      return stepOf(s.playbook, question.level, question.step)?.title ?? question.step;
    default:
      return s.t('walk.next.close');
  }
}

/** Triage, one answer on disk at a time, until an answer reaches the plan's most severe level. */
async function doTriage(s: WalkSession): Promise<void> {
  const given = new Map<string, string>();
  for (const [key, value] of s.incident.drafts) {
    const question = triageQuestion(key);
    if (question !== undefined) given.set(question, value);
  }
  for (let id = nextTriageQuestion(s.playbook, given); id !== undefined; id = nextTriageQuestion(s.playbook, given)) {
    const question = known(s.index.triage, id, 'triage question');
    const label = await s.choose(
      key.triage(id),
      question.question,
      question.options.map((o) => ({ value: o.label, name: o.label })),
    );
    s.draft(triageDraft(id), label);
    given.set(id, label);
  }
  const result = triage(s.playbook, Object.fromEntries(given));
  if (!result.ok) return;
  // The answers that led to the level, each with its question: "Yes" alone says nothing.
  const because = result.answers
    .filter((a) => a.level === result.level)
    .map((a) => `${s.index.triage.get(a.question)?.question ?? a.question} ${a.option}`);
  s.record({ type: 'triaged', at: s.at(), answers: result.answers, level: result.level });
  s.say(s.color.bold(s.t('walk.triage.result', { level: s.levelName(result.level), because: because.join('; ') })));
  s.say(s.color.dim(s.t('walk.triage.override')));
}

/** Every step handled: close (resolution, lessons), or do now a step left for later. True means pause. */
async function closeOrContinue(s: WalkSession, later: string[]): Promise<boolean> {
  const level = known(s.index.levels, currentLevel(s.incident), 'level');
  const drafts = s.incident.drafts;
  if (!drafts.has(DRAFT.resolution)) {
    const choice = await menu<string>(s, key.close, s.t('walk.ask.close'), [
      { value: 'close', name: s.t('walk.close') },
      ...later.map((id) => ({
        value: `step:${id}`,
        name: s.t('walk.doNow', { title: stepOf(s.playbook, level.id, id)?.title ?? id }),
      })),
    ]);
    if (choice.startsWith('step:')) return doStep(s, level.id, choice.slice('step:'.length));
    if (isAction(choice)) return act(s, choice);
    s.draft(DRAFT.resolution, await s.answer(key.resolution, s.t('walk.ask.resolution')));
  }
  const lessons = (await s.prompter.input({ key: key.lessons, message: s.t('walk.ask.lessons') })).trim();
  const resolution = drafts.get(DRAFT.resolution)!;
  s.record({ type: 'closed', at: s.at(), resolution, lessons: lessons || undefined });
  s.say(s.t('walk.recorded.closed', { time: s.clock(s.now()), resolution }));
  if (lessons) s.say(s.t('walk.recorded.lessons', { lessons }));
  return false;
}

/**
 * The interactive escalation: the core decides each question (next-question.ts, step-progress.ts,
 * opening.ts, triage.ts), the phases of this folder put it to a person, and every confirmed
 * answer is on disk before the next question.
 */
export async function walkthrough(s: WalkSession): Promise<'closed' | 'paused'> {
  const { input } = s;
  if (s.state && input.events.length > 0) recap(s, nextInWords(s));
  else if (input.events.length > 0) recapDraft(s, input.id);
  if (!s.state) await openIncident(s, input.id);
  if (input.as && s.incident.onDuty !== input.as) s.record({ type: 'on-duty', at: s.at(), contact: input.as });
  for (;;) {
    const state = s.incident;
    if (state.closed) return 'closed';
    let pause = false;
    if (state.drafts.has(DRAFT.levelChoice)) await changeLevel(s);
    else if (state.drafts.has(DRAFT.promiseTo)) await promise(s);
    else if (state.drafts.has(DRAFT.updateStep)) pause = await publishUpdate(s);
    else {
      if (input.statementPage) await offerStatementPage(s, input.statementPage);
      if (currentLevel(state) !== undefined) showDeadline(s);
      const question = nextQuestion(s.playbook, state);
      if (question.kind === 'closed') return 'closed';
      if (question.kind === 'triage') await doTriage(s);
      else if (question.kind === 'pick-level') await changeLevel(s);
      else if (question.kind === 'notify') pause = await notify(s);
      else if (question.kind === 'step') pause = await doStep(s, question.level, question.step);
      else pause = await closeOrContinue(s, question.later);
    }
    if (pause) return 'paused';
  }
}
