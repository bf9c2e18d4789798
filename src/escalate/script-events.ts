import { draftVariable, scriptKey } from './draft-keys.js';
import { isUpdateStep, type IncidentEvent } from './events.js';
import { own, type Script } from './script.js';

/** Something the script says happened at a time, done by choosing one of the walkthrough's actions. */
export interface Timed {
  at: Date;
  action: 'note' | 'promise' | 'level' | 'update' | 'answered' | 'comments';
  /** The script's key for messages about it: `events[2]`, `steps.pedir-datos.asked.atencion.answered`. */
  key: string;
  /** The entry of `events:` (of `comments:` for a comment), when it comes from there. */
  index?: number;
  /** The department that answers, or the level changed to. */
  value?: string;
}

/**
 * The timed events of a script in time order, the script's order kept at equal times. An override
 * with triage is a level change at the start: the walkthrough triages, then the level is changed.
 */
export function timedEvents(
  script: Script,
  time: (value: string, key: string) => Date,
  start: Date,
  triaged: boolean,
): Timed[] {
  const timed: Timed[] = [];
  if (script.override && triaged)
    timed.push({ at: start, action: 'level', key: scriptKey.overrideLevel, value: script.override.level });
  script.events?.forEach((entry, index) => {
    const key = scriptKey.event(index);
    const at = time(entry.at, scriptKey.at(key));
    if (entry.note) timed.push({ at, action: 'note', key, index });
    if (entry.promise) timed.push({ at, action: 'promise', key, index });
    if (entry.level) timed.push({ at, action: 'level', key, index, value: entry.level });
    if (entry.update) timed.push({ at, action: 'update', key: `${key}.update`, index });
  });
  script.comments?.forEach((entry, index) => {
    const key = scriptKey.comment(index);
    timed.push({ at: time(entry.at, scriptKey.at(key)), action: 'comments', key, index });
  });
  for (const [step, spec] of Object.entries(script.steps ?? {}))
    for (const [department, answer] of Object.entries(spec.asked ?? {})) {
      const key = scriptKey.asked(step, department);
      timed.push({ at: time(answer.answered, key), action: 'answered', key, value: department });
    }
  return timed.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/**
 * What a resumed drill already did: each event of the journal that an action records takes the
 * first timed event of its kind (of its department, for an answer), so the drill goes on after them.
 */
export function alreadyDone(timed: Timed[], journal: readonly IncidentEvent[], triaged: boolean): Timed[] {
  const left = [...timed];
  const take = (match: (entry: Timed) => boolean) => {
    const index = left.findIndex(match);
    if (index >= 0) left.splice(index, 1);
  };
  // Without triage, the override answered the first level question: it is no timed event.
  let levels = triaged ? 0 : -1;
  for (const event of journal) {
    if (event.type === 'note' || event.type === 'promise') take((entry) => entry.action === event.type);
    else if (event.type === 'answered')
      take((entry) => entry.action === 'answered' && entry.value === event.department);
    else if (event.type === 'level' && levels++ >= 0) take((entry) => entry.action === 'level');
    else if (event.type === 'step' && isUpdateStep(event.step)) take((entry) => entry.action === 'update');
  }
  return left;
}

/**
 * The first event of a drill's journal that its script no longer answers so: a contact's status,
 * a step's status or its `at`, a variable's value. A script edited before the point where the
 * drill stopped would otherwise continue a journal it did not write.
 */
export function divergence(
  script: Script,
  journal: readonly IncidentEvent[],
  time: (value: string) => Date | undefined,
): number | undefined {
  const index = journal.findIndex((event) => {
    if (event.type === 'contact') {
      const status = own(script.notify, event.contact);
      return status !== undefined && status !== event.status;
    }
    if (event.type === 'step' && !isUpdateStep(event.step) && !event.interrupted) {
      const spec = own(script.steps, event.step);
      if (!spec) return false;
      const at = spec.at === undefined ? undefined : time(spec.at)?.toISOString();
      return spec.status !== event.status || (at !== undefined && at !== event.at);
    }
    const variable = event.type === 'answer' ? draftVariable(event.key) : undefined;
    if (!variable || isUpdateStep(variable.step) || event.type !== 'answer') return false;
    const value = own(own(script.steps, variable.step)?.vars, variable.name);
    return value !== undefined && value.trim() !== event.value;
  });
  return index < 0 ? undefined : index;
}
