import type { MessageKey, Params } from '../i18n/index.js';
import type { Playbook, Response, Step } from '../model/schema.js';
import type { MessageProblem } from '../templates/check-message.js';
import { stepChannels } from '../templates/render-context.js';
import { renderMessage, variableGaps } from '../templates/render-response.js';
import type { IncidentEvent } from './events.js';
import { nextQuestion } from './next-question.js';
import { currentLevel, replay, type IncidentState } from './replay.js';
import { parseTime, type Script } from './script.js';
import { triage } from './triage.js';

/** Why a script run stopped before its end: what to add or fix, by its key in the script. */
export class ScriptStop extends Error {
  constructor(
    readonly messageId: MessageKey,
    readonly data: Params,
    readonly problem?: MessageProblem,
  ) {
    super(messageId);
  }
}

export interface RunInput {
  playbook: Playbook;
  script: Script;
  id: string;
  start: Date;
  templateText: (response: Response) => string;
  allowWarnings: boolean;
}

const WARNING_CHECKS = new Set(['avoid-topic']);

export function incidentFields(state: IncidentState) {
  return { id: state.id, summary: state.summary, level: currentLevel(state) ?? '', started_at: state.openedAt, channel: state.channel, link: state.link ?? '' };
}

/**
 * Walks the incident with the script's answers, yielding each journal event as it happens, so
 * the caller writes it to disk before the next one: a stop keeps everything done before it.
 */
export function* runScript({ playbook, script, id, start, templateText, allowWarnings }: RunInput): Generator<IncidentEvent, 'open' | 'closed'> {
  const events: IncidentEvent[] = [];
  let clock = start;
  const time = (value: string, key: string) => {
    const date = parseTime(value, start);
    if (!date) throw new ScriptStop('script.time', { key, value });
    return date;
  };
  const pending: Array<{ at: Date; event: (at: string) => IncidentEvent }> = [];
  let promises = 0;
  script.events?.forEach((entry, index) => {
    const at = time(entry.at, `events[${index}].at`);
    if (entry.note) pending.push({ at, event: (when) => ({ type: 'note', at: when, text: entry.note! }) });
    if (entry.promise) pending.push({ at, event: (when) => ({ type: 'promise', at: when, promise: `${id}-${++promises}`, ...entry.promise! }) });
    if (entry.level) pending.push({ at, event: (when) => ({ type: 'level', at: when, level: entry.level!, reason: entry.reason ?? '' }) });
  });
  function* emit(event: IncidentEvent) {
    events.push(event);
    yield event;
  }
  // Timed events happen when the clock reaches them, between steps, in time order.
  function* flush(upTo: Date) {
    pending.sort((a, b) => a.at.getTime() - b.at.getTime());
    while (pending[0] && pending[0].at <= upTo) {
      const next = pending.shift()!;
      yield* emit(next.event(next.at.toISOString()));
    }
  }
  function* advance(value: string | undefined, key: string) {
    if (value === undefined) return;
    const next = time(value, key);
    if (next < clock) throw new ScriptStop('script.backwards', { key, value });
    clock = next;
    yield* flush(clock);
  }

  const detected = script.incident.detected_at === undefined ? clock : time(script.incident.detected_at, 'incident.detected_at');
  yield* emit({ type: 'opened', at: clock.toISOString(), id, summary: script.incident.summary, channel: script.incident.channel, link: script.incident.link, detected_at: detected.toISOString() });
  if (playbook.triage && playbook.triage.length > 0) {
    const result = triage(playbook, script.triage ?? {});
    if (!result.ok) throw new ScriptStop(result.problem === 'unknownOption' ? 'script.unknownOption' : 'script.missing', { key: `triage.${result.question}`, value: result.answer ?? '' });
    yield* emit({ type: 'triaged', at: clock.toISOString(), answers: result.answers, level: result.level });
  } else if (!script.override) throw new ScriptStop('script.missing', { key: 'override.level', value: '' });
  if (script.override) yield* emit({ type: 'level', at: clock.toISOString(), level: script.override.level, reason: script.override.reason });

  for (;;) {
    yield* flush(clock);
    const state = replay(events);
    const question = nextQuestion(playbook, state);
    if (question.kind === 'closed') return 'closed';
    if (question.kind === 'notify') {
      const status = script.notify?.[question.contact];
      if (status === undefined) throw new ScriptStop('script.missing', { key: `notify.${question.contact}`, value: '' });
      yield* emit({ type: 'contact', at: clock.toISOString(), contact: question.contact, status });
    } else if (question.kind === 'step') {
      const step = playbook.levels.find((level) => level.id === question.level)!.steps.find((entry) => entry.id === question.step)!;
      const spec = script.steps?.[step.id];
      if (!spec) {
        if (!step.optional) throw new ScriptStop('script.missing', { key: `steps.${step.id}`, value: '' });
        yield* emit({ type: 'step', at: clock.toISOString(), level: question.level, step: step.id, status: 'later', reason: 'optional' });
        continue;
      }
      yield* advance(spec.at, `steps.${step.id}.at`);
      // Events the clock passed may have changed the level: ask again what comes next there.
      if (currentLevel(replay(events)) !== question.level) continue;
      if (spec.status === 'skipped' && !spec.reason) throw new ScriptStop('script.missing', { key: `steps.${step.id}.reason`, value: '' });
      if (spec.status === 'done') {
        for (const department of step.ask ?? []) {
          yield* emit({ type: 'asked', at: clock.toISOString(), step: step.id, department });
          const answer = spec.asked?.[department];
          if (answer) pending.push({ at: time(answer.answered, `steps.${step.id}.asked.${department}.answered`), event: (when) => ({ type: 'answered', at: when, department }) });
        }
        const response = playbook.responses.find((entry) => entry.id === step.response);
        if (response) yield* publish(step, response, spec.vars ?? {}, spec.published ?? {}, replay(events));
      }
      yield* emit({ type: 'step', at: clock.toISOString(), level: question.level, step: step.id, status: spec.status, reason: spec.reason });
    } else if (question.kind === 'close') {
      if (!script.close) return 'open';
      yield* advance(script.close.at, 'close.at');
      yield* emit({ type: 'closed', at: clock.toISOString(), resolution: script.close.resolution, lessons: script.close.lessons });
      // A department may answer after the close; the report still wants to know when.
      yield* flush(new Date(8.64e15));
    } else throw new ScriptStop('script.missing', { key: 'override.level', value: '' });
  }

  function* publish(step: Step, response: Response, vars: Record<string, string>, published: Record<string, string>, state: IncidentState) {
    const stepId = step.id;
    const { missing, unknown } = variableGaps(response, vars);
    if (missing[0] !== undefined) throw new ScriptStop('script.missing', { key: `steps.${stepId}.vars.${missing[0]}`, value: ` (${response.variables[missing[0]]!.description})` });
    if (unknown[0] !== undefined) throw new ScriptStop('script.unknownVar', { key: `steps.${stepId}.vars.${unknown[0]}`, value: Object.keys(response.variables).join(', ') });
    for (const channel of stepChannels(step, response, playbook)) {
      const message = renderMessage(playbook, response, templateText(response), channel, incidentFields(state), vars);
      const blocking = message.problems.find((problem) => !(allowWarnings && WARNING_CHECKS.has(problem.ruleId)));
      if (blocking) throw new ScriptStop('script.checkFailed', { key: `steps.${stepId}`, value: channel.id }, blocking);
      const url = published[channel.id];
      if (url !== undefined) yield* emit({ type: 'published', at: clock.toISOString(), step: stepId, response: response.id, channel: channel.id, text: message.text, url: url || undefined, edited: false });
    }
  }
}
