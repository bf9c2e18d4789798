import { audienceOf } from '../../escalate/events.js';
import { durationText } from '../../i18n/duration-text.js';
import { catalogFor, type MessageKey } from '../../i18n/index.js';
import { linkParts, safeHref } from '../link-text.js';
import type { ReportData } from '../report-data.js';
import type { Facts, ViewFormat } from './facts.js';

// Every message sent, public, private or to the team, with the updates judged against the cadence.

/** A check's name in words; an id this version does not know (a later one wrote it) as it is. */
function checkName(t: ViewFormat['t'], id: string): string {
  const key = `reportText.check.${id}`;
  return key in catalogFor('en') ? t(key as MessageKey) : id;
}

export function messagesData({ state, cadence, kindOf, channelName }: Facts): ReportData['messages'] {
  const judged = new Map(cadence.updates.map((update) => [update.message, update]));
  return state.published.map((p) => {
    const update = judged.get(p);
    return {
      at: p.at,
      step: p.step,
      response: p.response,
      kind: kindOf(p.response),
      audience: audienceOf(p),
      channel: p.channel,
      channelName: channelName(p.channel),
      text: p.text,
      url: p.url,
      edited: p.edited,
      // Always a key, so a strict template may test it on any message; JSON leaves it out when undefined.
      failedChecks: p.failed_checks && p.failed_checks.length > 0 ? p.failed_checks : undefined,
      ...(update && {
        update: true,
        updateDue: update.due.toISOString(),
        ...(update.late && { late: true, minutesLate: -update.minutesLeft }),
      }),
    };
  });
}

export function messagesView(data: ReportData, { esc, block, time, labels, t, address }: ViewFormat) {
  // Object.assign rather than a spread followed by more keys, which V8 builds some ten times slower.
  return data.messages.map((m) =>
    Object.assign({}, m, {
      time: time(m.at),
      channelName: m.audience === 'internal' ? (labels.team ?? '') : esc(m.channelName),
      /** Empty for a public post. */
      audienceLabel: m.audience === 'private' ? labels.private : m.audience === 'internal' ? labels.internal : '',
      text: block(m.text),
      /** For HTML: the text in pieces, each http(s) address with its href (link-text.ts). */
      textParts: linkParts(m.text).map((part) => ({ text: block(part.text), href: part.href })),
      url: m.url === undefined ? undefined : address(m.url),
      urlHref: safeHref(m.url),
      editedLabel: !m.edited
        ? ''
        : m.failedChecks?.length
          ? t('reportText.editedAfterCheck', { checks: m.failedChecks.map((id) => checkName(t, id)).join(', ') })
          : labels.edited,
      lateLabel: m.late ? t('report.updateLate', { late: durationText(t, m.minutesLate ?? 0) }) : '',
    }),
  );
}
