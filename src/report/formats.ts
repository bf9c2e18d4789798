/**
 * The one registry of report formats: `--format`'s choices and its check come from here (read
 * at start-up, so it holds data only, no Handlebars). A format with a template renders
 * `templates/report.<format>.hbs` (or --template); `escape` says whether Handlebars escapes
 * incident text, as HTML must. `printOf` names the format a browser prints to make this one.
 */
export const REPORT_FORMATTERS = {
  md: { template: true, escape: false },
  html: { template: true, escape: true },
  json: { template: false, escape: false },
  pdf: { template: true, escape: true, printOf: 'html' },
} as const satisfies Record<string, { template: boolean; escape: boolean; printOf?: string }>;

export type ReportFormat = keyof typeof REPORT_FORMATTERS;

export const REPORT_FORMATS = Object.keys(REPORT_FORMATTERS) as ReportFormat[];

/** The template a format renders: its own, or the one of the format it is printed from. */
export function templateFormat(format: ReportFormat): ReportFormat {
  const formatter = REPORT_FORMATTERS[format];
  return 'printOf' in formatter ? formatter.printOf : format;
}
