import { brandZoneName } from '../../escalate/brand-time.js';
import { durationText } from '../../i18n/duration-text.js';
import type { ReportData } from '../report-data.js';
import { safeHref } from '../link-text.js';
import type { Facts, ViewFormat } from './facts.js';

// The incident itself: what it was, where it started, the levels it went through and why, and
// what the team wrote down on the way and at the close.

/** The most severe level the incident reached, whatever it was lowered to since. */
function peakLevel({ index, state }: Facts): string | undefined {
  const severity = (id: string) => index.levels.get(id)?.severity ?? -Infinity;
  return state.levels.reduce<string | undefined>(
    (peak, change) => (peak === undefined || severity(change.level) > severity(peak) ? change.level : peak),
    undefined,
  );
}

/** One line for the owner: the level (and the peak, when it was lowered), the first response, the promises open. */
function executiveSummary(data: ReportData, { t, levelName }: ViewFormat): string {
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

export function incidentData(facts: Facts): Pick<ReportData, 'incident' | 'levels' | 'triage'> {
  const { state, index } = facts;
  const contactName = (id: string) => index.contacts.get(id)?.name ?? id;
  return {
    incident: {
      id: state.id,
      summary: state.summary,
      channel: state.channel,
      link: state.link,
      detectedAt: state.detectedAt,
      declaredAt: state.openedAt,
      closedAt: state.closed?.at,
      open: !state.closed,
      level: state.levels.at(-1)?.level,
      channelName: index.channels.get(state.channel)?.name,
      peakLevel: peakLevel(facts),
      onDuty: state.onDuty === undefined ? undefined : { contact: state.onDuty, name: contactName(state.onDuty) },
    },
    levels: state.levels.map((l) => ({ ...l, name: index.levels.get(l.level)?.name ?? l.level })),
    triage: (state.triage ?? []).map((a) => ({
      question: index.triage.get(a.question)?.question ?? a.question,
      option: a.option,
      level: a.level,
    })),
  };
}

export function recordData({ state }: Facts): Pick<ReportData, 'notes' | 'resolution' | 'lessons'> {
  return {
    notes: state.notes.map((n) => ({ at: n.at, text: n.text })),
    resolution: state.closed?.resolution,
    lessons: state.closed?.lessons,
  };
}

export function incidentView(data: ReportData, brand: Facts['playbook']['brand'], v: ViewFormat) {
  const { esc, time, levelName } = v;
  const { incident } = data;
  return {
    brand: { name: esc(brand.name), timezone: esc(brandZoneName(brand.timezone)) },
    incident: {
      ...incident,
      summary: esc(incident.summary),
      // A channel the plan does not list (free text) is shown as it was typed.
      channelName: esc(incident.channelName ?? incident.channel),
      link: incident.link === undefined ? undefined : v.address(incident.link),
      linkHref: safeHref(incident.link),
      detected: time(incident.detectedAt),
      declared: time(incident.declaredAt),
      /** The close, or "in progress, as of" the time the report was made. */
      closed: incident.closedAt
        ? time(incident.closedAt)
        : v.t('report.inProgressAsOf', { time: time(data.generatedAt) }),
      levelName: incident.level ? levelName(incident.level) : '',
      /** The peak's name when the incident was lowered from it, else empty. */
      peakLevelName: incident.peakLevel && incident.peakLevel !== incident.level ? levelName(incident.peakLevel) : '',
      onDutyName: incident.onDuty ? esc(incident.onDuty.name) : '',
      /** One line for the owner: the level, the first response, the promises open. */
      executive: executiveSummary(data, v),
    },
    levels: data.levels.map((l) => ({ ...l, name: esc(l.name), reason: esc(l.reason), time: time(l.at) })),
    triage: data.triage.map((a) => ({
      ...a,
      question: esc(a.question),
      option: esc(a.option),
      levelName: levelName(a.level),
    })),
  };
}

export function recordView(data: ReportData, { esc, block, time }: ViewFormat) {
  return {
    // Object.assign rather than a spread followed by more keys, which V8 builds some ten times slower.
    notes: data.notes.map((n) => Object.assign({}, n, { text: esc(n.text), time: time(n.at) })),
    resolution: data.resolution === undefined ? undefined : block(data.resolution),
    lessons: data.lessons === undefined ? undefined : block(data.lessons),
  };
}
