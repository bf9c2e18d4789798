import { questionKey as key } from '../../escalate/draft-keys.js';
import { currentLevel } from '../../escalate/replay.js';
import { nextStepQuestion } from '../../escalate/step-progress.js';
import { openUpdate } from '../../escalate/update-step.js';
import type { Step } from '../../model/schema.js';
import { MORE } from '../prompts.js';
import { act, isAction, menu } from './actions.js';
import type { WalkSession } from './session.js';
import { askMessagePart, askVariable } from './messages.js';

/** The update's end: done when something went out, skipped when nothing did. */
function end(s: WalkSession, step: Step, sent: boolean): void {
  s.record({
    type: 'step',
    at: s.at(),
    level: currentLevel(s.incident) ?? '',
    step: step.id,
    status: sent ? 'done' : 'skipped',
  });
}

/**
 * After Esc at one of the update's variables, as after Esc at a step's: back to the question, no
 * update this time, or any other action. 'pause' or 'ended', else the update goes on.
 */
async function escaped(s: WalkSession, step: Step): Promise<'pause' | 'ended' | undefined> {
  const own = [
    { value: 'back' as const, name: s.t('walk.update.back') },
    { value: 'drop' as const, name: s.t('walk.update.drop') },
  ];
  const choice = await menu(s, key.step(step.id), s.t('walk.ask.updateMore'), own);
  if (isAction(choice)) return (await act(s, choice)) ? 'pause' : undefined;
  if (choice === 'back') return undefined;
  end(s, step, false);
  s.say(s.t('walk.recorded.updateDropped', { time: s.clock(s.now()), title: step.title }));
  return 'ended';
}

/**
 * The public update opened from the action menu (update-step.ts), walked like a step: its
 * variables, its message on each of its channels, the links of the posts. It ends with a `step`
 * event, done when something went out, skipped when every channel was left out. True means pause.
 */
export async function publishUpdate(s: WalkSession): Promise<boolean> {
  const open = openUpdate(s.playbook, s.incident);
  if (!open) return false;
  const { step, response } = open;
  s.say(s.color.bold(s.t('walk.update.title', { title: step.title })));
  for (;;) {
    const question = nextStepQuestion(s.playbook, s.incident, step, response, s.templateText(response));
    switch (question.kind) {
      case 'var': {
        if ((await askVariable(s, step.id, question, s.t('walk.hint.updateMore'))) !== MORE) break;
        const after = await escaped(s, step);
        if (after) return after === 'pause';
        break;
      }
      case 'message':
      case 'links':
      case 'incident-link':
        if (await askMessagePart(s, step, response, question)) return true;
        break;
      default:
        // An update is public: only `finish` is left (a private reply's questions never come up).
        end(s, step, question.kind === 'finish' && question.sent);
        return false;
    }
  }
}
