import type { ReportFormat } from './formats.js';

/**
 * The report templates shipped in templates/, each with its compiled form, so `crisis report`
 * with a bundled template skips Handlebars' parser and compiler. scripts/build.js writes this
 * module into the bundle from template-spec.ts; from source it is empty and every template is
 * compiled when used.
 */
export const BUNDLED_TEMPLATES: Partial<Record<ReportFormat, { source: string; template: TemplateSpecification }>> = {};
