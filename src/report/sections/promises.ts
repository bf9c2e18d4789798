import { promiseOutcome } from '../../escalate/promise-due.js';
import { formatDuration } from '../../model/duration.js';
import type { ReportData } from '../report-data.js';
import type { Facts, ViewFormat } from './facts.js';

// The promises made to people during the incident, and whether each was kept in time.

export function promisesData({ state, index, now }: Facts): ReportData['promises'] {
  return [...state.promises.values()].map((p) => ({
    id: p.promise,
    to: p.to,
    what: p.what,
    approvedBy: index.contacts.get(p.approved_by)?.name ?? p.approved_by,
    at: p.at,
    honoured: p.doneAt !== undefined,
    doneAt: p.doneAt,
    due: p.due,
    ...promiseOutcome(p, now),
  }));
}

export type PromisesView = Array<
  ReportData['promises'][number] & {
    time: string;
    doneTime: string;
    open: boolean;
    /** When it is due, or "no date given". */
    dueTime: string | undefined;
    outcomeLabel: string | undefined;
    /** Kept late, still open or overdue: all but kept on time stand out. */
    standOut: boolean;
  }
>;

export function promisesView(data: ReportData, { esc, time, labels, t }: ViewFormat): PromisesView {
  return data.promises.map((p) => ({
    ...p,
    to: esc(p.to),
    what: esc(p.what),
    approvedBy: esc(p.approvedBy),
    time: time(p.at),
    doneTime: time(p.doneAt),
    open: !p.honoured,
    dueTime: p.due ? time(p.due) : labels.promiseNoDue,
    outcomeLabel:
      p.outcome === 'kept'
        ? p.due
          ? labels.promiseKept
          : labels.honoured
        : p.outcome === 'open'
          ? labels.promiseOpen
          : t(p.outcome === 'kept-late' ? 'report.promiseKeptLate' : 'report.promiseOverdue', {
              late: formatDuration(p.lateMinutes ?? 0),
            }),
    standOut: p.outcome !== 'kept',
  }));
}
