import { DRAFT } from './draft-keys.js';
import { planIndex } from '../model/plan-index.js';
import type { Playbook, Response, Step } from '../model/schema.js';
import { isUpdateStep, UPDATE_STEP_PREFIX } from './events.js';
import { currentLevel, type IncidentState } from './replay.js';

// A public update published when the cadence asks for it, outside the plan's steps.
// It is walked like a step whose id no plan can use (ids are slugs: no "@"), numbered per
// incident, so its drafts (`vars.@update-2.…`, `message.@update-2.…`) and posts are its own;
// its `step` event ends it and clears them (replay.ts), and is no step of the plan.

/** The plan's `update` response that fits the incident's current level: the first one, in plan order. */
export function updateResponse(playbook: Playbook, state: IncidentState): Response | undefined {
  const level = currentLevel(state);
  return playbook.responses.find(
    (response) => response.kind === 'update' && (!response.levels || (level && response.levels.includes(level))),
  );
}

/** The update in progress, from its drafts; undefined when none is. */
export function openUpdate(playbook: Playbook, state: IncidentState): { step: Step; response: Response } | undefined {
  const id = state.drafts.get(DRAFT.updateStep);
  const response = planIndex(playbook).responses.get(state.drafts.get(DRAFT.updateResponse) ?? '');
  return id && response ? { step: updateStepOf(id, response), response } : undefined;
}

/** The id the next update gets: one more than the updates already posted. */
export function nextUpdateStepId(state: IncidentState): string {
  const posted = new Set(state.published.filter((post) => isUpdateStep(post.step)).map((post) => post.step));
  return `${UPDATE_STEP_PREFIX}${posted.size + 1}`;
}

/** The step an update is walked as: the response's own title and channels. */
export function updateStepOf(id: string, response: Response): Step {
  return { id, title: response.title, response: response.id, optional: true };
}
