/**
 * The one registry of report formats: `--format`'s choices and its check come from here (read
 * at start-up, so it holds data only, no Handlebars). A format with a template renders
 * `templates/report.<format>.hbs` (or --template); `escape` says whether Handlebars escapes
 * incident text, as HTML must.
 */
export const REPORT_FORMATTERS = {
  md: { template: true, escape: false },
  html: { template: true, escape: true },
  json: { template: false, escape: false },
} as const satisfies Record<string, { template: boolean; escape: boolean }>;

export type ReportFormat = keyof typeof REPORT_FORMATTERS;

export const REPORT_FORMATS = Object.keys(REPORT_FORMATTERS) as ReportFormat[];
