import { durationText } from '../../i18n/duration-text.js';
import type { ReportData } from '../report-data.js';
import { minutesBetween, type Facts, type ViewFormat } from './facts.js';

// The first public response against the level's deadline, and which response it was.

export function firstResponseData({
  deadline,
  firstPublic,
  end,
  kindOf,
  channelName,
}: Facts): ReportData['firstResponse'] {
  return (
    deadline && {
      due: deadline.due.toISOString(),
      at: firstPublic?.at,
      kind: firstPublic && kindOf(firstPublic.response),
      channel: firstPublic?.channel,
      channelName: firstPublic && channelName(firstPublic.channel),
      outcome: deadline.status,
      lateMinutes:
        deadline.status === 'missed' ? minutesBetween(deadline.due.toISOString(), firstPublic?.at ?? end) : undefined,
    }
  );
}

export function firstResponseView(data: ReportData, { esc, time, outcome, t }: ViewFormat) {
  const first = data.firstResponse;
  return (
    first && {
      ...first,
      dueTime: time(first.due),
      time: time(first.at),
      outcomeLabel: outcome(first.outcome),
      /** How late, in words; empty when it was not. */
      late: first.lateMinutes === undefined ? '' : durationText(t, first.lateMinutes),
      /** Which response met (or missed) it: "apology on X (Twitter)". */
      byLabel: first.kind
        ? t('report.responseBy', { kind: t(`kind.${first.kind}`), channel: esc(first.channelName ?? '') })
        : '',
    }
  );
}
