import { promiseOutcome } from '../../escalate/promise-due.js';
import { durationText } from '../../i18n/duration-text.js';
import type { Translate } from '../../i18n/index.js';
import type { ReportData } from '../report-data.js';
import type { Facts, ViewFormat } from './facts.js';

// The promises made to people during the incident, and whether each was kept in time.

/** Judged as of the close, so a closed incident's report reads the same any day; while open, as of now. */
export function promisesData({ state, index, end }: Facts): ReportData['promises'] {
  return [...state.promises.values()].map((p) => ({
    id: p.promise,
    to: p.to,
    what: p.what,
    approvedBy: index.contacts.get(p.approved_by)?.name ?? p.approved_by,
    at: p.at,
    honoured: p.doneAt !== undefined,
    doneAt: p.doneAt,
    due: p.due,
    ...promiseOutcome(p, new Date(end)),
  }));
}

/** Where a promise stands, in words: the Promises table and the timeline's mark say the same. */
export function promiseOutcomeText(promise: ReportData['promises'][number], t: Translate): string {
  const late = () => durationText(t, promise.lateMinutes ?? 0);
  switch (promise.outcome) {
    case 'kept':
      return t(promise.due ? 'report.promiseKept' : 'report.honoured');
    case 'open':
      return t('report.promiseOpen');
    case 'kept-late':
      return t('report.promiseKeptLate', { late: late() });
    default:
      return t('report.promiseOverdue', { late: late() });
  }
}

export function promisesView(data: ReportData, { esc, time, labels, t }: ViewFormat) {
  // Object.assign rather than a spread followed by more keys, which V8 builds some ten times slower.
  return data.promises.map((p) =>
    Object.assign({}, p, {
      to: esc(p.to),
      what: esc(p.what),
      approvedBy: esc(p.approvedBy),
      time: time(p.at),
      doneTime: time(p.doneAt),
      open: !p.honoured,
      /** When it is due, or "no date given". */
      dueTime: p.due ? time(p.due) : labels.promiseNoDue,
      outcomeLabel: promiseOutcomeText(p, t),
      /** Kept late, still open or overdue: all but kept on time stand out. */
      standOut: p.outcome !== 'kept',
    }),
  );
}
