import type { Lang } from '../i18n/index.js';
import type { Playbook } from '../model/schema.js';
import type { ReportFormat } from './formats.js';
import { pageSize } from './page-size.js';
import type { ReportData } from './report-data.js';
import { commentsView, type CommentsView } from './sections/comments.js';
import { contactsView, type ContactsView } from './sections/contacts.js';
import { departmentsView, type DepartmentsView } from './sections/departments.js';
import { viewFormat, type ViewFormat } from './sections/facts.js';
import { firstResponseView, type FirstResponseView } from './sections/first-response.js';
import { incidentView, recordView, type IncidentView, type RecordView } from './sections/incident.js';
import { messagesView, type MessagesView } from './sections/messages.js';
import { metricsView, type MetricsView } from './sections/metrics.js';
import { promisesView, type PromisesView } from './sections/promises.js';
import { stepsView, type StepsView } from './sections/steps.js';
import { timeline } from './timeline-svg.js';

/**
 * What a report template receives: the facts, formatted for people, and the labels. Documented in
 * the README. For Markdown, incident text comes escaped (markdown-text.ts), as Handlebars escapes
 * it for HTML, so a template of one's own is as safe as ours without a helper to remember.
 */
export type ReportView = {
  lang: Lang;
  /** A4 or Letter, for the template's `@page { size }` (page-size.ts). */
  pageSize: string;
  /** Every `report.*` sentence of the catalog, by its short name. */
  labels: Record<string, string>;
  firstResponse?: FirstResponseView;
  departments: DepartmentsView;
  messages: MessagesView;
  promises: PromisesView;
  /** The comment queue: counts, coverage, times to answer; undefined when there was none. */
  comments: CommentsView;
  metrics: MetricsView;
  /** The timeline's picture; drawn when a template asks for it (the HTML one), once. */
  readonly svg: string;
  /** The timeline's numbered key: `n`, `time`, `text`. */
  readonly timelineKey: Array<{ n: number; time: string; text: string }>;
} & IncidentView &
  ContactsView &
  StepsView &
  RecordView;

export function reportView(data: ReportData, playbook: Playbook, format: ReportFormat = 'html'): ReportView {
  const v = viewFormat(playbook, format);
  let picture: ReturnType<typeof timelineView> | undefined;
  const drawn = () => (picture ??= timelineView(data, playbook, v));
  return {
    lang: v.lang,
    pageSize: pageSize(playbook.brand.language),
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
    // The Markdown report has no picture: neither is drawn unless a template reads it.
    get svg(): string {
      return drawn().svg;
    },
    get timelineKey() {
      return drawn().timelineKey;
    },
  };
}

function timelineView(data: ReportData, playbook: Playbook, { lang, esc, index }: ViewFormat) {
  const { svg, key } = timeline(data, { lang, brand: playbook.brand, level: (id) => index.levels.get(id) });
  return { svg, timelineKey: key.map((entry) => ({ ...entry, text: esc(entry.text) })) };
}
