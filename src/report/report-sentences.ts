import { catalogFor, type MessageKey, type Translate } from '../i18n/index.js';
import { durationText } from '../i18n/duration-text.js';
import type { ReportData } from './report-data.js';

// The report's sentences made of several facts, in the plan's language.

/** A check's name in words; an id this version does not know (a later one wrote it) as it is. */
export function checkName(t: Translate, id: string): string {
  const key = `reportText.check.${id}`;
  return key in catalogFor('en') ? t(key as MessageKey) : id;
}

/** One line for the owner: the level (and the peak, when it was lowered), the first response, the promises open. */
export function executiveSummary(data: ReportData, t: Translate, levelName: (id: string) => string): string {
  const { incident, firstResponse } = data;
  const level = incident.level === undefined ? t('report.none') : levelName(incident.level);
  const peak = incident.peakLevel !== incident.level ? incident.peakLevel : undefined;
  const open = data.promises.filter((p) => !p.honoured).length;
  // `late` is said only by the missed one's sentence.
  const response = firstResponse
    ? t(`reportText.${firstResponse.outcome}`, { late: durationText(t, firstResponse.lateMinutes ?? 0) })
    : t('reportText.noDeadline');
  return t('reportText.executive', {
    level: peak === undefined ? level : t('reportText.peak', { level, peak: levelName(peak) }),
    response,
    promises: open === 0 ? t('reportText.noPromises') : t('reportText.promises', { count: open }),
  });
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
