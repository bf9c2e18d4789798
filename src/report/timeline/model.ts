import { brandTimeFormat } from '../../escalate/brand-time.js';
import { clockMinutes } from '../../escalate/deadlines.js';
import { durationText } from '../../i18n/duration-text.js';
import { brandDay, brandWallClock } from '../../escalate/wall-clock.js';
import { translator } from '../../i18n/index.js';
import type { Outcome, ReportData } from '../report-data.js';
import { groupDrafts } from './groups.js';
import { mentionBars, mentionsDesc } from './mentions.js';
import { drafts, LANES, MARK_STYLES, type Lane, type TimelineContext, type TimelineEvent } from './events.js';

// What the timeline shows, as data in the plan's language: the numbered marks, the level bands,
// the milestones, the legend and the accessible text. No positions yet: layout.ts places them.

export type MilestoneKind = 'seen' | 'deadline' | 'first' | 'closed' | 'open';

export interface Milestone {
  at: number;
  kind: MilestoneKind;
  outcome?: Outcome;
  label: string;
}

export type TimelineModel = ReturnType<typeof timelineModel>;

/** The incident's end as the report sees it: the close, or the moment the report was made. */
function endOf(data: ReportData): number {
  if (data.incident.closedAt) return Date.parse(data.incident.closedAt);
  return Date.parse(data.incident.detectedAt) + data.metrics.durationMinutes * 60_000;
}

export function timelineModel(data: ReportData, ctx: TimelineContext) {
  const t = translator(ctx.lang);
  const seen = Date.parse(data.incident.detectedAt);
  const close = endOf(data);
  // A mark per event: each minute formatted once (brandTimeFormat), not each time again.
  const clock = brandTimeFormat(ctx.brand, 'time');
  const date = brandTimeFormat(ctx.brand, 'date');
  const datetime = brandTimeFormat(ctx.brand);
  const list = drafts(data, t, ctx, clock);
  // Folds, not Math.min(...list): spreading 200,000 times into arguments overflows the call stack.
  const from = list.reduce((least, e) => Math.min(least, e.at), seen);
  const due = data.firstResponse ? Date.parse(data.firstResponse.due) : undefined;
  const end = list.reduce((most, e) => Math.max(most, e.at), close);
  const to = Math.max(end, due ?? 0, from + 60_000);
  const sameDay = (a: number, b: number) =>
    brandDay(new Date(a), ctx.brand.timezone) === brandDay(new Date(b), ctx.brand.timezone);
  const oneDay = sameDay(from, to);
  const short = (at: number) => (oneDay ? clock : datetime)(new Date(at));
  const full = (at: number) => datetime(new Date(at));

  const laneOrder = (lane: Lane) => LANES.indexOf(lane);
  const firstPublic = data.firstResponse?.at ? Date.parse(data.firstResponse.at) : undefined;
  const shown = groupDrafts(
    list,
    { from, to },
    (instant) => brandWallClock(instant, ctx.brand.timezone),
    (draft) => draft.lane === 'messages' && draft.at === firstPublic,
    t,
    short,
  );
  const events = shown
    .map((e, index) => ({ e, index }))
    .sort((a, b) => a.e.at - b.e.at || laneOrder(a.e.lane) - laneOrder(b.e.lane) || a.index - b.index)
    .map(({ e: { say, ...e } }, index): TimelineEvent => ({ ...e, text: say(), n: index + 1 }));

  // A level holds from its declaration until the next change, then the close (or now, while open).
  const bands = data.levels.map((l, index) => ({
    from: Date.parse(l.at),
    to: Math.max(Date.parse(l.at), index + 1 < data.levels.length ? Date.parse(data.levels[index + 1]!.at) : end),
    name: l.name,
    severity: ctx.level(l.level)?.severity ?? 1,
  }));

  const fr = data.firstResponse;
  const milestones: Milestone[] = [{ at: seen, kind: 'seen', label: t('timeline.seen', { time: short(seen) }) }];
  if (fr) {
    const label = t('timeline.deadline', { time: short(due!), outcome: t(`report.${fr.outcome}`) });
    milestones.push({ at: due!, kind: 'deadline', outcome: fr.outcome, label });
  }
  if (fr?.at) {
    const at = Date.parse(fr.at);
    milestones.push({ at, kind: 'first', label: t('timeline.firstResponse', { time: short(at) }) });
  }
  if (data.incident.open) milestones.push({ at: end, kind: 'open', label: t('timeline.open', { time: short(end) }) });
  else milestones.push({ at: close, kind: 'closed', label: t('timeline.closed', { time: short(close) }) });

  const mentions = mentionBars(data, { from: seen, to: end }, t, short);
  const styles = new Set(list.map((e) => e.style));
  const severities = [...new Map(bands.map((b) => [b.severity, b.name])).entries()].sort((a, b) => a[0] - b[0]);
  // The picture's accessible text, for a screen reader and for whoever cannot see it: its title
  // (the span of the incident) and its description (levels, counts, first response, mentions).
  // Every mark counts, grouped or not, in one pass however many there are.
  const counts = { contacts: 0, steps: 0, messages: 0, promises: 0, notes: 0, levels: 0 };
  for (const e of list) {
    if (e.style === 'note' && e.lane === 'promises') counts.notes += 1;
    else counts[e.lane] += 1;
  }
  const levelsText = bands.map((b) => t('timeline.levelFrom', { name: b.name, time: short(b.from) })).join(', ');
  const duration = durationText(t, clockMinutes(new Date(seen), new Date(end)));
  const title = t(data.incident.open ? 'timeline.titleOpen' : 'timeline.title', {
    from: full(seen),
    to: short(end),
    duration,
  });
  const desc = [
    levelsText ? t('timeline.descLevels', { levels: levelsText }) : '',
    t('timeline.descCounts', counts),
    fr
      ? t(fr.at ? 'timeline.descFirst' : 'timeline.descNoFirst', {
          time: fr.at ? short(Date.parse(fr.at)) : '',
          due: short(due!),
          outcome: t(`report.${fr.outcome}`),
        })
      : '',
    mentionsDesc(mentions, t),
    events.length > 0 ? t('timeline.descKey') : '',
  ]
    .filter(Boolean)
    .join(' ');

  return {
    id: data.incident.id,
    from,
    to,
    events,
    bands,
    milestones,
    laneLabel: (lane: Lane) => t(`timeline.lane.${lane}`),
    /** The watch's mentions hour by hour, for a lane of their own: none when it saw none. */
    mentions,
    mentionsLabel: t('timeline.mentions.lane'),
    legend: MARK_STYLES.filter((style) => styles.has(style)).map((style) => ({
      style,
      label: t(`timeline.legend.${style}`),
    })),
    bandLegend: severities.map(([severity, name]) => ({ severity, label: t('timeline.legend.band', { name }) })),
    title,
    desc,
    /** A tick's time and, when the day changes, its date: in the brand's zone and language. */
    tickTime: (at: number) => clock(new Date(at)),
    tickDate: (at: number) => date(new Date(at)),
    sameDay,
    /** The key below the picture, in the same order and numbers as the marks. */
    key: events.map((e) => ({ n: e.n, time: short(e.at), text: e.text })),
  };
}
