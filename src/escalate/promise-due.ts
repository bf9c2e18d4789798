import { clockMinutes, isLate } from './deadlines.js';
import type { IncidentState } from './replay.js';

// Where a promise stands against its due time: the one reading `crisis promises`, its
// calendar file and the report share, so the three never disagree about what is late.

/** Open: overdue, due soon, due later, or with no due date. Honoured: on time, or late. */
export type PromiseStatus = 'overdue' | 'due-soon' | 'open' | 'no-due' | 'kept' | 'kept-late';

/** A promise is "due soon" within this many minutes of its due time: a day, so it is seen the evening before. */
export const DUE_SOON_MINUTES = 24 * 60;

export interface PromiseFacts {
  due?: string;
  doneAt?: string;
}

export interface PromiseReading {
  status: PromiseStatus;
  /** Minutes past the due time: when kept late, by how much; when overdue, how late now. */
  lateMinutes?: number;
  /** Minutes until the due time, for an open promise not yet due. */
  leftMinutes?: number;
}

/** Where one promise stands at `now`: kept on time or late (measured at its honouring), or open against its due time. */
export function readPromise(promise: PromiseFacts, now: Date): PromiseReading {
  const { due, doneAt } = promise;
  if (doneAt !== undefined) {
    return due !== undefined && isLate(doneAt, due)
      ? { status: 'kept-late', lateMinutes: clockMinutes(due, doneAt) }
      : { status: 'kept' };
  }
  if (due === undefined) return { status: 'no-due' };
  // Judged to the minute as every deadline is (deadlines.ts): due now is not overdue yet.
  if (isLate(now, due)) return { status: 'overdue', lateMinutes: clockMinutes(due, now) };
  const left = clockMinutes(now, due);
  return { status: left <= DUE_SOON_MINUTES ? 'due-soon' : 'open', leftMinutes: left };
}

/** The order of a list: what needs doing first, then what can wait, then what is done. */
const RANK: Record<PromiseStatus, number> = {
  overdue: 0,
  'due-soon': 1,
  open: 2,
  'no-due': 3,
  'kept-late': 4,
  kept: 4,
};

export interface ListedPromise extends PromiseReading {
  id: string;
  incidentId: string;
  summary: string;
  drill: boolean;
  to: string;
  what: string;
  /** The contact id of whoever approved it. */
  approvedBy: string;
  at: string;
  due?: string;
  doneAt?: string;
}

/** Every promise of some incidents with its reading, most urgent first; the earliest due leads each group. */
export function listPromises(incidents: readonly IncidentState[], now: Date): ListedPromise[] {
  const listed = incidents.flatMap((state) =>
    [...state.promises.values()].map((p): ListedPromise => ({
      id: p.promise,
      incidentId: state.id,
      summary: state.summary,
      drill: state.drill,
      to: p.to,
      what: p.what,
      approvedBy: p.approved_by,
      at: p.at,
      due: p.due,
      doneAt: p.doneAt,
      ...readPromise(p, now),
    })),
  );
  const time = (iso: string | undefined) => (iso === undefined ? Number.POSITIVE_INFINITY : Date.parse(iso));
  return listed.sort(
    (a, b) =>
      RANK[a.status] - RANK[b.status] ||
      time(a.due) - time(b.due) ||
      time(a.at) - time(b.at) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** The report's reading: kept on time or late, or still open, overdue or not; due soon is the listing's concern. */
export function promiseOutcome(
  promise: PromiseFacts,
  now: Date,
): { outcome: 'kept' | 'kept-late' | 'open' | 'overdue'; lateMinutes?: number } {
  const { status, lateMinutes } = readPromise(promise, now);
  if (status === 'kept' || status === 'kept-late' || status === 'overdue') return { outcome: status, lateMinutes };
  return { outcome: 'open' };
}
