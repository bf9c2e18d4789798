import { draftVariable, questionKey as key, scriptKey } from '../../escalate/draft-keys.js';
import { dueTime, own, ScriptStop, type Script } from '../../escalate/script.js';
import { stepOfKey, type ScriptClock } from '../../escalate/script-clock.js';
import type { Timed } from '../../escalate/script-events.js';
import type { Keyed, Validate } from '../../model/prompter.js';
import { responseOf } from '../../model/plan-index.js';
import type { Playbook, Step } from '../../model/schema.js';

// What a drill's script says in words: the text answers script-prompter.ts gives, by the key of
// the question, for the timed event in hand or the script's own sections.

type TextQuestion = Keyed & { default?: string; validate?: Validate };

/** A question the script does not answer: the run stops, naming the key to add. */
export const stop = (messageId: 'script.missing' | 'script.stuck', where: string, value = ''): never => {
  throw new ScriptStop(messageId, { key: where, value });
};

/** The script being answered from, and the timed event it is doing (`acting`), if any. */
export class ScriptTurn {
  acting: Timed | undefined;
  // A step's last version in the plan, for what its questions say of it.
  readonly steps: ReadonlyMap<string, Step>;

  constructor(
    readonly script: Script,
    private readonly playbook: Playbook,
    private readonly clock: ScriptClock,
  ) {
    this.steps = new Map(playbook.levels.flatMap((l) => l.steps.map((step) => [step.id, step] as const)));
  }

  readonly updating = () => this.acting?.action === 'update';
  /** The `events:` entry in hand. */
  readonly entry = () => (this.acting?.index === undefined ? undefined : this.script.events?.[this.acting.index]);
  readonly spec = (step: string) => (this.updating() ? this.entry()?.update : own(this.script.steps, step));
  /** A question's key as the script names it: an update's step is its entry. */
  readonly named = (k: string) => (this.updating() ? k.replace(/^steps\.[^.]+/, this.acting!.key) : k);
  /** ` (what the variable is)`, said after the key to add. */
  private readonly described = (step: string, name: string) => {
    const description = responseOf(this.playbook, this.steps.get(step)?.response)?.variables[name]?.description;
    return description === undefined ? '' : ` (${description})`;
  };

  /** The script's value for a text question or a variable, as typed. */
  text(k: string, q: TextQuestion): string {
    const promise = this.entry()?.promise;
    if (k === key.summary) return this.script.incident.summary;
    if (k === key.channel) return this.script.incident.channel;
    // Asked at the opening when the summary had none, or for a message that prints it (then required).
    if (k === key.link)
      return this.script.incident.link ?? ((q.validate?.('') ?? true) === true ? '' : stop('script.missing', k));
    if (k === key.detected) {
      if (this.script.incident.detected_at === undefined) return '';
      const minutes = Math.round(
        (this.clock.now.getTime() - this.clock.time(this.script.incident.detected_at, k).getTime()) / 60_000,
      );
      return minutes > 0 ? `-${minutes}m` : '';
    }
    if (k === key.note && this.acting?.action === 'note') return this.entry()!.note!;
    if (k === key.promiseTo && promise) return promise.to;
    if (k === key.promiseWhat && promise) return promise.what;
    if (k === key.promiseDue && promise) {
      if (promise.due === undefined) return q.default ?? '';
      const now = this.clock.now.getTime();
      const minutes = Math.round(((dueTime(promise.due, this.clock.now)?.getTime() ?? 0) - now) / 60_000);
      if (minutes <= 0)
        throw new ScriptStop('script.duePast', { key: `${this.acting!.key}.promise.due`, value: promise.due });
      return `${minutes}m`;
    }
    if (k === key.levelReason)
      return this.acting?.key === scriptKey.overrideLevel || !this.acting
        ? (this.script.override?.reason ?? stop('script.missing', scriptKey.overrideLevel))
        : (this.entry()?.reason ?? stop('script.missing', `${this.acting.key}.reason`));
    if (k === key.resolution) return this.script.close?.resolution ?? stop('script.missing', scriptKey.close);
    if (k === key.lessons) return this.script.close?.lessons ?? '';
    const step = stepOfKey(k);
    if (step !== undefined) {
      const variable = draftVariable(k.slice('steps.'.length).replace(/^([^.]+)\.vars\./, 'vars.$1.'));
      if (variable)
        return (
          own(this.spec(step)?.vars, variable.name) ??
          stop('script.missing', this.named(k), this.described(step, variable.name))
        );
      if (k === key.stepReason(step)) return own(this.script.steps, step)?.reason ?? stop('script.missing', k);
      if (k === key.links(step))
        return Object.values(this.spec(step)?.published ?? {})
          .filter(Boolean)
          .join(' ');
    }
    return stop('script.missing', this.named(k));
  }

  /** The script's answer to a text question, by its key; one the walkthrough would refuse stops the run. */
  textAnswer(k: string, q: TextQuestion): string {
    const value = this.text(k, q);
    const verdict = q.validate?.(value) ?? true;
    if (verdict !== true) throw new ScriptStop('script.invalid', { key: this.named(k), value, reason: verdict });
    return value;
  }
}
