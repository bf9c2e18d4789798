import Handlebars from 'handlebars';
import { parseTemplate } from '../messages/template-calls.js';
import { REPORT_FORMATS, REPORT_FORMATTERS, templateFormat, type ReportFormat } from './formats.js';

/** How a report template is compiled: the same at build time (the bundled ones) and at run time (any other). */
export function compileOptions(format: ReportFormat): CompileOptions {
  return {
    // Strict, as responses are: a field that does not exist is an error at its line, not a blank.
    strict: true,
    noEscape: !REPORT_FORMATTERS[format].escape,
    knownHelpersOnly: true,
    knownHelpers: { log: false, helperMissing: false, blockHelperMissing: false },
    // Data variables cost a frame for every row `each` renders (some 40,000 in a long incident's
    // report). Off, Handlebars still turns them on for a template that reads one (`@index`, `@root`).
    data: false,
  };
}

/**
 * The text of bundled-templates.ts in the bundle: each bundled template, checked as any report
 * template is, with the JavaScript Handlebars compiles it to. `read` gives a format's template.
 */
export function bundledTemplatesModule(read: (format: ReportFormat) => string): string {
  // A printed format (pdf) renders the template of the format it is printed from, bundled once under that name.
  const own = REPORT_FORMATS.filter(
    (format) => REPORT_FORMATTERS[format].template && templateFormat(format) === format,
  );
  const entries = own.map((format) => {
    const source = read(format);
    const parsed = parseTemplate(source, { each: true });
    if ('problem' in parsed) throw new Error(`templates/report.${format}.hbs: ${JSON.stringify(parsed.problem)}`);
    const spec = Handlebars.precompile(parsed.program, compileOptions(format)) as unknown as string;
    return `${JSON.stringify(format)}: { source: ${JSON.stringify(source)}, template: ${spec} }`;
  });
  return `export const BUNDLED_TEMPLATES = {\n${entries.join(',\n')}\n};\n`;
}
