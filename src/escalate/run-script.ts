import { scriptKey } from './draft-keys.js';
import type { Playbook, Response } from '../model/schema.js';
import type { EventOf, IncidentEvent } from './events.js';
import { nextQuestion, notifyFrontier, type Question } from './next-question.js';
import { apply, currentLevel, openState } from './replay.js';
import { incidentFields } from './incident-fields.js';
import { dueTime, optionList, own, parseTime, ScriptStop, tooFar, type Script } from './script.js';
import { scriptMessages } from './script-publish.js';
import { triage } from './triage.js';
import { nextUpdateStepId, updateResponse, updateStepOf } from './update-step.js';
import { planIndex, requireStep, responseOf, stepOf } from '../model/plan-index.js';

export { ScriptStop } from './script.js';

export interface RunInput {
  playbook: Playbook;
  script: Script;
  id: string;
  start: Date;
  templateText: (response: Response) => string;
  allowWarnings: boolean;
}

/** The script key that answers a question, as messages name it. */
function questionKey(question: Question): string {
  if (question.kind === 'notify') return scriptKey.notify(question.contact);
  if (question.kind === 'step') return scriptKey.step(question.step);
  if (question.kind === 'triage' || question.kind === 'pick-level')
    return question.kind === 'triage' ? 'triage' : scriptKey.overrideLevel;
  return scriptKey.close;
}

interface Timed {
  at: Date;
  /** The event, or events (an update's posts and its end), made when the clock reaches `at`. */
  event: (at: string) => IncidentEvent | IncidentEvent[];
}

type UpdateSpec = NonNullable<NonNullable<Script['events']>[number]['update']>;

// Stable: events at the same time keep the script's order.
const byTime = (a: Timed, b: Timed) => a.at.getTime() - b.at.getTime();

/**
 * Walks the incident with the script's answers, yielding each journal event as it happens, so
 * the caller writes it to disk before the next one: a stop keeps everything done before it.
 */
export function* runScript({
  playbook,
  script,
  id,
  start,
  templateText,
  allowWarnings,
}: RunInput): Generator<IncidentEvent, 'open' | 'closed'> {
  let clock = start;
  const now = () => clock.toISOString();
  const time = (value: string, key: string) => {
    const date = parseTime(value, start);
    if (!date) throw new ScriptStop('script.time', { key, value });
    // A script without a clock starts now: only here can its absolute times be measured.
    if (tooFar(date, start)) throw new ScriptStop('script.timeTooFar', { key, value });
    return date;
  };
  // The script's `due`, else the plan's `promise_within`, counted from the promise; else none.
  const within = playbook.policies.compensation?.promise_within;
  const promiseDue = (value: string | undefined, made: Date, key: string) => {
    const date =
      value === undefined ? (within === undefined ? undefined : dueTime(within, made)) : dueTime(value, made);
    if (value !== undefined && (!date || date <= made)) throw new ScriptStop('script.duePast', { key, value });
    return date?.toISOString();
  };
  const pending: Timed[] = [];
  let promises = 0;
  script.events?.forEach((entry, index) => {
    const at = time(entry.at, scriptKey.at(scriptKey.event(index)));
    if (entry.note) pending.push({ at, event: (when) => ({ type: 'note', at: when, text: entry.note! }) });
    if (entry.promise) {
      const { due, ...promise } = entry.promise;
      pending.push({
        at,
        event: (when) => ({
          type: 'promise',
          at: when,
          promise: `${id}-${++promises}`,
          ...promise,
          due: promiseDue(due, new Date(when), `${scriptKey.event(index)}.promise.due`),
        }),
      });
    }
    if (entry.level)
      pending.push({
        at,
        event: (when) => ({ type: 'level', at: when, level: entry.level!, reason: entry.reason ?? '' }),
      });
    const update = entry.update;
    if (update) pending.push({ at, event: (when) => updateEvents(`${scriptKey.event(index)}.update`, update, when) });
  });

  /** A public update as the walkthrough's action publishes it (update-step.ts): its posts, then its end. */
  function updateEvents(key: string, spec: UpdateSpec, at: string): IncidentEvent[] {
    const response = updateResponse(playbook, state);
    if (!response) throw new ScriptStop('script.noUpdate', { key, level: currentLevel(state) ?? '' });
    const step = updateStepOf(nextUpdateStepId(state), response);
    const posts = [
      ...scriptMessages({
        playbook,
        step,
        response,
        key,
        templateText: templateText(response),
        incident: incidentFields(state),
        vars: spec.vars ?? {},
        published: spec.published ?? {},
        at,
        allowWarnings,
      }),
    ];
    const status = posts.length > 0 ? 'done' : 'skipped';
    return [...posts, { type: 'step', at, level: currentLevel(state) ?? '', step: step.id, status }];
  }

  const detected =
    script.incident.detected_at === undefined ? clock : time(script.incident.detected_at, scriptKey.detectedAt);
  // A script run is an exercise, whoever wrote the script: reports and listings can tell it apart.
  const opened: EventOf<'opened'> = {
    type: 'opened',
    at: now(),
    id,
    summary: script.incident.summary,
    channel: script.incident.channel,
    link: script.incident.link,
    detected_at: detected.toISOString(),
    drill: true,
  };
  const state = openState(opened);
  yield opened;
  function* emit(event: IncidentEvent) {
    apply(state, event);
    yield event;
  }

  /**
   * Moves the clock to `to`, applying the timed events it passes in time order, and says whether
   * it got there. A level change stops it at its own time: the new level is walked from the
   * moment it began, as a person would, before whatever the script answered for later.
   */
  function* advance(to: Date): Generator<IncidentEvent, boolean> {
    pending.sort(byTime);
    const level = currentLevel(state);
    while (pending[0] && pending[0].at <= to) {
      const next = pending.shift()!;
      if (next.at > clock) clock = next.at;
      for (const event of [next.event(next.at.toISOString())].flat()) yield* emit(event);
      if (currentLevel(state) !== level) return false;
    }
    if (to > clock) clock = to;
    return true;
  }
  function* advanceTo(value: string | undefined, key: string): Generator<IncidentEvent, boolean> {
    if (value === undefined) return true;
    const to = time(value, key);
    if (to < clock) throw new ScriptStop('script.backwards', { key, value });
    return yield* advance(to);
  }

  function* walkStep(levelId: string, stepId: string) {
    const step = requireStep(playbook, levelId, stepId);
    const key = scriptKey.step(step.id);
    const spec = own(script.steps, step.id);
    if (!spec) {
      if (!step.optional) throw new ScriptStop('script.missing', { key, value: '' });
      yield* emit({ type: 'step', at: now(), level: levelId, step: step.id, status: 'later', reason: 'optional' });
      return;
    }
    if (!(yield* advanceTo(spec.at, scriptKey.at(key)))) {
      // A step the new level shares is walked there with the same answers; any other is left, and says so.
      if (!stepOf(playbook, currentLevel(state), step.id))
        yield* emit({
          type: 'step',
          at: now(),
          level: levelId,
          step: step.id,
          status: 'later',
          reason: 'level-change',
          interrupted: true,
        });
      return;
    }
    if (spec.status === 'skipped' && !spec.reason)
      throw new ScriptStop('script.missing', { key: scriptKey.reason(key), value: '' });
    if (spec.status === 'done') {
      for (const department of step.ask ?? []) {
        // As in the interactive session: a department already asked at another step is not asked twice.
        if (state.departments.has(department)) continue;
        yield* emit({ type: 'asked', at: now(), step: step.id, department });
        const answer = own(spec.asked, department);
        if (answer)
          pending.push({
            at: time(answer.answered, scriptKey.asked(step.id, department)),
            event: (when) => ({ type: 'answered', at: when, department }),
          });
      }
      const response = responseOf(playbook, step.response);
      if (response) {
        const messages = scriptMessages({
          playbook,
          step,
          response,
          templateText: templateText(response),
          incident: incidentFields(state),
          vars: spec.vars ?? {},
          published: spec.published ?? {},
          at: now(),
          allowWarnings,
        });
        for (const message of messages) yield* emit(message);
      }
    }
    yield* emit({ type: 'step', at: now(), level: levelId, step: step.id, status: spec.status, reason: spec.reason });
  }

  if (playbook.triage && playbook.triage.length > 0) {
    const result = triage(playbook, script.triage ?? {});
    if (!result.ok) {
      const question = planIndex(playbook).triage.get(result.question);
      throw new ScriptStop(result.problem === 'unknownOption' ? 'script.unknownOption' : 'script.missing', {
        key: scriptKey.triage(result.question),
        value: result.answer ?? '',
        options: question ? optionList(question) : '',
      });
    }
    yield* emit({ type: 'triaged', at: now(), answers: result.answers, level: result.level });
  } else if (!script.override) throw new ScriptStop('script.missing', { key: scriptKey.overrideLevel, value: '' });
  if (script.override)
    yield* emit({ type: 'level', at: now(), level: script.override.level, reason: script.override.reason });

  // Each round answers one question the state did not have, so this measure grows every round;
  // a round that leaves it as it was would ask the same question for ever, appending to the journal.
  const answered = () => state.levels.length + state.contacts.size + state.steps.size + (state.closed ? 1 : 0);
  let before = -1;
  for (;;) {
    yield* advance(clock);
    const question = nextQuestion(playbook, state);
    if (answered() === before) throw new ScriptStop('script.stuck', { key: questionKey(question) });
    before = answered();
    if (question.kind === 'closed') return 'closed';
    if (question.kind === 'notify') {
      // Called round by round, as in the walkthrough: everyone not yet tried, then the backups of those unreachable.
      for (const { contact } of notifyFrontier(playbook, state)) {
        const status = own(script.notify, contact);
        if (status === undefined) throw new ScriptStop('script.missing', { key: `notify.${contact}`, value: '' });
        yield* emit({ type: 'contact', at: now(), contact, status });
      }
    } else if (question.kind === 'step') yield* walkStep(question.level, question.step);
    else if (question.kind === 'close') {
      if (!script.close) {
        // Open at the end, with everything the script says happened up to its last time.
        const last = pending.reduce<Date | undefined>(
          (latest, next) => (latest && latest > next.at ? latest : next.at),
          undefined,
        );
        if (last && !(yield* advance(last))) continue;
        return 'open';
      }
      // The clock may have passed a level change: its contacts and steps come before the close.
      if (!(yield* advanceTo(script.close.at, scriptKey.closeAt))) continue;
      yield* emit({ type: 'closed', at: now(), resolution: script.close.resolution, lessons: script.close.lessons });
      // A department may answer after the close; the report still wants to know when.
      for (const next of pending.sort(byTime).splice(0))
        for (const event of [next.event(next.at.toISOString())].flat()) yield* emit(event);
    } else throw new ScriptStop('script.missing', { key: scriptKey.overrideLevel, value: '' });
  }
}
