import { questionKey as key, DRAFT } from '../../escalate/draft-keys.js';
import { lateDepartments } from '../../escalate/deadlines.js';
import { updateCadence } from '../../escalate/update-cadence.js';
import { nextUpdateStepId, updateResponse } from '../../escalate/update-step.js';
import type { Choice } from '../prompts.js';
import { answerComments, commentsChoiceName } from './comments.js';
import { changeLevel, promise } from './promise-level.js';
import type { Keyed } from '../../model/prompter.js';
import type { WalkSession } from './session.js';

// What the operator can do at any question: publish a public update, take a note, record a promise,
// change the level, mark a department's answer, tell someone a department is late, answer comments, or pause.
export const ACTIONS = ['update', 'note', 'promise', 'level', 'answered', 'tell-late', 'comments', 'pause'] as const;
export type Action = (typeof ACTIONS)[number];

export function isAction(value: string): value is Action {
  return (ACTIONS as readonly string[]).includes(value);
}

/**
 * The plan's update response, once the first public response is out and none is being written:
 * `first` when the update is overdue, so it leads the menu.
 */
function updateChoice(s: WalkSession): { choice: Choice<Action>; first: boolean } | undefined {
  const state = s.incident;
  const response = updateResponse(s.playbook, state);
  const { next } = updateCadence(state, s.playbook, s.now());
  if (!response || !next || state.drafts.has(DRAFT.updateStep)) return undefined;
  return {
    choice: { value: 'update', name: s.t('walk.action.update', { title: response.title }) },
    first: next.overdue,
  };
}

export function actionChoices(s: WalkSession, update = updateChoice(s)): Array<Choice<Action>> {
  const state = s.incident;
  const choices: Array<Choice<Action>> = [
    ...(update && !update.first ? [update.choice] : []),
    { value: 'note', name: s.t('walk.action.note') },
    { value: 'promise', name: s.t('walk.action.promise') },
    { value: 'level', name: s.t('walk.action.level') },
  ];
  if ([...state.departments.values()].some((d) => !d.answeredAt))
    choices.push({ value: 'answered', name: s.t('walk.action.answered') });
  const escalateTo = s.playbook.policies.escalate_to;
  if (escalateTo && lateDepartments(s.playbook, state, s.now()).length > 0)
    choices.push({ value: 'tell-late', name: s.t('walk.action.tellLate', { name: s.contactName(escalateTo) }) });
  const comments = commentsChoiceName(s);
  if (comments) choices.push({ value: 'comments', name: comments });
  choices.push({ value: 'pause', name: s.t('walk.action.pause') });
  return choices;
}

/**
 * A question with its own choices followed by the actions possible at any time; an overdue update
 * comes before them all, and is what Enter takes unless the question has a default of its own.
 */
export async function menu<T extends string>(
  s: WalkSession,
  key: string,
  message: string,
  own: Array<Choice<T>>,
  fallback?: T,
  checks?: Keyed['checks'],
  reserve?: number,
): Promise<T | Action> {
  const update = updateChoice(s);
  const lead = update?.first ? [update.choice] : [];
  return s.prompter.select<T | Action>({
    key,
    message,
    choices: [...lead, ...own, ...actionChoices(s, update)],
    default: fallback,
    ...(checks && { checks }),
    ...(reserve && { reserve }),
  });
}

/** A note on disk, then said with its time: a drill's transcript shows it where the walkthrough echoed it. */
function note(s: WalkSession, text: string): void {
  s.record({ type: 'note', at: s.at(), text });
  s.say(s.t('walk.recorded.note', { time: s.clock(s.now()), text }));
}

/** Runs an action; true means pause. Each answer is on disk before the next question. */
export async function act(s: WalkSession, action: Action): Promise<boolean> {
  const state = s.incident;
  switch (action) {
    case 'pause':
      return true;
    case 'update': {
      // Drafts open it; the question in hand yields and the walkthrough's loop walks it (update.ts).
      const response = updateResponse(s.playbook, state);
      if (!response) break;
      s.draft(DRAFT.updateResponse, response.id);
      s.draft(DRAFT.updateStep, nextUpdateStepId(state));
      break;
    }
    case 'note':
      note(s, await s.answer(key.note, s.t('walk.ask.note')));
      break;
    case 'promise':
      await promise(s);
      break;
    case 'level':
      await changeLevel(s);
      break;
    case 'answered': {
      const waiting = [...state.departments]
        .filter(([, d]) => !d.answeredAt)
        .map(([id]) => ({ value: id, name: s.departmentName(id) }));
      const department = await s.choose(key.answered, s.t('walk.ask.department'), waiting);
      // One reading of the clock: the time said is the time recorded, even as a minute turns.
      const at = s.now();
      s.record({ type: 'answered', at: at.toISOString(), department });
      s.say(s.t('walk.recorded.answered', { department: s.departmentName(department), time: s.clock(at) }));
      break;
    }
    case 'comments':
      await answerComments(s);
      break;
    case 'tell-late': {
      const to = s.playbook.policies.escalate_to;
      if (!to) break;
      const departments = lateDepartments(s.playbook, state, s.now())
        .map((late) => s.departmentName(late.id))
        .join(', ');
      note(s, s.t('walk.toldLate', { name: s.contactName(to), departments }));
      break;
    }
  }
  return false;
}
