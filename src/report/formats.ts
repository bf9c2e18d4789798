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

/** The paper a report is printed on: `@page { size }` in the HTML template and the PDF's page. */
export type PageSize = 'A4' | 'Letter';

/**
 * Where US Letter is the usual paper: CLDR's supplemental measurementData,
 * `<paperSize type="US-Letter" territories="BZ CA CL CO CR GT MX NI PA PH PR SV US VE"/>`;
 * everywhere else ("001") uses A4.
 */
const LETTER_REGIONS: ReadonlySet<string> = new Set('BZ CA CL CO CR GT MX NI PA PH PR SV US VE'.split(' '));

/**
 * Letter when the plan's language names a Letter region (en-US, es-MX, fr-CA), A4 otherwise. A
 * bare language (en, es) names no country, so it gets the world's default, as CLDR's "001" does;
 * es-419 (Latin America) too, since most of its countries print on A4.
 */
export function pageSize(language: string | undefined): PageSize {
  // BCP 47: language, optional script, then a two-letter or three-digit region.
  const region = /^[a-z]{2,3}(?:-[a-z]{4})?-([a-z]{2}|\d{3})(?:-|$)/i.exec(language ?? '')?.[1]?.toUpperCase();
  return region !== undefined && LETTER_REGIONS.has(region) ? 'Letter' : 'A4';
}
