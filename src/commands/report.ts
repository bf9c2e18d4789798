import { resolve } from 'node:path';
import { guardOutput, planInputs } from '../cli/output-guard.js';
import { readUserFile } from '../cli/read-file.js';
import { replaceFile } from '../cli/write-files.js';
import { fileURLToPath } from 'node:url';
import type { Context } from '../cli/context.js';
import { CliError, EXIT } from '../cli/errors.js';
import { IncidentQueue } from '../cli/comments/incident-queue.js';
import { loadIncidents, pickIncident } from '../cli/incident-store/incident-folder.js';
import { mostRecent } from '../cli/incident-store/journal-folder.js';
import { brandZoneName } from '../escalate/brand-time.js';
import { toLang } from '../i18n/index.js';
import { buildReport, renderReport } from '../report/build-report.js';
import { pageSize, REPORT_FORMATTERS, type ReportFormat, templateFormat } from '../report/formats.js';
import { ReportTemplateError } from '../report/report-template-error.js';

interface ReportOptions {
  /** Already checked by commander against REPORT_FORMATTERS (program.ts). */
  format?: ReportFormat;
  template?: string;
  out?: string;
  redact?: boolean;
  playbook?: string;
  incidentsDir?: string;
}

const TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));

/** The report of one incident (the most recent without ID), from its journal alone. */
export async function report(
  id: string | undefined,
  options: ReportOptions,
  ctx: Context,
  now = new Date(),
): Promise<number> {
  const format = options.format ?? 'md';
  // Before any work: a PDF on a terminal is noise (to a pipe or a redirect it is what was asked).
  // A template would be read and then ignored: JSON is the data, written as it is.
  if (options.template !== undefined && !REPORT_FORMATTERS[format].template)
    throw new CliError('reportCmd.templateWithJson');
  if (format === 'pdf' && !options.out && ctx.streams.stdout.isTTY) throw new CliError('reportCmd.pdfToTerminal');
  // Its warnings speak the plan's language, as the walkthrough that wrote the incident did.
  const loaded = loadIncidents(options, ctx, { speakThePlan: true, only: id });
  const { log, t } = loaded.ctx;
  const { playbook } = loaded;
  const templateName = `report.${templateFormat(format)}.hbs`;
  const templateFile = options.template ?? `${TEMPLATES}${templateName}`;
  // Refused before any work: the report must never land on what it is made from.
  const target =
    options.out === undefined
      ? undefined
      : guardOutput(options.out, ctx.cwd, planInputs(loaded.file, playbook, loaded.dir, ctx.cwd, [templateFile]));
  // Without an id, the incident opened last by its journal's clock: ids only sort by their minute.
  const chosen = pickIncident(id, loaded, ctx, mostRecent);
  if (!chosen.state.closed) log.warn(t('reportCmd.open', { id: chosen.state.id }));
  if (chosen.state.drill) log.warn(t('reportCmd.drill', { id: chosen.state.id }));

  // The comment queue lives beside the journal, the mentions beside the plan (comments/incident-queue.ts).
  const queue = new IncidentQueue(chosen.file, loaded.file, undefined, ctx);
  let data = buildReport(playbook, chosen.state, now, { events: queue.events(), mentions: queue.mentions() });
  if (options.redact) {
    // Loaded only here: the phone number metadata is the largest part of the bundle after zod.
    const { brandCountry, brandDetails, placeholders, redact } = await import('../report/redact.js');
    const country = brandCountry(playbook.brand.language, brandZoneName(playbook.brand.timezone));
    // The brand's own public phone and handles, as its plan writes them, stay; what is hidden
    // reads as [phone] or [teléfono], in the report's language, which is the plan's.
    const marks = placeholders(toLang(playbook.brand.language) ?? 'en');
    data = redact(data, country, brandDetails(playbook, loaded.textOf, country), marks);
  }
  const template = !REPORT_FORMATTERS[format].template ? '' : readUserFile(templateFile, ctx.cwd).toString('utf8');
  let text: string;
  try {
    text = renderReport(format, template, data, playbook);
  } catch (error) {
    throw templateError(error, options.template ?? `templates/${templateName}`, loaded.ctx);
  }
  // The browser's driver is loaded only here, so every other command starts as fast as before.
  const output =
    format === 'pdf'
      ? await (await import('./report-pdf.js')).printPdf(text, pageSize(playbook.brand.language), ctx)
      : text;
  if (options.out !== undefined && target !== undefined) {
    replaceFile(target, output, resolve(ctx.cwd, options.out));
    log.info(t('reportCmd.written', { path: options.out }));
  } else ctx.streams.stdout.write(output);
  return EXIT.ok;
}

/** A template that cannot render is one line naming the file and, when known, the line and column. */
function templateError(error: unknown, path: string, ctx: Context): unknown {
  if (!(error instanceof ReportTemplateError)) return error;
  const { problem } = error;
  if (!problem) return new CliError('reportCmd.templateRender', { path, detail: error.detail });
  const message = ctx.t(problem.messageId, { detail: problem.detail, ...problem.data });
  return new CliError('reportCmd.template', { path, line: problem.line, column: problem.column + 1, message });
}
