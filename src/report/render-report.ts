import Handlebars from 'handlebars';
import { pageSize } from './page-size.js';
import { catalogFor, toLang, translator, type Lang, type MessageKey } from '../i18n/index.js';
import { brandTimeFormat, brandZoneName } from '../escalate/brand-time.js';
import { printable } from '../model/control-chars.js';
import { formatDuration } from '../model/duration.js';
import type { Playbook } from '../model/schema.js';
import { dictionary } from '../model/user-keys.js';
import type { ReportData } from './build-report.js';
import { checkCalls, NO_PROTOTYPE, parseTemplate, type TemplateProblem } from '../messages/template-calls.js';
import { REPORT_FORMATTERS, templateFormat, type ReportFormat } from './formats.js';
import { timeline } from './timeline-svg.js';
import { BUNDLED_TEMPLATES } from './bundled-templates.js';
import { compileOptions } from './template-spec.js';
import { planIndex } from '../model/plan-index.js';

export type { ReportFormat } from './formats.js';

/** What a report template receives: the facts, formatted for people, and the labels. Documented in the README. */
export function reportView(data: ReportData, playbook: Playbook) {
  const lang: Lang = toLang(playbook.brand.language) ?? 'en';
  const t = translator(lang);
  // Read by a status or outcome from the journal: `labels[status]` must not find an inherited function.
  const labels = dictionary(
    Object.keys(catalogFor(lang))
      .filter((key) => key.startsWith('report.'))
      .map((key) => [key.slice(7), t(key as MessageKey)]),
  );
  const format = brandTimeFormat(playbook.brand);
  const time = (iso: string | undefined) => (iso ? format(iso) : '');
  const minutes = (value: number | undefined) => (value === undefined ? labels.none : formatDuration(value));
  const outcome = (value: string | undefined) => (value ? labels[value] : '');
  const { levels, contacts } = planIndex(playbook);
  const levelName = (id: string) => levels.get(id)?.name ?? id;
  let picture: ReturnType<typeof timelineView> | undefined;
  const drawn = () => (picture ??= timelineView(data, playbook, lang));
  return {
    lang,
    // A4 or Letter, for the template's `@page { size }` (page-size.ts).
    pageSize: pageSize(playbook.brand.language),
    labels,
    brand: { name: playbook.brand.name, timezone: brandZoneName(playbook.brand.timezone) },
    incident: {
      ...data.incident,
      detected: time(data.incident.detectedAt),
      declared: time(data.incident.declaredAt),
      closed: data.incident.closedAt ? time(data.incident.closedAt) : labels.inProgress,
      levelName: data.incident.level ? levelName(data.incident.level) : '',
    },
    levels: data.levels.map((l) => ({ ...l, time: time(l.at) })),
    triage: data.triage.map((a) => ({ ...a, levelName: levelName(a.level) })),
    contacts: data.contacts.map((c) => ({
      ...c,
      time: time(c.at),
      statusLabel: labels[c.status],
      backupForName: c.backupFor ? (contacts.get(c.backupFor)?.name ?? c.backupFor) : '',
    })),
    unreachableChains: data.unreachableChains,
    firstResponse: data.firstResponse && {
      ...data.firstResponse,
      dueTime: time(data.firstResponse.due),
      time: time(data.firstResponse.at),
      outcomeLabel: outcome(data.firstResponse.outcome),
      late: data.firstResponse.lateMinutes === undefined ? '' : formatDuration(data.firstResponse.lateMinutes),
      // Which response met (or missed) it: "apology on X (Twitter)".
      byLabel: data.firstResponse.kind
        ? t('report.responseBy', {
            kind: t(`kind.${data.firstResponse.kind}`),
            channel: data.firstResponse.channelName ?? '',
          })
        : '',
    },
    steps: data.steps.map((s) => ({
      ...s,
      time: time(s.at),
      dueTime: time(s.due),
      statusLabel: labels[s.status],
      outcomeLabel: outcome(s.outcome),
      missed: s.outcome === 'missed',
      levelName: levelName(s.level),
    })),
    stepsUndone: data.stepsUndone.map((s) => ({ ...s, levelName: levelName(s.level) })),
    departments: data.departments.map((d) => ({
      ...d,
      asked: time(d.askedAt),
      answered: d.answeredAt ? time(d.answeredAt) : labels.noAnswer,
      took: minutes(d.tookMinutes),
      outcomeLabel: outcome(d.outcome),
      missed: d.outcome === 'missed',
    })),
    messages: data.messages.map((m) => ({
      ...m,
      time: time(m.at),
      channelName: m.audience === 'internal' ? labels.team : m.channelName,
      audienceLabel: m.audience === 'private' ? labels.private : m.audience === 'internal' ? labels.internal : '',
      lateLabel: m.late ? t('report.updateLate', { late: formatDuration(m.minutesLate ?? 0) }) : '',
    })),
    promises: data.promises.map((p) => ({
      ...p,
      time: time(p.at),
      doneTime: time(p.doneAt),
      open: !p.honoured,
      dueTime: p.due ? time(p.due) : labels.promiseNoDue,
      // Kept on time, kept 3h late, still open, still open and 5h overdue: all but the first stand out.
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
    })),
    notes: data.notes.map((n) => ({ ...n, time: time(n.at) })),
    resolution: data.resolution,
    lessons: data.lessons,
    metrics: [
      { label: labels.metricFirstResponse, value: minutes(data.metrics.firstResponseMinutes) },
      { label: labels.metricReachEveryone, value: minutes(data.metrics.reachEveryoneMinutes) },
      { label: labels.metricStatement, value: minutes(data.metrics.statementMinutes) },
      { label: labels.metricDuration, value: minutes(data.metrics.durationMinutes) },
      {
        label: labels.metricDeadlines,
        value: t('report.deadlinesCount', { met: data.metrics.deadlinesMet, missed: data.metrics.deadlinesMissed }),
      },
      {
        label: labels.metricUpdates,
        value:
          data.metrics.updatesDue === undefined
            ? labels.none
            : t('report.updatesCount', { onTime: data.metrics.updatesOnTime ?? 0, due: data.metrics.updatesDue }),
      },
      { label: labels.metricSilence, value: minutes(data.metrics.longestSilenceMinutes) },
    ],
    // Drawn when a template asks for either (the HTML one), once: the Markdown report has no picture.
    get svg(): string {
      return drawn().svg;
    },
    get timelineKey() {
      return drawn().timelineKey;
    },
  };
}

/** The timeline's picture (`svg`) and its numbered key (`timelineKey[]`: `n`, `time`, `text`). */
function timelineView(data: ReportData, playbook: Playbook, lang: Lang) {
  const { levels } = planIndex(playbook);
  const { svg, key } = timeline(data, { lang, brand: playbook.brand, level: (id) => levels.get(id) });
  return { svg, timelineKey: key };
}

/** A report template that cannot render: where (when Handlebars says) and why. */
export class ReportTemplateError extends Error {
  constructor(
    readonly problem: TemplateProblem | undefined,
    readonly detail = '',
  ) {
    super(problem?.messageId ?? detail);
    this.name = 'ReportTemplateError';
  }
}

// Handlebars' own errors end with " - line:column" when it knows where they happened.
const POSITION = / - (\d+):(\d+)$/;

const isProgram = (value: object): value is hbs.AST.Program => (value as { type?: unknown }).type === 'Program';

/** A user's template is checked as a response's is, so a wrong block is a line to fix, not a crash. */
function checkedProgram(template: string): hbs.AST.Program {
  const parsed = parseTemplate(template);
  if ('problem' in parsed) throw new ReportTemplateError(parsed.problem);
  const problem = checkCalls(parsed.program, { each: true });
  if (problem) throw new ReportTemplateError(problem);
  return parsed.program;
}

/**
 * Markdown is plain text; HTML escapes every piece of incident text (a handle may hold <script>).
 * Both are read on a terminal too (`crisis report`, `cat`), so control characters are written
 * out; JSON escapes them itself.
 */
export function renderReport(format: ReportFormat, template: string, data: ReportData, playbook: Playbook): string {
  if (!REPORT_FORMATTERS[format].template) return `${JSON.stringify(data, null, 2)}\n`;
  // The bundled template was checked and compiled when the bundle was built (template-spec.ts).
  const bundled = BUNDLED_TEMPLATES[templateFormat(format)];
  const program = bundled?.source === template ? bundled.template : checkedProgram(template);
  const env = Handlebars.create();
  try {
    const compiled = isProgram(program) ? env.compile(program, compileOptions(format)) : env.template(program);
    return printable(compiled(reportView(data, playbook), NO_PROTOTYPE), { lines: true });
  } catch (error) {
    const message = (error as Error).message;
    const [, line, column] = POSITION.exec(message) ?? [];
    const detail = message.replace(POSITION, '');
    throw new ReportTemplateError(
      line === undefined
        ? undefined
        : { messageId: 'template.renderError', detail, line: Number(line), column: Number(column) },
      detail,
    );
  }
}
