import { draftVariable, questionKey as key, scriptKey } from '../../escalate/draft-keys.js';
import { isUpdateStep, type IncidentEvent } from '../../escalate/events.js';
import { dueTime, own, parseTime, ScriptStop, tooFar, type Script } from '../../escalate/script.js';
import { alreadyDone, timedEvents, type Timed } from '../../escalate/script-events.js';
import { WARNING_CHECKS } from '../../messages/check-message.js';
import { MORE, type Choice, type Keyed, type Prompter, type Validate } from '../../model/prompter.js';
import type { Playbook } from '../../model/schema.js';
import { stepChecks } from './script-step-checks.js';

export interface ScriptAnswers {
  playbook: Playbook;
  script: Script;
  /** The drill's start: `+10m` counts from it, on a first run and on --resume alike. */
  start: Date;
  as?: string;
  allowWarnings: boolean;
  /** The journal so far, on --resume: what it did is not done again, and its clock goes on from its last event. */
  journal: readonly IncidentEvent[];
}

const stop = (messageId: 'script.missing' | 'script.stuck', where: string, value = ''): never => {
  throw new ScriptStop(messageId, { key: where, value });
};
const stepOfKey = (k: string) => /^steps\.([^.]+)/.exec(k)?.[1];

/**
 * A drill is the walkthrough answered from a file: this prompter answers each question by its key
 * (draft-keys.ts questionKey) from the script, and moves the walkthrough's clock by `at:`. What the
 * script says happened at a time (a note, a promise, a level change, an update, a department's
 * answer) is done by choosing the walkthrough's own action at the first menu once it is due. A
 * question the script does not answer stops the run (ScriptStop) with the key to add.
 */
export function scriptPrompter(input: ScriptAnswers) {
  const { script, start } = input;
  const time = (value: string, where: string) => {
    const date = parseTime(value, start);
    if (!date) throw new ScriptStop('script.time', { key: where, where, value });
    if (tooFar(date, start)) throw new ScriptStop('script.timeTooFar', { key: where, where, value });
    return date;
  };
  const triaged = (input.playbook.triage?.length ?? 0) > 0;
  const last = input.journal.at(-1);
  let clock = last && new Date(last.at) > start ? new Date(last.at) : start;
  const floor = clock;
  let pending = alreadyDone(timedEvents(script, time, start, triaged), input.journal, triaged);
  let acting: Timed | undefined;
  const moved = new Set<string>();
  const checks = stepChecks(input.playbook, script, input.journal);
  let unanswered = 0;
  // Timed events a variable's Esc led to a menu that could not do them (an update before the first
  // public message): not left for again until something is recorded, or Esc would loop.
  const notNow = new Set<Timed>();
  let escaped: Timed | undefined;

  const entry = () => (acting?.index === undefined ? undefined : script.events?.[acting.index]);
  /** The answers of a step: the script's step, or the update being published. */
  const spec = (step: string) => (acting?.action === 'update' ? entry()?.update : own(script.steps, step));
  /** A question's key as the script spells it: an update's questions are under its event. */
  const named = (k: string) => (acting?.action === 'update' ? k.replace(/^steps\.[^.]+/, acting.key) : k);
  const mark = (k: string) => (stepOfKey(k) === undefined ? k : `step:${stepOfKey(k)}`);
  /** Where this question's answer moves the clock: its step's `at`, or the close's. */
  const target = (k: string): Date => {
    if (moved.has(mark(k)) || acting?.action === 'update') return clock;
    const step = stepOfKey(k);
    const at = step === undefined ? undefined : own(script.steps, step)?.at;
    if (at !== undefined) return time(at, scriptKey.at(scriptKey.step(step!)));
    if (k !== key.close) return clock;
    // Without a close the incident stays open with everything the script says happened.
    return script.close?.at === undefined ? new Date(8.64e15) : time(script.close.at, scriptKey.closeAt);
  };
  const advance = (k: string) => {
    const to = target(k);
    moved.add(mark(k));
    if (to < clock && to >= floor)
      throw new ScriptStop('script.backwards', { key: scriptKey.at(scriptKey.step(stepOfKey(k) ?? '')), value: '' });
    if (to > clock && to.getTime() < 8.64e15) clock = to;
  };
  /** The first timed event due by then that this menu can do. */
  const due = (k: string, values: readonly string[]): Timed | undefined => {
    const to = target(k);
    const found = pending.find(
      (timed) =>
        timed.at <= to &&
        values.includes(timed.action) &&
        (timed.action !== 'answered' || checks.waiting.has(timed.value!)),
    );
    if (!found || acting) return undefined;
    pending = pending.filter((timed) => timed !== found);
    if (found.at > clock) clock = found.at;
    return found;
  };

  function valid(k: string, value: string, validate?: Validate): string {
    const verdict = validate?.(value) ?? true;
    if (verdict !== true) throw new ScriptStop('script.invalid', { key: named(k), value, reason: verdict });
    return value;
  }

  function text(k: string, q: Keyed & { default?: string; validate?: Validate }): string {
    const promise = entry()?.promise;
    if (k === key.summary) return script.incident.summary;
    if (k === key.channel) return script.incident.channel;
    // Asked at the opening when the summary had none, or for a message that prints it (then required).
    if (k === key.link)
      return script.incident.link ?? ((q.validate?.('') ?? true) === true ? '' : stop('script.missing', k));
    if (k === key.detected) {
      if (script.incident.detected_at === undefined) return '';
      const minutes = Math.round((clock.getTime() - time(script.incident.detected_at, k).getTime()) / 60_000);
      return minutes > 0 ? `-${minutes}m` : '';
    }
    if (k === key.note && acting?.action === 'note') return entry()!.note!;
    if (k === key.promiseTo && promise) return promise.to;
    if (k === key.promiseWhat && promise) return promise.what;
    if (k === key.promiseDue && promise) {
      if (promise.due === undefined) return q.default ?? '';
      const minutes = Math.round(((dueTime(promise.due, clock)?.getTime() ?? 0) - clock.getTime()) / 60_000);
      if (minutes <= 0)
        throw new ScriptStop('script.duePast', { key: `${acting!.key}.promise.due`, value: promise.due });
      return `${minutes}m`;
    }
    if (k === key.levelReason)
      return acting?.key === scriptKey.overrideLevel || !acting
        ? (script.override?.reason ?? stop('script.missing', scriptKey.overrideLevel))
        : (entry()?.reason ?? stop('script.missing', `${acting.key}.reason`));
    if (k === key.resolution) return script.close?.resolution ?? stop('script.missing', scriptKey.close);
    if (k === key.lessons) return script.close?.lessons ?? '';
    const step = stepOfKey(k);
    if (step !== undefined) {
      const variable = draftVariable(k.slice('steps.'.length).replace(/^([^.]+)\.vars\./, 'vars.$1.'));
      if (variable)
        return (
          own(spec(step)?.vars, variable.name) ??
          stop('script.missing', named(k), checks.described(step, variable.name))
        );
      if (k === key.stepReason(step)) return own(script.steps, step)?.reason ?? stop('script.missing', k);
      if (k === key.links(step))
        return Object.values(spec(step)?.published ?? {})
          .filter(Boolean)
          .join(' ');
    }
    return stop('script.missing', named(k));
  }

  function choose(k: string, values: string[], q: Keyed & { default?: string }): string {
    const timed = due(k, values);
    if (escaped && timed !== escaped) notNow.add(escaped);
    escaped = undefined;
    if (timed) return (acting = timed).action;
    advance(k);
    const pick = (value: string | undefined, where = named(k)) =>
      value !== undefined && values.includes(value) ? value : stop('script.missing', where);
    if (k === key.onDuty) return pick(input.as ?? script.on_duty ?? '', 'on_duty');
    if (k === key.channel) return values.includes(script.incident.channel) ? script.incident.channel : '';
    if (k.startsWith('triage.')) {
      const answer = own(script.triage, k.slice('triage.'.length));
      return pick(typeof answer === 'number' ? values[answer - 1] : answer);
    }
    if (k === key.level) return pick(acting?.value ?? script.override?.level, acting?.key ?? scriptKey.overrideLevel);
    if (k === key.answered) return pick(acting?.value);
    if (k === key.promiseBy) return pick(entry()?.promise?.approved_by);
    if (k.startsWith('notify.')) return pick(own(script.notify, k.slice('notify.'.length)));
    if (k === key.close) return closing(values);
    const step = stepOfKey(k)!;
    const channel = /^steps\.[^.]+\.published\.(.+)$/.exec(k)?.[1];
    if (channel !== undefined) return publish(step, channel, q);
    if (k === key.step(step)) {
      const status = own(script.steps, step)?.status ?? (checks.optional(step) ? 'later' : undefined);
      return pick(status === 'done' && !values.includes('done') ? 'back' : status);
    }
    // A private reply goes to one person on one network: the first the script posts on.
    const first = Object.keys(spec(step)?.published ?? {}).find((channel) => values.includes(channel));
    if (k === key.privateChannel(step)) return pick(first ?? q.default ?? values[0]);
    return stop('script.missing', named(k));
  }

  /** A message on a channel: published where the script gives its URL (or to the team), else left out. */
  function publish(step: string, channel: string, q: Keyed): string {
    const failed = q.checks?.problems.find((problem) => !(input.allowWarnings && WARNING_CHECKS.has(problem.ruleId)));
    const where = named(key.step(step));
    if (failed)
      throw new ScriptStop('script.checkFailed', { key: where, value: channel, response: q.checks!.response }, failed);
    checks.offered(step, channel, q.checks?.response, spec(step), acting?.action === 'update' ? acting.key : undefined);
    const done = acting?.action === 'update' || own(script.steps, step)?.status === 'done';
    return done && (own(spec(step)?.published, channel) !== undefined || channel === 'team') ? 'publish' : 'skip';
  }

  /** Every timed event due by the close done; what is left cannot happen, and says why. */
  function closing(values: string[]): string {
    const closeAt = script.close?.at === undefined ? undefined : time(script.close.at, scriptKey.closeAt);
    const after = pending.find((timed) => closeAt && timed.at > closeAt);
    if (after) throw new ScriptStop('script.afterClose', { key: after.key, value: '' });
    const update = pending.find((timed) => timed.action === 'update');
    if (update) throw new ScriptStop('script.noUpdate', { key: update.key, level: checks.level() });
    return script.close ? 'close' : values.includes('pause') ? 'pause' : stop('script.missing', scriptKey.close);
  }

  const ask = <T>(k: string | undefined, answer: (k: string) => T): Promise<T> => {
    // A question asked again and again with nothing recorded: the script cannot move the walkthrough on.
    if ((unanswered += 1) > 200) stop('script.stuck', k ?? '');
    return Promise.resolve(answer(k ?? ''));
  };
  const prompter: Prompter = {
    input: (q) => ask(q.key, (k) => valid(k, text(k, q), q.validate)),
    field: (q) =>
      ask(q.key, (k) => {
        const step = stepOfKey(k);
        const skipped = step !== undefined && acting?.action !== 'update' && own(script.steps, step)?.status !== 'done';
        // A menu comes after Esc: a timed event is done there, or a step the script does not do is marked.
        if (skipped) return MORE;
        escaped = acting ? undefined : pending.find((timed) => timed.at <= target(k) && !notNow.has(timed));
        if (escaped) return MORE;
        advance(k);
        checks.variable(step, draftVariable(k.replace(/^steps\.([^.]+)\.vars\./, 'vars.$1.'))?.name);
        // The script format has always taken an empty value, which a message may test with {{#if}}.
        return text(k, q);
      }),
    editText: (q) => ask(q.key, (k) => stop('script.missing', named(k))),
    confirm: (q) => ask(q.key, (k) => stop('script.missing', named(k))),
    select: <T extends string>(q: Keyed & { choices: Array<Choice<T>>; default?: T }) =>
      ask(
        q.key,
        (k) =>
          choose(
            k,
            q.choices.map((c) => c.value),
            q,
          ) as T,
      ),
    checkbox: <T extends string>(q: { key?: string; choices: Array<Choice<T>> }) =>
      ask(q.key, () =>
        q.choices
          .filter(
            (c) => (own(script.notify, c.value) ?? stop('script.missing', scriptKey.notify(c.value))) === 'reached',
          )
          .map((c) => c.value),
      ),
  };
  return {
    prompter,
    now: () => clock,
    /** Each event as the walkthrough records it: an action is over once its event is in the journal. */
    recorded(event: IncidentEvent): void {
      unanswered = 0;
      notNow.clear();
      checks.see(event, acting?.action === 'update' ? { answers: entry()?.update, key: acting.key } : undefined);
      if (event.type === acting?.action) acting = undefined;
      if (event.type === 'step' && isUpdateStep(event.step) && acting?.action === 'update') acting = undefined;
    },
  };
}
