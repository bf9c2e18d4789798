import type { MessageKey } from '../../i18n/index.js';
import type { ReportData } from '../report-data.js';
import { notReached, reachEveryoneMinutes } from './contacts.js';
import { minutesBetween, type Facts, type ViewFormat } from './facts.js';

// The report's figures as one table: each metric says how it is measured (its JSON fields) and how
// it reads (its row), side by side, so adding or changing one is one entry here.

type Metrics = ReportData['metrics'];
type Sections = Omit<ReportData, 'metrics'>;

interface Metric {
  label: MessageKey;
  /** The moment it counts from, since first seen and declared can be far apart; none for a count. */
  from?: MessageKey;
  measure(facts: Facts, sections: Sections): Partial<Metrics>;
  show(metrics: Metrics, v: ViewFormat): string;
}

/** The update cadence counts only where a level the incident reached sets one, and after a first public message. */
function paced({ state, index, cadence }: Facts): boolean {
  const set = state.levels.some((change) => index.levels.get(change.level)?.update_every !== undefined);
  return set && cadence.longestSilence !== undefined;
}

const METRICS: readonly Metric[] = [
  {
    label: 'report.metricFirstResponse',
    from: 'report.fromFirstSeen',
    // From first seen to the first public response.
    measure: ({ firstPublic, state }) => ({
      firstResponseMinutes: firstPublic ? minutesBetween(state.detectedAt, firstPublic.at) : undefined,
    }),
    show: (m, v) => v.minutes(m.firstResponseMinutes),
  },
  {
    label: 'report.metricReachEveryone',
    from: 'report.fromListed',
    // The longest wait of anyone to notify, each from when a level put them on the list (contacts.ts).
    measure: (facts) => ({ reachEveryoneMinutes: reachEveryoneMinutes(facts), notReached: notReached(facts) }),
    // Never "everyone" without the ones a backup answered for, or nobody did.
    show: (m, v) =>
      m.notReached.length === 0
        ? v.minutes(m.reachEveryoneMinutes)
        : v.t('report.notReached', {
            time: v.minutes(m.reachEveryoneMinutes),
            names: m.notReached.map((id) => v.esc(v.index.contacts.get(id)?.name ?? id)).join(', '),
          }),
  },
  {
    label: 'report.metricStatement',
    from: 'report.fromFirstSeen',
    // From first seen to the full statement: the first apology on a long channel.
    measure: ({ state, index, kindOf }) => {
      const statement = state.published.find(
        (p) => kindOf(p.response) === 'apology' && index.channels.get(p.channel)?.format === 'long',
      );
      return { statementMinutes: statement ? minutesBetween(state.detectedAt, statement.at) : undefined };
    },
    show: (m, v) => v.minutes(m.statementMinutes),
  },
  {
    label: 'report.metricDuration',
    from: 'report.fromFirstSeen',
    measure: ({ state, end }) => ({ durationMinutes: minutesBetween(state.detectedAt, end) }),
    show: (m, v) => v.minutes(m.durationMinutes),
  },
  {
    // Every deadline judged but the updates' (the next row judges those): the first response, each
    // step done, each department asked. The label says so, beside a late update.
    label: 'report.metricDeadlines',
    measure: (_, { firstResponse, steps, departments }) => {
      const outcomes = [firstResponse?.outcome, ...steps.map((s) => s.outcome), ...departments.map((d) => d.outcome)];
      return {
        deadlinesMet: outcomes.filter((o) => o === 'met').length,
        deadlinesMissed: outcomes.filter((o) => o === 'missed').length,
      };
    },
    show: (m, v) => v.t('report.deadlinesCount', { met: m.deadlinesMet, missed: m.deadlinesMissed }),
  },
  {
    label: 'report.metricUpdates',
    measure: (facts) =>
      paced(facts)
        ? { updatesOnTime: facts.cadence.onTime, updatesDue: facts.cadence.total }
        : { updatesOnTime: undefined, updatesDue: undefined },
    show: (m, v) =>
      m.updatesDue === undefined
        ? v.t('report.none')
        : v.t('report.updatesCount', { onTime: m.updatesOnTime ?? 0, due: m.updatesDue }),
  },
  {
    label: 'report.metricSilence',
    // Only the time spent at a level that asks for updates counts (update-record.ts).
    measure: (facts) => ({
      longestSilenceMinutes: paced(facts) ? facts.cadence.longestSilence?.minutes : undefined,
    }),
    show: (m, v) => v.minutes(m.longestSilenceMinutes),
  },
];

export function metricsData(facts: Facts, sections: Sections): Metrics {
  return Object.assign({}, ...METRICS.map((metric) => metric.measure(facts, sections))) as Metrics;
}

/** The metrics as rows: `label`, `from` (empty for a count) and `value`, in words. */
export function metricsView(data: ReportData, v: ViewFormat) {
  return METRICS.map((metric) => ({
    label: v.t(metric.label),
    from: metric.from ? v.t(metric.from) : '',
    value: metric.show(data.metrics, v),
  }));
}
