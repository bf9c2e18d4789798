import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IncidentState } from '../escalate/replay.js';
import type { Playbook } from '../model/schema.js';
import { renderStatement, StatementTemplateError } from '../statement/render-statement.js';
import { earlyPage, statementPage, type EarlyPage, type StatementPage } from '../statement/statement-page.js';
import type { Context } from './context.js';
import { displayPath } from './display-path.js';
import { CliError } from './errors.js';
import { guardOutput, planInputs, STATEMENT_TEMPLATE } from './output-guard.js';
import { readUserFile } from './read-file.js';
import { replaceFile } from './write-files.js';

const BUNDLED = fileURLToPath(new URL('../../templates/statement.html.hbs', import.meta.url));

/**
 * The template of the page: --template when given, else the brand's own beside the plan
 * (templates/statement.html.hbs, where the walkthrough finds it too), else the one crisis ships.
 */
export function statementTemplate(given: string | undefined, playbookFile: string, cwd: string) {
  const own = join(dirname(resolve(cwd, playbookFile)), STATEMENT_TEMPLATE);
  const file = given !== undefined ? resolve(cwd, given) : existsSync(own) ? own : BUNDLED;
  const shown = given ?? (file === BUNDLED ? STATEMENT_TEMPLATE : displayPath(own, cwd));
  // Read by the name given, so that a missing file is said as the user wrote it.
  return { text: readUserFile(given ?? file, cwd).toString('utf8'), shown, file };
}

/** A template that cannot render is one line naming the file, the line and column, and the field it lacks. */
export function renderPage(
  page: StatementPage | EarlyPage,
  playbook: Playbook,
  template: { text: string; shown: string },
  ctx: Context,
) {
  try {
    return renderStatement(template.text, page, playbook);
  } catch (error) {
    if (!(error instanceof StatementTemplateError)) throw error;
    const { problem, field, fields } = error;
    if (!problem) throw new CliError('statementCmd.templateRender', { path: template.shown, detail: error.detail });
    const where = { path: template.shown, line: problem.line, column: problem.column + 1 };
    if (field !== undefined)
      throw new CliError('statementCmd.templateField', { ...where, field, fields: fields.join(', ') });
    const message = ctx.t(problem.messageId, { detail: problem.detail, ...problem.data });
    throw new CliError('statementCmd.template', { ...where, message });
  }
}

/** Where the walkthrough and a drill write the page from: the plan beside its template, and the incidents it must stay out of. */
interface PageSource {
  playbookFile: string;
  incidentsDir: string;
  /** What else the command read (a drill's script): the page is never written over it either. */
  others?: readonly string[];
}

/**
 * The page of an incident written to `out` (a path already resolved), or undefined when it has no
 * statement yet. With `early`, a page is written before the statement too, showing what public
 * messages are out (the page short apologies already link to), or undefined while none is.
 * Refused, as every output is, over the plan, a template, or into the incidents folder.
 */
export function writeStatementPage(
  playbook: Playbook,
  source: PageSource,
  state: IncidentState,
  out: string,
  ctx: Context,
  early = false,
): StatementPage | EarlyPage | undefined {
  const page = statementPage(playbook, state) ?? (early ? earlyPage(playbook, state) : undefined);
  if (!page) return undefined;
  const { target, template } = guardStatementPage(playbook, source, out, ctx);
  replaceFile(target, renderPage(page, playbook, template, ctx), out);
  return page;
}

/**
 * Where the page of `writeStatementPage` would land, refused as it would be, and its template: a
 * drill asks before it runs, so a wrong `statement.out` stops it with nothing done.
 */
export function guardStatementPage(playbook: Playbook, source: PageSource, out: string, ctx: Context) {
  const template = statementTemplate(undefined, source.playbookFile, ctx.cwd);
  const inputs = planInputs(source.playbookFile, playbook, source.incidentsDir, ctx.cwd, [template.file]);
  return { target: guardOutput(out, ctx.cwd, { ...inputs, others: source.others }), template };
}
