import { writeFileSync } from 'node:fs';
import { readUserFile } from '../cli/read-file.js';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Context } from '../cli/context.js';
import { CliError, EXIT } from '../cli/errors.js';
import { loadIncidents } from '../cli/incidents-dir.js';
import { brandZoneName } from '../escalate/brand-time.js';
import { buildReport } from '../report/build-report.js';
import { renderReport, type ReportFormat } from '../report/render-report.js';

interface ReportOptions {
  format?: string;
  template?: string;
  out?: string;
  redact?: boolean;
  playbook?: string;
  incidentsDir?: string;
}

const FORMATS: readonly ReportFormat[] = ['md', 'html', 'json'];
const TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));

/** The report of one incident (the most recent without ID), from its journal alone. */
export async function report(id: string | undefined, options: ReportOptions, ctx: Context, now = new Date()): Promise<number> {
  const { log, t } = ctx;
  const format = (options.format ?? 'md') as ReportFormat;
  if (!FORMATS.includes(format)) throw new CliError('error.badFormat', { value: options.format ?? '', options: FORMATS.join(', ') });
  const { playbook, dir, incidents } = loadIncidents(options, ctx);
  const chosen = id === undefined ? [...incidents].sort((a, b) => a.state.openedAt.localeCompare(b.state.openedAt)).at(-1) : incidents.find((incident) => incident.state.id === id);
  if (!chosen) throw new CliError(id === undefined ? 'reportCmd.none' : 'reportCmd.unknown', { id: id ?? '', dir, known: incidents.map((i) => i.state.id).join(', ') || '—' });
  if (!chosen.state.closed) log.warn(t('reportCmd.open', { id: chosen.state.id }));

  let data = buildReport(playbook, chosen.state, now);
  if (options.redact) {
    // Loaded only here: the phone number metadata is the largest part of the bundle after zod.
    const { brandCountry, redact } = await import('../report/redact.js');
    data = redact(data, brandCountry(playbook.brand.language, brandZoneName(playbook.brand.timezone)));
  }
  const template = format === 'json' ? '' : readUserFile(options.template ?? `${TEMPLATES}report.${format}.hbs`, ctx.cwd).toString('utf8');
  const text = renderReport(format, template, data, playbook);
  if (options.out) {
    writeFileSync(resolve(ctx.cwd, options.out), text);
    log.info(t('reportCmd.written', { path: options.out }));
  } else ctx.streams.stdout.write(text);
  return EXIT.ok;
}
