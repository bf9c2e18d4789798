import { questionKey as key, DRAFT, stepDraft } from '../../escalate/draft-keys.js';
import { clockMinutes, stepDue } from '../../escalate/deadlines.js';
import { standIn } from '../../escalate/next-question.js';
import { nextStepQuestion } from '../../escalate/step-progress.js';
import type { Step } from '../../model/schema.js';
import { MORE } from '../prompts.js';
import { act, isAction, menu } from './actions.js';
import { askMessagePart, askVariable } from './messages.js';
import { noteBelow } from './notify.js';
import type { WalkSession } from './session.js';
import { levelOf, requireStep, responseOf, stepOf } from '../../model/plan-index.js';

function header(s: WalkSession, step: Step): string {
  const state = s.incident;
  let owner = '';
  if (step.owner) {
    const stands = standIn(s.playbook, state, step.owner);
    // The person on duty reads "you stand in", not their own name as someone else to turn to.
    owner =
      stands === undefined
        ? s.t('walk.step.owner', { name: s.contactName(step.owner) })
        : stands === state.onDuty
          ? s.t('walk.you.stepStandIn', { owner: s.contactName(step.owner) })
          : s.t('walk.step.standIn', { owner: s.contactName(step.owner), name: s.contactName(stands) });
  }
  const due = stepDue(state, step.within);
  let when = '';
  if (due) {
    const minutes = clockMinutes(s.now(), due);
    // A time, not a countdown: the header stays on screen while the step's questions wait.
    when =
      minutes >= 0
        ? s.t('walk.step.due', { time: s.clock(due) })
        : s.color.red(s.t('walk.step.overdue', { time: s.clock(due) }));
  }
  // The deadline is appended, not a parameter: it may be red, and parameters are escaped (session.ts).
  return s.color.bold(s.t('walk.step', { title: step.title, owner, due: '' }) + when);
}

/** What is shown once when a step comes up: whom it asks, and the influencers it involves. */
function introduce(s: WalkSession, step: Step): void {
  const state = s.incident;
  for (const id of step.ask ?? []) {
    if (state.departments.has(id)) continue;
    const department = s.index.departments.get(id);
    s.record({ type: 'asked', at: s.at(), step: step.id, department: id });
    const lead = department?.lead;
    const stands = lead ? standIn(s.playbook, state, lead) : undefined;
    const who = !lead
      ? '—'
      : stands === undefined
        ? s.contactName(lead)
        : stands === state.onDuty
          ? s.t('walk.you.departmentStandIn', { lead: s.contactName(lead) })
          : s.t('walk.department.standIn', { lead: s.contactName(lead), name: s.contactName(stands) });
    s.say(
      s.t('walk.asked', { department: department?.name ?? id, lead: who, within: department?.respond_within ?? '—' }),
    );
  }
  if (step.involves === 'influencers') {
    for (const person of [...(s.playbook.influencers ?? [])].sort((a, b) => (b.reach ?? 0) - (a.reach ?? 0))) {
      s.say(
        s.t('walk.influencer', {
          name: person.name,
          handle: person.handle ?? '',
          channel: person.channel ?? '',
          reach: person.reach?.toLocaleString(s.playbook.brand.language) ?? '—',
          contact: person.email ?? person.phone ?? '',
        }),
      );
      if (person.notes) s.say(noteBelow(s, person.notes));
    }
  }
}

/** Done, skipped (with a reason) or later, or an action; `more`: after Esc at a variable, with a way back to it. True means pause. */
async function status(s: WalkSession, levelId: string, step: Step, more = false): Promise<boolean | 'back'> {
  const own = [
    more ? { value: 'back' as const, name: s.t('walk.back') } : { value: 'done' as const, name: s.t('walk.done') },
    { value: 'later' as const, name: s.t('walk.later') },
    { value: 'skipped' as const, name: s.t('walk.skipped') },
  ];
  const message = s.t(more ? 'walk.ask.stepMore' : 'walk.ask.stepStatus');
  const choice = await menu(s, key.step(step.id), message, own);
  if (choice === 'back') return 'back';
  if (isAction(choice)) return act(s, choice);
  const reason = choice === 'skipped' ? await s.answer(key.stepReason(step.id), s.t('walk.ask.reason')) : undefined;
  const at = s.at();
  s.record({ type: 'step', at, level: levelId, step: step.id, status: choice, reason });
  // Said with its time, as a note is: a drill shows no menu to read it from.
  const time = s.clock(new Date(at));
  if (choice === 'done') s.say(s.t('walk.recorded.stepDone', { time, title: step.title }));
  if (choice === 'skipped') s.say(s.t('walk.recorded.stepSkipped', { time, title: step.title, reason: reason ?? '' }));
  return false;
}

/** A level change in the middle of a step that the new level does not have: said, and kept as "later" with its answers. */
function interrupted(s: WalkSession, levelId: string, step: Step): void {
  const level = levelOf(s.playbook, s.incident.levels.at(-1)?.level);
  if (s.incident.steps.has(step.id) || (level && stepOf(s.playbook, level.id, step.id))) return;
  s.record({
    type: 'step',
    at: s.at(),
    level: levelId,
    step: step.id,
    status: 'later',
    reason: 'level-change',
    interrupted: true,
  });
  s.warn(s.t('walk.interrupted', { title: step.title, level: s.levelName(level?.id ?? '') }));
}

/** One step, question by question, as step-progress.ts decides; true means pause. */
export async function doStep(s: WalkSession, levelId: string, stepId: string): Promise<boolean> {
  const step = requireStep(s.playbook, levelId, stepId);
  const response = responseOf(s.playbook, step.response);
  s.say(header(s, step));
  introduce(s, step);
  const mark = s.incident.steps.get(step.id);
  const levels = s.incident.levels.length;
  // Each pass asks one question; the visit ends when the step is recorded, the level changes or an update is opened.
  while (
    s.incident.steps.get(step.id) === mark &&
    s.incident.levels.length === levels &&
    !s.incident.drafts.has(DRAFT.updateStep)
  ) {
    const question = nextStepQuestion(s.playbook, s.incident, step, response, response && s.templateText(response));
    switch (question.kind) {
      case 'no-private-channel':
        s.warn(s.t('walk.noPrivateChannel', { id: response!.id }));
        if ((await status(s, levelId, step)) === true) return true;
        break;
      case 'status':
        if ((await status(s, levelId, step)) === true) return true;
        break;
      case 'var':
        if ((await askVariable(s, step.id, question, s.t('walk.hint.more'))) !== MORE) break;
        if ((await status(s, levelId, step, true)) === true) return true;
        break;
      case 'private-channel': {
        const choices = question.channels.map((id) => ({ value: id, name: s.index.channels.get(id)?.name ?? id }));
        s.draft(
          stepDraft.privateChannel(step.id),
          await s.choose(key.privateChannel(step.id), s.t('walk.ask.privateChannel'), choices, question.default),
        );
        break;
      }
      case 'message':
      case 'links':
      case 'incident-link':
        if (await askMessagePart(s, step, response!, question)) return true;
        break;
      case 'finish':
        if (question.sent) s.record({ type: 'step', at: s.at(), level: levelId, step: step.id, status: 'done' });
        else if ((await status(s, levelId, step)) === true) return true;
        break;
    }
  }
  if (s.incident.levels.length !== levels) interrupted(s, levelId, step);
  return false;
}
