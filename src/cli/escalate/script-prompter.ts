import { draftVariable, questionKey as key, scriptKey } from '../../escalate/draft-keys.js';
import { isUpdateStep, type IncidentEvent } from '../../escalate/events.js';
import { currentLevel, type IncidentState } from '../../escalate/replay.js';
import { dueTime, own, ScriptStop, type Script } from '../../escalate/script.js';
import { ScriptClock, stepOfKey } from '../../escalate/script-clock.js';
import type { Timed } from '../../escalate/script-events.js';
import { WARNING_CHECKS } from '../../messages/check-message.js';
import { MORE, type Choice, type Keyed, type Prompter, type Validate } from '../../model/prompter.js';
import { responseOf } from '../../model/plan-index.js';
import type { Playbook } from '../../model/schema.js';
import { isCommentKey, ScriptComment } from './script-comments.js';

/** The confirmation that records a message failing a check (messages.ts asks it). */
const PUBLISH_ANYWAY = /^steps\.[^.]+\.confirm\.[^.]+$/;

type TextQuestion = Keyed & { default?: string; validate?: Validate };

/** A question the script does not answer: the run stops, naming the key to add. */
const stop = (messageId: 'script.missing' | 'script.stuck', where: string, value = ''): never => {
  throw new ScriptStop(messageId, { key: where, value });
};

export interface ScriptAnswers {
  playbook: Playbook;
  script: Script;
  /** The drill's start: `+10m` counts from it, on a first run and on --resume alike. */
  start: Date;
  as?: string;
  allowWarnings: boolean;
  /** The journal so far, on --resume: what it did is not done again, and its clock goes on from its last event. */
  journal: readonly IncidentEvent[];
  /**
   * The incident as the walkthrough holds it, for the timed events that depend on it: a
   * department answers only once it is asked, and a stop names the level of its time.
   */
  incident: () => IncidentState | undefined;
}

/**
 * A drill is the walkthrough answered from a file: this prompter answers each question by its key
 * (draft-keys.ts questionKey) from the script, and moves the walkthrough's clock by `at:`. What the
 * script says happened at a time (a note, a promise, a level change, an update, a department's
 * answer) is done by choosing the walkthrough's own action at the first menu once it is due. A
 * question the script does not answer stops the run (ScriptStop) with the key to add.
 */
export function scriptPrompter(input: ScriptAnswers) {
  const { script, playbook } = input;
  const triaged = (playbook.triage?.length ?? 0) > 0;
  const clock = new ScriptClock(script, input.start, input.journal, triaged);
  let acting: Timed | undefined;
  let unanswered = 0;
  // Timed events a variable's Esc led to a menu that could not do them (an update before the first
  // public message): not left for again until something is recorded, or Esc would loop.
  const notNow = new Set<Timed>();
  let escaped: Timed | undefined;
  const waiting = (department: string) => {
    const asked = input.incident()?.departments.get(department);
    return asked !== undefined && asked.answeredAt === undefined;
  };
  // A step's last version in the plan, for what its questions say of it.
  const steps = new Map(playbook.levels.flatMap((l) => l.steps.map((step) => [step.id, step] as const)));

  const updating = () => acting?.action === 'update';
  const entry = () => (acting?.index === undefined ? undefined : script.events?.[acting.index]);
  const spec = (step: string) => (updating() ? entry()?.update : own(script.steps, step));
  const named = (k: string) => (updating() ? k.replace(/^steps\.[^.]+/, acting!.key) : k);
  /** ` (what the variable is)`, said after the key to add. */
  const described = (step: string, name: string) => {
    const description = responseOf(playbook, steps.get(step)?.response)?.variables[name]?.description;
    return description === undefined ? '' : ` (${description})`;
  };

  /** The script's value for a text question or a variable, as typed. */
  function text(k: string, q: TextQuestion): string {
    const promise = entry()?.promise;
    if (k === key.summary) return script.incident.summary;
    if (k === key.channel) return script.incident.channel;
    // Asked at the opening when the summary had none, or for a message that prints it (then required).
    if (k === key.link)
      return script.incident.link ?? ((q.validate?.('') ?? true) === true ? '' : stop('script.missing', k));
    if (k === key.detected) {
      if (script.incident.detected_at === undefined) return '';
      const minutes = Math.round((clock.now.getTime() - clock.time(script.incident.detected_at, k).getTime()) / 60_000);
      return minutes > 0 ? `-${minutes}m` : '';
    }
    if (k === key.note && acting?.action === 'note') return entry()!.note!;
    if (k === key.promiseTo && promise) return promise.to;
    if (k === key.promiseWhat && promise) return promise.what;
    if (k === key.promiseDue && promise) {
      if (promise.due === undefined) return q.default ?? '';
      const now = clock.now.getTime();
      const minutes = Math.round(((dueTime(promise.due, clock.now)?.getTime() ?? 0) - now) / 60_000);
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
        return own(spec(step)?.vars, variable.name) ?? stop('script.missing', named(k), described(step, variable.name));
      if (k === key.stepReason(step)) return own(script.steps, step)?.reason ?? stop('script.missing', k);
      if (k === key.links(step))
        return Object.values(spec(step)?.published ?? {})
          .filter(Boolean)
          .join(' ');
    }
    return stop('script.missing', named(k));
  }

  /** The script's answer to a text question, by its key; one the walkthrough would refuse stops the run. */
  function textAnswer(k: string, q: TextQuestion): string {
    const value = text(k, q);
    const verdict = q.validate?.(value) ?? true;
    if (verdict !== true) throw new ScriptStop('script.invalid', { key: named(k), value, reason: verdict });
    return value;
  }

  // The two answers the script must earn: a message goes out only once it passes its checks, and
  // the incident closes only once every timed event due before the close is done.

  /** A message on a channel: published where the script gives its URL (or to the team), else left out. */
  function publish(step: string, channel: string, q: Keyed): string {
    const failed = q.checks?.problems.find((problem) => !(input.allowWarnings && WARNING_CHECKS.has(problem.ruleId)));
    if (failed)
      throw new ScriptStop(
        'script.checkFailed',
        { key: named(key.step(step)), value: channel, response: q.checks!.response },
        failed,
      );
    const done = updating() || own(script.steps, step)?.status === 'done';
    return done && (own(spec(step)?.published, channel) !== undefined || channel === 'team') ? 'publish' : 'skip';
  }

  /** Every timed event due by the close done; what is left cannot happen, and says why (with the current level). */
  function closing(values: string[]): string {
    const closeAt = script.close?.at === undefined ? undefined : clock.time(script.close.at, scriptKey.closeAt);
    const after = clock.left.find((timed) => closeAt && timed.at > closeAt);
    if (after) throw new ScriptStop('script.afterClose', { key: after.key, value: '' });
    const update = clock.left.find((timed) => timed.action === 'update');
    const incident = input.incident();
    const level = (incident && currentLevel(incident)) ?? '';
    if (update) throw new ScriptStop('script.noUpdate', { key: update.key, level });
    return script.close ? 'close' : values.includes('pause') ? 'pause' : stop('script.missing', scriptKey.close);
  }

  /** The `comments:` entry being done, while the walkthrough is in its comment queue. */
  let comment: ScriptComment | undefined;
  const commenting = (k: string) => {
    if (acting?.action !== 'comments' || !isCommentKey(k)) return undefined;
    const entry = script.comments?.[acting.index ?? -1];
    if (!entry) return undefined;
    comment ??= new ScriptComment(entry, acting.key, input.allowWarnings);
    return comment;
  };
  /** The comment's questions, answered; its action over once the queue is left. */
  const inComments = <T>(k: string, answer: (c: ScriptComment) => T): T | undefined => {
    const c = commenting(k);
    if (!c) return undefined;
    const value = answer(c);
    if (c.done) {
      acting = undefined;
      comment = undefined;
      unanswered = 0;
    }
    return value;
  };

  function choose(k: string, q: Keyed & { choices: Array<Choice<string>>; default?: string }): string {
    const values = q.choices.map((c) => c.value);
    const answered = inComments(k, (c) => c.select(k, values, q.default));
    if (answered !== undefined) return answered;
    const can = (timed: Timed) =>
      values.includes(timed.action) && (timed.action !== 'answered' || waiting(timed.value!));
    const timed = acting ? undefined : clock.take(k, can);
    if (escaped && timed !== escaped) notNow.add(escaped);
    escaped = undefined;
    if (timed) return (acting = timed).action;
    clock.advance(k, updating());
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
      const status = own(script.steps, step)?.status ?? (steps.get(step)?.optional === true ? 'later' : undefined);
      return pick(status === 'done' && !values.includes('done') ? 'back' : status);
    }
    // A private reply goes to one person on one network: the first the script posts on.
    const first = Object.keys(spec(step)?.published ?? {}).find((channel) => values.includes(channel));
    if (k === key.privateChannel(step)) return pick(first ?? q.default ?? values[0]);
    return stop('script.missing', named(k));
  }

  const ask = <T>(k: string | undefined, answer: (k: string) => T): Promise<T> => {
    // A question asked again and again with nothing recorded: the script cannot move the walkthrough on.
    if ((unanswered += 1) > 200) stop('script.stuck', k ?? '');
    return Promise.resolve(answer(k ?? ''));
  };
  const prompter: Prompter = {
    input: (q) => ask(q.key, (k) => inComments(k, (c) => c.input(k)) ?? textAnswer(k, q)),
    field: (q) =>
      ask(q.key, (k) => {
        const commented = inComments(k, (c) => c.input(k));
        if (commented !== undefined) return commented;
        const step = stepOfKey(k);
        // An update's variables come from its event, typed as any other answer: no menu to lead to.
        if (step !== undefined && isUpdateStep(step)) return textAnswer(k, q);
        const skipped = step !== undefined && !updating() && own(script.steps, step)?.status !== 'done';
        // A menu comes after Esc: a timed event is done there, or a step the script does not do is marked.
        if (skipped) return MORE;
        escaped = acting ? undefined : clock.peek(k, notNow);
        if (escaped) return MORE;
        clock.advance(k, updating());
        // The script format has always taken an empty value, which a message may test with {{#if}}.
        return text(k, q);
      }),
    // A drill prints a long message whole: it has no page to wait at.
    pause: () => Promise.resolve(),
    editText: (q) => ask(q.key, (k) => stop('script.missing', named(k))),
    // Publishing a message that failed a check: publish() chose it only when the script may (--allow-warnings).
    confirm: (q) =>
      ask(
        q.key,
        (k) => inComments(k, (c) => c.confirm(k)) ?? (PUBLISH_ANYWAY.test(k) || stop('script.missing', named(k))),
      ),
    select: <T extends string>(q: Keyed & { choices: Array<Choice<T>>; default?: T }) =>
      ask(q.key, (k) => choose(k, q) as T),
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
    now: () => clock.now,
    /** Each event as the walkthrough records it: an action is over once its event is in the journal. */
    recorded(event: IncidentEvent): void {
      unanswered = 0;
      notNow.clear();
      if (event.type === acting?.action) acting = undefined;
      if (event.type === 'step' && isUpdateStep(event.step) && acting?.action === 'update') acting = undefined;
    },
  };
}
