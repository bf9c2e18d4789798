import { planIndex } from '../model/plan-index.js';
import type { Playbook } from '../model/schema.js';
import { clockMinutes, isLate } from './deadlines.js';
import type { EventOf } from './events.js';
import type { IncidentState } from './replay.js';
import { publicMessages, updateDeadline } from './update-deadline.js';

// The verdicts of the public updates against the deadlines of update-deadline.ts: each past update
// judged as it went out, and the next one owed at `now`.

/** The deadline for the next public update, at `now`. */
export interface NextUpdate {
  /** The level whose `update_every` set `due`. */
  level: string;
  /** When the last public message went out: the clock counts from it. */
  since: Date;
  due: Date;
  overdue: boolean;
  /** Whole minutes from `now` to `due`, negative once passed (the same rounding as deadlines.ts). */
  minutesLeft: number;
  /**
   * The last public message, when it answered an update deadline (it was not the first public
   * response), with its verdict as it stood when it went out: frozen, never recomputed.
   */
  frozen?: JudgedUpdate;
}

/** A public message after the first, judged against the update deadline that was running. */
export interface JudgedUpdate {
  message: EventOf<'published'>;
  level: string;
  due: Date;
  /** Minutes from the message to `due`, negative when it went out late. */
  minutesLeft: number;
  late: boolean;
}

/** Whether a public message is an update: not the first public response, nor a post of its step, nor an apology. */
function isUpdate(playbook: Playbook, message: EventOf<'published'>, first: EventOf<'published'>): boolean {
  if (message === first || (first.step !== undefined && message.step === first.step)) return false;
  return planIndex(playbook).responses.get(message.response)?.kind !== 'apology';
}

/** The verdict of `messages[index]` (index > 0), when it is an update with a deadline running. */
function judge(
  playbook: Playbook,
  state: IncidentState,
  messages: ReadonlyArray<EventOf<'published'>>,
  index: number,
): JudgedUpdate | undefined {
  const message = messages[index]!;
  if (!isUpdate(playbook, message, messages[0]!)) return undefined;
  const at = new Date(message.at);
  const deadline = updateDeadline(playbook, state, new Date(messages[index - 1]!.at), at);
  if (!deadline) return undefined;
  return { message, ...deadline, minutesLeft: clockMinutes(at, deadline.due), late: isLate(at, deadline.due) };
}

/** Every public update (after the first public response) that had an update deadline running, with its verdict. */
export function judgedUpdates(playbook: Playbook, state: IncidentState, end: Date): JudgedUpdate[] {
  const messages = publicMessages(playbook, state, end);
  return messages.flatMap((_, index) => (index === 0 ? [] : (judge(playbook, state, messages, index) ?? [])));
}

const isClosing = (playbook: Playbook, message: EventOf<'published'> | undefined) =>
  message !== undefined && planIndex(playbook).responses.get(message.response)?.kind === 'closing';

/** The public closing message, when it is the last public message up to `end`: the cadence is over. */
export function closingMessage(playbook: Playbook, state: IncidentState, end: Date): EventOf<'published'> | undefined {
  const last = publicMessages(playbook, state, end).at(-1);
  return isClosing(playbook, last) ? last : undefined;
}

/**
 * Where the cadence stands at `now`, from one walk of the public messages, as a status line shows it.
 * `next`: when the next public update is due; none before the first public response, after the
 * public closing message, once the incident is closed, and while the current level has no
 * `update_every` (unless one was owed before it, see updateDeadline). `last`: the last public
 * message, judged, when it answered an update deadline: its verdict as it went out, which holds
 * until the next public message, even after a closing message ends the cadence.
 */
export function updateCadence(
  state: IncidentState,
  playbook: Playbook,
  now: Date,
): { next?: NextUpdate; last?: JudgedUpdate } {
  const messages = publicMessages(playbook, state, now);
  const last = messages.length < 2 ? undefined : judge(playbook, state, messages, messages.length - 1);
  const latest = messages.at(-1);
  if (state.closed || !latest || isClosing(playbook, latest)) return { last };
  const since = new Date(latest.at);
  const deadline = updateDeadline(playbook, state, since, now);
  if (!deadline) return { last };
  const next = {
    ...deadline,
    since,
    overdue: isLate(now, deadline.due),
    minutesLeft: clockMinutes(now, deadline.due),
    frozen: last,
  };
  return { next, last };
}
