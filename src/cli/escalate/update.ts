import { currentLevel } from '../../escalate/replay.js';
import { nextStepQuestion } from '../../escalate/step-progress.js';
import { openUpdate } from '../../escalate/update-step.js';
import type { Walk } from './walk-parts.js';
import { askMessagePart, askVariable } from './message-questions.js';

/**
 * The public update opened from the action menu (update-step.ts), walked like a step: its
 * variables, its message on each of its channels, the links of the posts. It ends with a `step`
 * event, done when something went out, skipped when every channel was left out. True means pause.
 */
export async function publishUpdate(s: Walk): Promise<boolean> {
  const open = openUpdate(s.playbook, s.incident);
  if (!open) return false;
  const { step, response } = open;
  s.say(s.color.bold(s.t('walk.update.title', { title: step.title })));
  for (;;) {
    const question = nextStepQuestion(s.playbook, s.incident, step, response, s.templateText(response));
    switch (question.kind) {
      case 'var':
        await askVariable(s, step.id, question, { escape: false });
        break;
      case 'message':
      case 'links':
      case 'incident-link':
        if (await askMessagePart(s, step, response, question)) return true;
        break;
      default: {
        // An update is public: only `finish` is left (a private reply's questions never come up).
        const sent = question.kind === 'finish' && question.sent;
        const level = currentLevel(s.incident) ?? '';
        s.record({ type: 'step', at: s.at(), level, step: step.id, status: sent ? 'done' : 'skipped' });
        return false;
      }
    }
  }
}
