import Handlebars from 'handlebars';
import { printable } from '../model/control-chars.js';
import type { Playbook } from '../model/schema.js';
import type { ReportData } from './report-data.js';
import { NO_PROTOTYPE, parseTemplate } from '../messages/template-calls.js';
import { inheritedField, ReportTemplateError, renderFailure } from './report-template-error.js';
import { REPORT_FORMATTERS, templateFormat, type ReportFormat } from './formats.js';
import { BUNDLED_TEMPLATES } from './bundled-templates.js';
import { compileOptions } from './template-spec.js';
import { reportView } from './build-report.js';

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
