import type { Level, Playbook, Response, Step } from './schema.js';

/** The first entry with each id wins, as `.find` did: lint reports the duplicates, nothing else chooses. */
function byId<T extends { id: string }>(list: readonly T[] | undefined): Map<string, T> {
  const map = new Map<string, T>();
  for (const entry of list ?? []) if (!map.has(entry.id)) map.set(entry.id, entry);
  return map;
}

/** A loaded plan's lists by id. Maps, not records: an id the user chose may be `constructor`. */
function buildIndex(playbook: Playbook) {
  const levels = byId(playbook.levels);
  return {
    contacts: byId(playbook.contacts),
    levels,
    // Step ids are unique within a level only: level id, then step id.
    steps: new Map([...levels].map(([id, level]) => [id, byId(level.steps)])),
    responses: byId(playbook.responses),
    channels: byId(playbook.channels),
    departments: byId(playbook.departments),
    triage: byId(playbook.triage),
  };
}

export type PlanIndex = ReturnType<typeof buildIndex>;

// Built once per plan, on first use, so that no caller threads it through: a loaded plan is never
// changed afterwards (one that is, such as a test's fixture, must be a new object to be seen anew).
const indexes = new WeakMap<Playbook, PlanIndex>();

/** The plan's lists by id, built on first use and kept as long as the plan is. */
export function planIndex(playbook: Playbook): PlanIndex {
  let index = indexes.get(playbook);
  if (!index) indexes.set(playbook, (index = buildIndex(playbook)));
  return index;
}

/** A step of a level, by both ids; undefined when either names nothing. */
export function stepOf(playbook: Playbook, levelId: string | undefined, stepId: string): Step | undefined {
  return levelId === undefined ? undefined : planIndex(playbook).steps.get(levelId)?.get(stepId);
}

/**
 * An entry the core itself named (nextQuestion and the triage name only the plan's own ids, on a
 * plan lint passed): its absence is a bug, said where it happens rather than as a read of undefined later.
 */
export function known<T>(map: ReadonlyMap<string, T> | undefined, id: string | undefined, list: string): T {
  const entry = id === undefined ? undefined : map?.get(id);
  if (entry === undefined) throw new Error(`internal: no ${list} "${id}" in the plan`);
  return entry;
}

/** A step the core chose, by its level's id and its own. */
export function requireStep(playbook: Playbook, levelId: string, stepId: string): Step {
  return known(planIndex(playbook).steps.get(levelId), stepId, `step of level "${levelId}"`);
}

/** A level by an id that may be missing (an incident not yet triaged has none). */
export function levelOf(playbook: Playbook, levelId: string | undefined): Level | undefined {
  return levelId === undefined ? undefined : planIndex(playbook).levels.get(levelId);
}

/** A response by an id that may be missing (a step with nothing to publish has none). */
export function responseOf(playbook: Playbook, responseId: string | undefined): Response | undefined {
  return responseId === undefined ? undefined : planIndex(playbook).responses.get(responseId);
}
