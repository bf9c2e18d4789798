import { questionKey as key, scriptKey } from './draft-keys.js';
import type { IncidentEvent } from './events.js';
import { own, parseTime, ScriptStop, tooFar, type Script } from './script.js';
import { alreadyDone, timedEvents, type Timed } from './script-events.js';

/** The step a question's key is about: `steps.comunicado.vars.solucion` is about `comunicado`. */
export const stepOfKey = (k: string): string | undefined => /^steps\.([^.]+)/.exec(k)?.[1];

// The end of time for Date: the close of a script without one, which nothing reaches.
const NEVER = 8.64e15;

/**
 * A drill's clock, and what the script says happened at a time. It starts at the script's start
 * (on --resume, at the journal's last event), moves to a step's `at:` when the step's first
 * question is answered, and to a timed event's time when the walkthrough does it.
 */
export class ScriptClock {
  now: Date;
  private readonly floor: Date;
  private pending: Timed[];
  /** The steps (and other questions) whose `at:` has moved the clock already. */
  private readonly moved = new Set<string>();

  constructor(
    private readonly script: Script,
    private readonly start: Date,
    journal: readonly IncidentEvent[],
    triaged: boolean,
  ) {
    const last = journal.at(-1);
    this.now = last && new Date(last.at) > start ? new Date(last.at) : start;
    this.floor = this.now;
    const timed = timedEvents(script, (value, where) => this.time(value, where), start, triaged);
    this.pending = alreadyDone(timed, journal, triaged);
  }

  /** A time of the script, absolute or `+10m` from its start, named by its key when it is none. */
  time(value: string, where: string): Date {
    const date = parseTime(value, this.start);
    if (!date) throw new ScriptStop('script.time', { key: where, where, value });
    if (tooFar(date, this.start)) throw new ScriptStop('script.timeTooFar', { key: where, where, value });
    return date;
  }

  private mark(k: string): string {
    const step = stepOfKey(k);
    return step === undefined ? k : `step:${step}`;
  }

  /** Where this question's answer moves the clock: its step's `at`, or the close's; an update's never. */
  target(k: string, updating = false): Date {
    if (this.moved.has(this.mark(k)) || updating) return this.now;
    const step = stepOfKey(k);
    const at = step === undefined ? undefined : own(this.script.steps, step)?.at;
    if (at !== undefined) return this.time(at, scriptKey.at(scriptKey.step(step!)));
    if (k !== key.close) return this.now;
    // Without a close the incident stays open with everything the script says happened.
    const close = this.script.close?.at;
    return close === undefined ? new Date(NEVER) : this.time(close, scriptKey.closeAt);
  }

  /** The clock moved by the answer to this question; it never goes back before the run's start. */
  advance(k: string, updating = false): void {
    const to = this.target(k, updating);
    this.moved.add(this.mark(k));
    if (to < this.now && to >= this.floor)
      throw new ScriptStop('script.backwards', { key: scriptKey.at(scriptKey.step(stepOfKey(k) ?? '')), value: '' });
    if (to > this.now && to.getTime() < NEVER) this.now = to;
  }

  /** The first timed event due by this question's time that `can` do, taken off the list; the clock moves to it. */
  take(k: string, can: (timed: Timed) => boolean): Timed | undefined {
    const to = this.target(k);
    const found = this.pending.find((timed) => timed.at <= to && can(timed));
    if (!found) return undefined;
    this.pending = this.pending.filter((timed) => timed !== found);
    if (found.at > this.now) this.now = found.at;
    return found;
  }

  /** The first timed event due by this question's time that is not `except`, left on the list. */
  peek(k: string, except: ReadonlySet<Timed>): Timed | undefined {
    return this.pending.find((timed) => timed.at <= this.target(k) && !except.has(timed));
  }

  /** What the script says happens and the walkthrough has not done yet. */
  get left(): readonly Timed[] {
    return this.pending;
  }
}
