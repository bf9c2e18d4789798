import type { CommentEvent, CommentState } from '../../escalate/comment-events.js';
import { buildQueue, type CommentItem, type WatchedItem } from '../../escalate/comment-queue.js';
import type { ReportData } from '../report-data.js';
import { minutesBetween, type Facts, type ViewFormat } from './facts.js';

// The comments the incident brought, and what was done with each: how many, how fast, how many
// answered; and how early the watch saw it coming. A business never deletes a comment, so
// "deleted" is no count here.

/** What the report reads beside the journal: the queue's events and the watch's mentions. */
export interface CommentsInput {
  events: readonly CommentEvent[];
  mentions: readonly WatchedItem[];
}

/** How far back before the incident was declared a mention counts as the first sign of it. */
const LOOKBACK_MINUTES = 24 * 60;
const HOUR = 3_600_000;
/** What covers a comment: an answer, or a review that found none was needed. */
const COVERED: ReadonlySet<CommentState> = new Set(['public', 'private', 'reviewed']);

type Counted = Array<{ reason: string; count: number }>;

/** The items that went through `state`, with the reasons given for it, commonest first. */
function counted(items: readonly CommentItem[], state: CommentState): { count: number; reasons: Counted } {
  const counts = new Map<string, number>();
  let count = 0;
  for (const item of items) {
    const entry = item.history.findLast((settled) => settled.state === state);
    if (!entry) continue;
    count += 1;
    counts.set(entry.reason ?? '', (counts.get(entry.reason ?? '') ?? 0) + 1);
  }
  const reasons = [...counts].map(([reason, n]) => ({ reason, count: n })).sort((a, b) => b.count - a.count);
  return { count, reasons };
}

/** The nearest-rank percentile of sorted numbers. */
const percentile = (sorted: readonly number[], p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];

export function commentsData({ state }: Facts, input: CommentsInput | undefined): ReportData['comments'] {
  if (!input) return undefined;
  const { items } = buildQueue(input.events, input.mentions, {
    since: state.detectedAt,
    until: state.closed?.at,
    drill: state.drill,
  });
  const declared = Date.parse(state.openedAt);
  let first: WatchedItem | undefined;
  // A drill was seen by nobody early: the watch's real mentions say nothing of it.
  for (const mention of state.drill ? [] : input.mentions) {
    const seen = Date.parse(mention.seen);
    if (seen < declared && declared - seen <= LOOKBACK_MINUTES * 60_000 && (!first || seen < Date.parse(first.seen)))
      first = mention;
  }
  if (items.length === 0 && !first) return undefined;
  // Each thing done counts: an answer stays an answer when its author is blocked or the platform
  // hides the comment afterwards (the queue takes a block or a hide only after an answer, or alone).
  const answered = (item: CommentItem) =>
    item.history.find((entry) => entry.state === 'public' || entry.state === 'private');
  const covered = items.filter((item) => item.history.some((entry) => COVERED.has(entry.state)));
  const times = items
    .flatMap((item) => {
      const answer = answered(item);
      return answer ? [Math.max(0, minutesBetween(item.seen, answer.at))] : [];
    })
    .sort((a, b) => a - b);
  const perHour = new Map<number, number>();
  for (const item of items)
    if (item.source === 'watch') {
      const hour = Math.floor(Date.parse(item.seen) / HOUR) * HOUR;
      perHour.set(hour, (perHour.get(hour) ?? 0) + 1);
    }
  return {
    received: items.length,
    answeredPublic: counted(items, 'public').count,
    answeredPrivate: counted(items, 'private').count,
    reviewed: counted(items, 'reviewed'),
    hidden: counted(items, 'hidden'),
    blocked: counted(items, 'blocked'),
    waiting: items.filter((item) => item.history.length === 0).length,
    coverage: items.length === 0 ? undefined : covered.length / items.length,
    answerMedianMinutes: percentile(times, 0.5),
    answerP90Minutes: percentile(times, 0.9),
    mentionsPerHour: [...perHour]
      .sort(([a], [b]) => a - b)
      .map(([hour, count]) => ({ hour: new Date(hour).toISOString(), count })),
    firstSeen: first && {
      at: first.seen,
      feed: first.feed,
      link: first.link,
      minutesBeforeDeclared: minutesBetween(first.seen, state.openedAt),
    },
  };
}

/** The comment queue: counts, coverage, times to answer; undefined when there was none. */
export function commentsView(data: ReportData, { esc, time, minutes, t, lang }: ViewFormat) {
  const comments = data.comments;
  if (!comments) return undefined;
  const words = (counted: Counted) =>
    counted
      .map(({ reason, count }) => {
        const known = reason === 'spam' || reason === 'duplicate' || reason === 'answered-elsewhere';
        return `${esc(known ? t(`comments.reason.${reason}`) : reason || '—')}: ${count}`;
      })
      .join(', ');
  const first = comments.firstSeen;
  const [median, p90] = [minutes(comments.answerMedianMinutes), minutes(comments.answerP90Minutes)];
  return {
    ...comments,
    coveragePercent:
      comments.coverage === undefined
        ? t('report.none')
        : new Intl.NumberFormat(lang, { style: 'percent' }).format(comments.coverage),
    median,
    p90,
    /** The median and the 90th percentile in one phrase, under one label. */
    answerTime:
      comments.answerMedianMinutes === undefined ? t('report.none') : t('report.commentsTimeValue', { median, p90 }),
    reviewedReasons: words(comments.reviewed.reasons),
    hiddenReasons: words(comments.hidden.reasons),
    blockedReasons: words(comments.blocked.reasons),
    early:
      first &&
      t('report.commentsEarly', {
        early: minutes(first.minutesBeforeDeclared),
        time: time(first.at),
        feed: esc(first.feed),
      }),
  };
}
