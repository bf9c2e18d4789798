import { draftVariable } from '../../escalate/draft-keys.js';
import { isUpdateStep, type IncidentEvent } from '../../escalate/events.js';
import { currentLevel, type IncidentState } from '../../escalate/replay.js';
import { apply, openState } from '../../escalate/replay.js';
import { own, ScriptStop, type Script } from '../../escalate/script.js';
import { scriptKey } from '../../escalate/draft-keys.js';
import { responseOf } from '../../model/plan-index.js';
import type { Playbook } from '../../model/schema.js';
import { stepChannels } from '../../messages/render-context.js';

type Answers = { vars?: Record<string, string>; published?: Record<string, string> };

/**
 * What a drill checks of a step once the walkthrough records it: every variable the script gives
 * was asked, and every post it gives went out on a channel the message reaches. The walkthrough
 * never asks for either, so without this a typo in the script would be dropped unseen.
 */
export function stepChecks(playbook: Playbook, script: Script, journal: readonly IncidentEvent[]) {
  let state: IncidentState | undefined;
  const asked = new Map<string, { vars: Set<string>; channels: Set<string>; response?: string }>();
  const of = (step: string) => {
    let entry = asked.get(step);
    if (!entry) asked.set(step, (entry = { vars: new Set(), channels: new Set() }));
    return entry;
  };
  const steps = new Map(playbook.levels.flatMap((level) => level.steps.map((step) => [step.id, step] as const)));
  const waiting = new Set<string>();

  function see(event: IncidentEvent): void {
    if (event.type === 'opened') state = openState(event);
    else if (state) apply(state, event);
    if (event.type === 'asked') waiting.add(event.department);
    if (event.type === 'answered') waiting.delete(event.department);
    if (event.type === 'answer') {
      const variable = draftVariable(event.key);
      if (variable) of(variable.step).vars.add(variable.name);
    }
    if (event.type === 'published' && event.step) of(event.step).channels.add(event.channel);
    if (event.type !== 'step' || event.status !== 'done') return;
    const isUpdate = isUpdateStep(event.step);
    const answers: Answers | undefined = isUpdate ? updateAnswers : own(script.steps, event.step);
    const key = isUpdate ? (updateKey ?? '') : scriptKey.step(event.step);
    const entry = of(event.step);
    const response = responseOf(playbook, isUpdate ? entry.response : steps.get(event.step)?.response);
    if (!answers || !response) return;
    const unknown = Object.keys(answers.vars ?? {}).find((name) => !entry.vars.has(name));
    if (unknown !== undefined)
      throw new ScriptStop('script.unknownVar', {
        key: scriptKey.variable(key, unknown),
        value: Object.keys(response.variables).join(', '),
      });
  }

  /** A post under `published:` on a channel the message never goes to would be recorded as nothing at all. */
  function reach(step: string, channel: string, responseId: string | undefined, answers: Answers | undefined): void {
    const response = responseOf(playbook, responseId);
    if (!response || !answers || reached.has(step)) return;
    reached.add(step);
    // A private reply goes to one person on one network, the one its first message is for.
    const known =
      response.kind === 'internal'
        ? []
        : response.kind === 'private-reply'
          ? [channel]
          : stepChannels(steps.get(step) ?? {}, response, playbook).map((c) => c.id);
    const stray = Object.keys(answers.published ?? {}).find((id) => !known.includes(id));
    if (stray !== undefined)
      throw new ScriptStop('script.notOnChannel', {
        key: scriptKey.published(isUpdateStep(step) ? (updateKey ?? '') : scriptKey.step(step), stray),
        value: stray,
        response: response.id,
        known: known.join(', ') || '—',
      });
  }
  const reached = new Set<string>();
  let updateAnswers: Answers | undefined;
  let updateKey: string | undefined;
  for (const event of journal) see(event);

  return {
    waiting,
    see(event: IncidentEvent, update?: { answers?: Answers; key: string }) {
      updateAnswers = update?.answers;
      updateKey = update?.key;
      see(event);
    },
    /** ` (what the variable is)`, said after the key to add. */
    described(step: string, name: string): string {
      const response = responseOf(playbook, steps.get(step)?.response ?? of(step).response);
      const description = response?.variables[name]?.description;
      return description === undefined ? '' : ` (${description})`;
    },
    optional: (step: string) => steps.get(step)?.optional === true,
    level: () => (state ? (currentLevel(state) ?? '') : ''),
    variable(step: string | undefined, name: string | undefined) {
      if (step !== undefined && name !== undefined) of(step).vars.add(name);
    },
    /** A message menu of the step, on a channel: the script's posts are on channels the response reaches. */
    offered(step: string, channel: string, response: string | undefined, answers: Answers | undefined, key?: string) {
      const entry = of(step);
      entry.channels.add(channel);
      entry.response ??= response;
      if (key !== undefined) updateKey = key;
      reach(step, channel, response, answers);
    },
  };
}
