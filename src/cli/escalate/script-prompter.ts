import { questionKey as key, scriptKey } from '../../escalate/draft-keys.js';
import { isUpdateStep, type IncidentEvent } from '../../escalate/events.js';
import { currentLevel, type IncidentState } from '../../escalate/replay.js';
import { own, ScriptStop, type Script } from '../../escalate/script.js';
import { ScriptClock, stepOfKey } from '../../escalate/script-clock.js';
import type { Timed } from '../../escalate/script-events.js';
import { WARNING_CHECKS } from '../../messages/check-message.js';
import { MORE, type Choice, type Keyed, type Prompter } from '../../model/prompter.js';
import type { Playbook } from '../../model/schema.js';
import { isCommentKey, ScriptComment } from './script-comments.js';
import { ScriptTurn, stop } from './script-text.js';

/** The confirmation that records a message failing a check (messages.ts asks it). */
const PUBLISH_ANYWAY = /^steps\.[^.]+\.confirm\.[^.]+$/;

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
  const turn = new ScriptTurn(script, playbook, clock);
  let unanswered = 0;
  // Timed events a variable's Esc led to a menu that could not do them (an update before the first
  // public message): not left for again until something is recorded, or Esc would loop.
  const notNow = new Set<Timed>();
  let escaped: Timed | undefined;
  const waiting = (department: string) => {
    const asked = input.incident()?.departments.get(department);
    return asked !== undefined && asked.answeredAt === undefined;
  };

  // The two answers the script must earn: a message goes out only once it passes its checks, and
  // the incident closes only once every timed event due before the close is done.

  /** A message on a channel: published where the script gives its URL (or to the team), else left out. */
  function publish(step: string, channel: string, q: Keyed): string {
    const failed = q.checks?.problems.find((problem) => !(input.allowWarnings && WARNING_CHECKS.has(problem.ruleId)));
    if (failed)
      throw new ScriptStop(
        'script.checkFailed',
        { key: turn.named(key.step(step)), value: channel, response: q.checks!.response },
        failed,
      );
    const done = turn.updating() || own(script.steps, step)?.status === 'done';
    return done && (own(turn.spec(step)?.published, channel) !== undefined || channel === 'team') ? 'publish' : 'skip';
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
    if (turn.acting?.action !== 'comments' || !isCommentKey(k)) return undefined;
    const entry = script.comments?.[turn.acting.index ?? -1];
    if (!entry) return undefined;
    comment ??= new ScriptComment(entry, turn.acting.key, input.allowWarnings);
    return comment;
  };
  /** The comment's questions, answered; its action over once the queue is left. */
  const inComments = <T>(k: string, answer: (c: ScriptComment) => T): T | undefined => {
    const c = commenting(k);
    if (!c) return undefined;
    const value = answer(c);
    if (c.done) {
      turn.acting = undefined;
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
    const timed = turn.acting ? undefined : clock.take(k, can);
    if (escaped && timed !== escaped) notNow.add(escaped);
    escaped = undefined;
    if (timed) return (turn.acting = timed).action;
    clock.advance(k, turn.updating());
    const pick = (value: string | undefined, where = turn.named(k)) =>
      value !== undefined && values.includes(value) ? value : stop('script.missing', where);
    if (k === key.onDuty) return pick(input.as ?? script.on_duty ?? '', 'on_duty');
    if (k === key.channel) return values.includes(script.incident.channel) ? script.incident.channel : '';
    if (k.startsWith('triage.')) {
      const answer = own(script.triage, k.slice('triage.'.length));
      return pick(typeof answer === 'number' ? values[answer - 1] : answer);
    }
    if (k === key.level)
      return pick(turn.acting?.value ?? script.override?.level, turn.acting?.key ?? scriptKey.overrideLevel);
    if (k === key.answered) return pick(turn.acting?.value);
    if (k === key.promiseBy) return pick(turn.entry()?.promise?.approved_by);
    if (k.startsWith('notify.')) return pick(own(script.notify, k.slice('notify.'.length)));
    if (k === key.close) return closing(values);
    const step = stepOfKey(k)!;
    const channel = /^steps\.[^.]+\.published\.(.+)$/.exec(k)?.[1];
    if (channel !== undefined) return publish(step, channel, q);
    if (k === key.step(step)) {
      const status = own(script.steps, step)?.status ?? (turn.steps.get(step)?.optional === true ? 'later' : undefined);
      return pick(status === 'done' && !values.includes('done') ? 'back' : status);
    }
    // A private reply goes to one person on one network: the first the script posts on.
    const first = Object.keys(turn.spec(step)?.published ?? {}).find((channel) => values.includes(channel));
    if (k === key.privateChannel(step)) return pick(first ?? q.default ?? values[0]);
    return stop('script.missing', turn.named(k));
  }

  const ask = <T>(k: string | undefined, answer: (k: string) => T): Promise<T> => {
    // A question asked again and again with nothing recorded: the script cannot move the walkthrough on.
    if ((unanswered += 1) > 200) stop('script.stuck', k ?? '');
    return Promise.resolve(answer(k ?? ''));
  };
  const prompter: Prompter = {
    input: (q) => ask(q.key, (k) => inComments(k, (c) => c.input(k)) ?? turn.textAnswer(k, q)),
    field: (q) =>
      ask(q.key, (k) => {
        const commented = inComments(k, (c) => c.input(k));
        if (commented !== undefined) return commented;
        const step = stepOfKey(k);
        // An update's variables come from its event, typed as any other answer: no menu to lead to.
        if (step !== undefined && isUpdateStep(step)) return turn.textAnswer(k, q);
        const skipped = step !== undefined && !turn.updating() && own(script.steps, step)?.status !== 'done';
        // A menu comes after Esc: a timed event is done there, or a step the script does not do is marked.
        if (skipped) return MORE;
        escaped = turn.acting ? undefined : clock.peek(k, notNow);
        if (escaped) return MORE;
        clock.advance(k, turn.updating());
        // The script format has always taken an empty value, which a message may test with {{#if}}.
        return turn.text(k, q);
      }),
    // A drill prints a long message whole: it has no page to wait at.
    pause: () => Promise.resolve(),
    editText: (q) => ask(q.key, (k) => stop('script.missing', turn.named(k))),
    // Publishing a message that failed a check: publish() chose it only when the script may (--allow-warnings).
    confirm: (q) =>
      ask(
        q.key,
        (k) => inComments(k, (c) => c.confirm(k)) ?? (PUBLISH_ANYWAY.test(k) || stop('script.missing', turn.named(k))),
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
      if (event.type === turn.acting?.action) turn.acting = undefined;
      if (event.type === 'step' && isUpdateStep(event.step) && turn.acting?.action === 'update')
        turn.acting = undefined;
    },
  };
}
