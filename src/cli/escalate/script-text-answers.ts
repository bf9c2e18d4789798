import { draftVariable, questionKey as key, scriptKey } from '../../escalate/draft-keys.js';
import { dueTime, own, ScriptStop, type Script } from '../../escalate/script.js';
import { stepOfKey, type ScriptClock } from '../../escalate/script-clock.js';
import type { Timed } from '../../escalate/script-events.js';
import type { Keyed, Validate } from '../../model/prompter.js';

/** Where a drill's script stands as the walkthrough asks: what script-prompter.ts answers from. */
export interface Answering {
  script: Script;
  clock: ScriptClock;
  /** The timed event the walkthrough is doing for the script: its questions are answered from it. */
  readonly acting?: Timed;
  /** Its entry of `events:`, when it comes from there. */
  entry(): NonNullable<Script['events']>[number] | undefined;
  /** The answers of a step: the script's step, or the update being published. */
  spec(step: string): { vars?: Record<string, string>; published?: Record<string, string> } | undefined;
  /** A question's key as the script spells it: an update's questions are under its event. */
  named(k: string): string;
  /** ` (what the variable is)`, said after the key to add. */
  described(step: string, name: string): string;
}

/** A question the script does not answer: the run stops, naming the key to add. */
export const stop = (messageId: 'script.missing' | 'script.stuck', where: string, value = ''): never => {
  throw new ScriptStop(messageId, { key: where, value });
};

/** The script's answer to a text question, by its key; one the walkthrough would refuse stops the run. */
export function textAnswer(a: Answering, k: string, q: Keyed & { default?: string; validate?: Validate }): string {
  const value = text(a, k, q);
  return q.validate === undefined ? value : valid(a, k, value, q.validate);
}

function valid(a: Answering, k: string, value: string, validate: Validate): string {
  const verdict = validate(value);
  if (verdict !== true) throw new ScriptStop('script.invalid', { key: a.named(k), value, reason: verdict });
  return value;
}

/** The script's value for a text question or a variable, as typed. */
export function text(a: Answering, k: string, q: Keyed & { default?: string; validate?: Validate }): string {
  const promise = a.entry()?.promise;
  if (k === key.summary) return a.script.incident.summary;
  if (k === key.channel) return a.script.incident.channel;
  // Asked at the opening when the summary had none, or for a message that prints it (then required).
  if (k === key.link)
    return a.script.incident.link ?? ((q.validate?.('') ?? true) === true ? '' : stop('script.missing', k));
  if (k === key.detected) {
    if (a.script.incident.detected_at === undefined) return '';
    const minutes = Math.round(
      (a.clock.now.getTime() - a.clock.time(a.script.incident.detected_at, k).getTime()) / 60_000,
    );
    return minutes > 0 ? `-${minutes}m` : '';
  }
  if (k === key.note && a.acting?.action === 'note') return a.entry()!.note!;
  if (k === key.promiseTo && promise) return promise.to;
  if (k === key.promiseWhat && promise) return promise.what;
  if (k === key.promiseDue && promise) {
    if (promise.due === undefined) return q.default ?? '';
    const now = a.clock.now.getTime();
    const minutes = Math.round(((dueTime(promise.due, a.clock.now)?.getTime() ?? 0) - now) / 60_000);
    if (minutes <= 0)
      throw new ScriptStop('script.duePast', { key: `${a.acting!.key}.promise.due`, value: promise.due });
    return `${minutes}m`;
  }
  if (k === key.levelReason)
    return a.acting?.key === scriptKey.overrideLevel || !a.acting
      ? (a.script.override?.reason ?? stop('script.missing', scriptKey.overrideLevel))
      : (a.entry()?.reason ?? stop('script.missing', `${a.acting.key}.reason`));
  if (k === key.resolution) return a.script.close?.resolution ?? stop('script.missing', scriptKey.close);
  if (k === key.lessons) return a.script.close?.lessons ?? '';
  const step = stepOfKey(k);
  if (step !== undefined) {
    const variable = draftVariable(k.slice('steps.'.length).replace(/^([^.]+)\.vars\./, 'vars.$1.'));
    if (variable)
      return (
        own(a.spec(step)?.vars, variable.name) ?? stop('script.missing', a.named(k), a.described(step, variable.name))
      );
    if (k === key.stepReason(step)) return own(a.script.steps, step)?.reason ?? stop('script.missing', k);
    if (k === key.links(step))
      return Object.values(a.spec(step)?.published ?? {})
        .filter(Boolean)
        .join(' ');
  }
  return stop('script.missing', a.named(k));
}
