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
