import { questionKey as key } from '../../escalate/draft-keys.js';
import { DRAFT } from '../../escalate/draft-keys.js';
import { currentLevel } from '../../escalate/replay.js';
import { act, isAction, menu } from './actions.js';
import type { WalkSession } from './session.js';
import { doStep } from './steps.js';
import { known, stepOf } from '../../model/plan-index.js';

/** Every step handled: close (resolution, lessons), or do now a step left for later. True means pause. */
export async function closeOrContinue(s: WalkSession, later: string[]): Promise<boolean> {
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
