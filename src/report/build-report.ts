import Handlebars from 'handlebars';
import type { IncidentState } from '../escalate/replay.js';
import { toLang } from '../i18n/index.js';
import { NO_PROTOTYPE, parseTemplate } from '../messages/template-calls.js';
import { printable } from '../model/control-chars.js';
import type { Playbook } from '../model/schema.js';
import { summary } from '../statement/page-text.js';
import { BUNDLED_TEMPLATES } from './bundled-templates.js';
import { pageSize, REPORT_FORMATTERS, templateFormat, type ReportFormat } from './formats.js';
import { inheritedField, ReportTemplateError, renderFailure } from './report-template-error.js';
import { compileOptions } from './template-spec.js';
import { REPORT_VERSION, type ReportData } from './report-data.js';
import { commentsData, commentsView, type CommentsInput } from './sections/comments.js';
import { contactsData, contactsView } from './sections/contacts.js';
import { departmentsData, departmentsView } from './sections/departments.js';
import { factsOf, viewFormat, type ViewFormat } from './sections/facts.js';
import { firstResponseData, firstResponseView } from './sections/first-response.js';
import { incidentData, incidentView, recordData, recordView } from './sections/incident.js';
import { messagesData, messagesView } from './sections/messages.js';
import { metricsData, metricsView } from './sections/metrics.js';
import { promisesData, promisesView } from './sections/promises.js';
import { stepsData, stepsView } from './sections/steps.js';
import { timeline } from './timeline/svg.js';

/**
 * Builds the report of one incident from its replayed journal, made at `now`. A closed incident is
 * judged as of its close, so its report reads the same any day; an open one as of `now`.
 * Each section (sections/) builds its part from the same facts; the metrics read the sections.
 * The keys keep the JSON format's order. `comments`: the queue's file and the watch's mentions, when read.
 */
export function buildReport(playbook: Playbook, state: IncidentState, now: Date, comments?: CommentsInput): ReportData {
  const facts = factsOf(playbook, state, now);
  const { incident, levels, triage } = incidentData(facts);
  const { contacts, unreachableChains } = contactsData(facts);
  const { steps, stepsUndone } = stepsData(facts);
  const sections = {
    version: REPORT_VERSION,
    generatedAt: now.toISOString(),
    incident,
    levels,
    triage,
    contacts,
    unreachableChains,
    firstResponse: firstResponseData(facts),
    steps,
    stepsUndone,
    departments: departmentsData(facts),
    messages: messagesData(facts),
    promises: promisesData(facts),
    ...recordData(facts),
    comments: commentsData(facts, comments),
  };
  return { ...sections, metrics: metricsData(facts, sections) };
}

const TITLE_LENGTH = 70;

/**
 * The heading cut at a word to 70 characters as written in the file: validators count `&quot;` as
 * six, so where the format is escaped the title fits once escaped as Handlebars will write it.
 */
function pageTitle(heading: string, escaped: boolean): string {
  const written = (title: string) => (escaped ? Handlebars.Utils.escapeExpression(title) : title).length;
  let length = TITLE_LENGTH;
  let title = summary(heading, length);
  while (written(title) > TITLE_LENGTH && length > 1) title = summary(heading, --length);
  return title;
}

/**
 * What a report template receives: the facts, formatted for people, and the labels. Documented in
 * the README. For Markdown, incident text comes escaped (markdown-text.ts), as Handlebars escapes
 * it for HTML, so a template of one's own is as safe as ours without a helper to remember.
 */
export function reportView(data: ReportData, playbook: Playbook, format: ReportFormat = 'html') {
  const v = viewFormat(playbook, format);
  let picture: ReturnType<typeof timelineView> | undefined;
  const drawn = () => (picture ??= timelineView(data, playbook, v));
  const tag = playbook.brand.language;
  return {
    /** The plan's language tag (`en-GB`) for `<html lang>`; the catalog's (`en`) when it is not a language of the catalog. */
    lang: toLang(tag) === v.lang ? tag : v.lang,
    /** The page's title: the report's heading, cut at a word to fit 70 characters (a browser tab, a validator's limit). */
    title: v.esc(pageTitle(`${v.labels.title}: ${data.incident.summary}`, REPORT_FORMATTERS[format].escape)),
    /** A4 or Letter, for the template's `@page { size }` (formats.ts). */
    pageSize: pageSize(playbook.brand.language),
    /** Every `report.*` sentence of the catalog, by its short name. */
    labels: v.labels,
    ...incidentView(data, playbook.brand, v),
    ...contactsView(data, v),
    firstResponse: firstResponseView(data, v),
    ...stepsView(data, v),
    departments: departmentsView(data, v),
    messages: messagesView(data, v),
    promises: promisesView(data, v),
    comments: commentsView(data, v),
    ...recordView(data, v),
    metrics: metricsView(data, v),
    /** The timeline's picture; drawn once, and only when a template reads it (the Markdown report has none). */
    get svg(): string {
      return drawn().svg;
    },
    /** The timeline's numbered key: `n`, `time`, `text`. */
    get timelineKey() {
      return drawn().timelineKey;
    },
  };
}

function timelineView(data: ReportData, playbook: Playbook, { lang, esc, index }: ViewFormat) {
  const { svg, key } = timeline(data, { lang, brand: playbook.brand, level: (id) => index.levels.get(id) });
  return { svg, timelineKey: key.map((entry) => ({ ...entry, text: esc(entry.text) })) };
}

const isProgram = (value: object): value is hbs.AST.Program => (value as { type?: unknown }).type === 'Program';

/** A user's template is checked as a response's is, so a wrong block is a line to fix, not a crash. */
function checkedProgram(template: string): hbs.AST.Program {
  const parsed = parseTemplate(template, { each: true });
  if ('problem' in parsed) throw new ReportTemplateError(parsed.problem);
  const problem = inheritedField(parsed.program);
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
