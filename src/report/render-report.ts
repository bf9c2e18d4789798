import Handlebars from 'handlebars';
import { pageSize } from './page-size.js';
import { catalogFor, toLang, translator, type Lang, type MessageKey } from '../i18n/index.js';
import { brandTimeFormat, brandZoneName } from '../escalate/brand-time.js';
import { printable } from '../model/control-chars.js';
import { formatDuration } from '../model/duration.js';
import type { Playbook } from '../model/schema.js';
import { dictionary } from '../model/user-keys.js';
import type { ReportData } from './build-report.js';
import { checkCalls, NO_PROTOTYPE, parseTemplate } from '../messages/template-calls.js';
import { ReportTemplateError, renderFailure } from './report-template-error.js';
import { checkName, executiveSummary } from './report-sentences.js';
import { linkParts, safeHref } from './link-text.js';
import { markdownBlock, markdownInline } from './markdown-text.js';
import { REPORT_FORMATTERS, templateFormat, type ReportFormat } from './formats.js';
import { timeline } from './timeline-svg.js';
import { BUNDLED_TEMPLATES } from './bundled-templates.js';
import { compileOptions } from './template-spec.js';
import { planIndex } from '../model/plan-index.js';

export type { ReportFormat } from './formats.js';

const same = (text: string) => text;

/**
 * What a report template receives: the facts, formatted for people, and the labels. Documented in
 * the README. For Markdown, incident text comes escaped (markdown-text.ts), as Handlebars escapes
 * it for HTML, so a template of one's own is as safe as ours without a helper to remember.
 */
export function reportView(data: ReportData, playbook: Playbook, format: ReportFormat = 'html') {
  const lang: Lang = toLang(playbook.brand.language) ?? 'en';
  const t = translator(lang);
  // Read by a status or outcome from the journal: `labels[status]` must not find an inherited function.
  const labels = dictionary(
    Object.keys(catalogFor(lang))
      .filter((key) => key.startsWith('report.'))
      .map((key) => [key.slice(7), t(key as MessageKey)]),
  );
  const markdown = format === 'md';
  const esc = markdown ? markdownInline : same;
  const block = markdown ? markdownBlock : same;
  // Read the next morning or a year later: every date carries its year, in one format per language.
  const dated = brandTimeFormat(playbook.brand, 'dated');
  const time = (iso: string | undefined) => (iso ? dated(iso) : '');
  const minutes = (value: number | undefined) => (value === undefined ? labels.none : formatDuration(value));
  const outcome = (value: string | undefined) => (value ? labels[value] : '');
  const { levels, contacts } = planIndex(playbook);
  const levelName = (id: string) => esc(levels.get(id)?.name ?? id);
  const { incident } = data;
  let picture: ReturnType<typeof timelineView> | undefined;
  const drawn = () => (picture ??= timelineView(data, playbook, lang, esc));
  const peak =
    incident.peakLevel !== undefined && incident.peakLevel !== incident.level ? incident.peakLevel : undefined;
  return {
    lang,
    // A4 or Letter, for the template's `@page { size }` (page-size.ts).
    pageSize: pageSize(playbook.brand.language),
    labels,
    brand: { name: esc(playbook.brand.name), timezone: esc(brandZoneName(playbook.brand.timezone)) },
    incident: {
      ...incident,
      summary: esc(incident.summary),
      // A channel the plan does not list (free text) is shown as it was typed.
      channelName: esc(incident.channelName ?? incident.channel),
      link: incident.link === undefined ? undefined : esc(incident.link),
      linkHref: safeHref(incident.link),
      detected: time(incident.detectedAt),
      declared: time(incident.declaredAt),
      closed: incident.closedAt ? time(incident.closedAt) : labels.inProgress,
      levelName: incident.level ? levelName(incident.level) : '',
      peakLevelName: peak === undefined ? '' : levelName(peak),
      onDutyName: incident.onDuty ? esc(incident.onDuty.name) : '',
      executive: executiveSummary(data, t, levelName),
    },
    levels: data.levels.map((l) => ({ ...l, name: esc(l.name), reason: esc(l.reason), time: time(l.at) })),
    triage: data.triage.map((a) => ({
      ...a,
      question: esc(a.question),
      option: esc(a.option),
      levelName: levelName(a.level),
    })),
    contacts: data.contacts.map((c) => ({
      ...c,
      name: esc(c.name),
      role: esc(c.role),
      time: time(c.at),
      statusLabel: labels[c.status],
      backupForName: c.backupFor ? esc(contacts.get(c.backupFor)?.name ?? c.backupFor) : '',
    })),
    unreachableChains: data.unreachableChains.map(esc),
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
            channel: esc(data.firstResponse.channelName ?? ''),
          })
        : '',
    },
    steps: data.steps.map((s) => ({
      ...s,
      title: esc(s.title),
      // A step the walkthrough left because the level changed says so in words, not as its code.
      reason: s.reason === 'level-change' ? labels.levelChanged : s.reason === undefined ? undefined : esc(s.reason),
      time: time(s.at),
      dueTime: time(s.due),
      statusLabel: s.status === 'later' && !incident.open ? labels.notDone : labels[s.status],
      outcomeLabel: outcome(s.outcome),
      missed: s.outcome === 'missed',
      levelName: levelName(s.level),
    })),
    stepsUndone: data.stepsUndone.map((s) => ({ ...s, title: esc(s.title), levelName: levelName(s.level) })),
    departments: data.departments.map((d) => ({
      ...d,
      name: esc(d.name),
      asked: time(d.askedAt),
      answered: d.answeredAt ? time(d.answeredAt) : labels.noAnswer,
      took: minutes(d.tookMinutes),
      outcomeLabel: d.outcome === 'unanswered' ? labels.noAnswer : outcome(d.outcome),
      missed: d.outcome === 'missed',
    })),
    messages: data.messages.map((m) => ({
      ...m,
      time: time(m.at),
      channelName: m.audience === 'internal' ? labels.team : esc(m.channelName),
      audienceLabel: m.audience === 'private' ? labels.private : m.audience === 'internal' ? labels.internal : '',
      text: block(m.text),
      // For HTML: the text in pieces, each http(s) address with its href (link-text.ts).
      textParts: linkParts(m.text).map((part) => ({ text: block(part.text), href: part.href })),
      url: m.url === undefined ? undefined : esc(m.url),
      urlHref: safeHref(m.url),
      editedLabel: !m.edited
        ? ''
        : m.failedChecks?.length
          ? t('reportText.editedAfterCheck', {
              checks: m.failedChecks.map((id) => checkName(t, id)).join(', '),
            })
          : labels.edited,
      lateLabel: m.late ? t('report.updateLate', { late: formatDuration(m.minutesLate ?? 0) }) : '',
    })),
    promises: data.promises.map((p) => ({
      ...p,
      to: esc(p.to),
      what: esc(p.what),
      approvedBy: esc(p.approvedBy),
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
    notes: data.notes.map((n) => ({ ...n, text: esc(n.text), time: time(n.at) })),
    resolution: data.resolution === undefined ? undefined : block(data.resolution),
    lessons: data.lessons === undefined ? undefined : block(data.lessons),
    // `from`: the moment each one counts from, since first seen and declared can be far apart.
    metrics: [
      {
        label: labels.metricFirstResponse,
        from: labels.fromFirstSeen,
        value: minutes(data.metrics.firstResponseMinutes),
      },
      {
        label: labels.metricReachEveryone,
        from: labels.fromDeclared,
        value: minutes(data.metrics.reachEveryoneMinutes),
      },
      { label: labels.metricStatement, from: labels.fromFirstSeen, value: minutes(data.metrics.statementMinutes) },
      { label: labels.metricDuration, from: labels.fromFirstSeen, value: minutes(data.metrics.durationMinutes) },
      {
        label: labels.metricDeadlines,
        from: '',
        value: t('report.deadlinesCount', { met: data.metrics.deadlinesMet, missed: data.metrics.deadlinesMissed }),
      },
      {
        label: labels.metricUpdates,
        from: '',
        value:
          data.metrics.updatesDue === undefined
            ? labels.none
            : t('report.updatesCount', { onTime: data.metrics.updatesOnTime ?? 0, due: data.metrics.updatesDue }),
      },
      { label: labels.metricSilence, from: '', value: minutes(data.metrics.longestSilenceMinutes) },
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
function timelineView(data: ReportData, playbook: Playbook, lang: Lang, esc: (text: string) => string) {
  const { levels } = planIndex(playbook);
  const { svg, key } = timeline(data, { lang, brand: playbook.brand, level: (id) => levels.get(id) });
  return { svg, timelineKey: key.map((entry) => ({ ...entry, text: esc(entry.text) })) };
}

export { ReportTemplateError };

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
    return printable(compiled(reportView(data, playbook, format), NO_PROTOTYPE), { lines: true });
  } catch (error) {
    throw renderFailure(error as Error, isProgram(program) ? program : Handlebars.parse(template));
  }
}
