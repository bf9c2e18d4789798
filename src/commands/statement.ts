import { resolve } from 'node:path';
import { guardOutput, planInputs } from '../cli/output-guard.js';
import { replaceFile } from '../cli/write-files.js';
import type { Context } from '../cli/context.js';
import { CliError, EXIT } from '../cli/errors.js';
import { loadIncidents, pickIncident, type StoredIncident } from '../cli/incident-store/incident-folder.js';
import { mostRecent } from '../cli/incident-store/journal-folder.js';
import { commandLine } from '../cli/command-line.js';
import { renderPage, statementTemplate } from '../cli/statement-file.js';
import { earlyPage, statementHint, statementPage } from '../statement/statement-page.js';

interface StatementOptions {
  out?: string;
  template?: string;
  playbook?: string;
  incidentsDir?: string;
}

/** Without an id, the newest open incident (its statement is the one being read now), else the newest closed one. */
function chooseIncident(incidents: StoredIncident[]): StoredIncident | undefined {
  return mostRecent(incidents.filter((incident) => !incident.state.closed)) ?? mostRecent(incidents);
}

/** The statement page of one incident, as published, from its journal alone: one HTML file to upload at brand.apology_url. */
export async function statement(id: string | undefined, options: StatementOptions, ctx: Context): Promise<number> {
  // Its warnings speak the plan's language, as the walkthrough that wrote the incident did.
  const loaded = loadIncidents(options, ctx, { speakThePlan: true, only: id });
  const { log, t } = loaded.ctx;
  const { playbook, file } = loaded;
  const chosen = pickIncident(id, loaded, ctx, chooseIncident);
  // Short apologies link the page from the first minute: before the statement, it shows what was said.
  const page = statementPage(playbook, chosen.state) ?? earlyPage(playbook, chosen.state);
  if (!page) {
    const resume =
      chosen.state.closed || chosen.state.drill
        ? ''
        : t('statementCmd.resume', { command: commandLine(['escalate', '--resume', chosen.state.id], options) });
    throw new CliError(
      'statementCmd.noStatement',
      { id: chosen.state.id, ...statementHint(playbook), resume },
      EXIT.findings,
    );
  }
  if (chosen.state.drill) log.warn(t('reportCmd.drill', { id: chosen.state.id }));
  if (!page.statement) log.warn(t('statementCmd.early', { id: chosen.state.id, ...statementHint(playbook) }));

  const template = statementTemplate(options.template, file, ctx.cwd);
  const target =
    options.out === undefined
      ? undefined
      : guardOutput(options.out, ctx.cwd, planInputs(file, playbook, loaded.dir, ctx.cwd, [template.file]));
  const html = renderPage(page, playbook, template, ctx);
  if (options.out === undefined || target === undefined) {
    ctx.streams.stdout.write(html);
    return EXIT.ok;
  }
  replaceFile(target, html, resolve(ctx.cwd, options.out));
  const url = playbook.brand.apology_url;
  log.info(
    url ? t('statementCmd.written', { path: options.out, url }) : t('statementCmd.writtenNoUrl', { path: options.out }),
  );
  return EXIT.ok;
}
