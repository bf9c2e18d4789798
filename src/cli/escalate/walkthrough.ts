import { DRAFT } from '../../escalate/draft-keys.js';
import { nextQuestion } from '../../escalate/next-question.js';
import { currentLevel } from '../../escalate/replay.js';
import { changeLevel, promise } from './promise-level.js';
import { closeOrContinue } from './close.js';
import { notify } from './notify.js';
import { openIncident } from './open.js';
import { recap, recapDraft, showDeadline } from './recap.js';
import { WalkSession, type WalkInput } from './session.js';
import { offerStatementPage } from './statement.js';
import { doStep } from './steps.js';
import { doTriage } from './triage.js';
import { publishUpdate } from './update.js';
import { stepOf } from '../../model/plan-index.js';

export type { WalkInput };

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
    case 'step': {
      return stepOf(s.playbook, question.level, question.step)?.title ?? question.step;
    }
    default:
      return s.t('walk.next.close');
  }
}

/**
 * The interactive escalation: the core decides each question (next-question.ts, step-progress.ts,
 * opening.ts, triage.ts), the phases of this folder put it to a person, and every confirmed
 * answer is on disk before the next question.
 */
export async function walkthrough(input: WalkInput): Promise<'closed' | 'paused'> {
  const s = new WalkSession(input);
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
