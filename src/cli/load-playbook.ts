import { Chalk } from 'chalk';
import { formatStylish } from '../lint/formats/stylish.js';
import { lintPlaybook, parsePlaybook, templatePaths } from '../lint/lint-playbook.js';
import type { Translate } from '../i18n/index.js';
import type { Response } from '../model/schema.js';
import { speakingThePlan, type Context } from './context.js';
import { CliError, EXIT, ExitError } from './errors.js';
import { findPlaybooks } from './find-playbooks.js';
import { readUserFile } from './read-file.js';
import { readTemplateFiles } from './read-template-files.js';

/** A plan read and linted with its templates, as `crisis lint`, `init` and every command see it. */
export function lintFile(file: string, cwd: string, t: Translate) {
  const parsed = parsePlaybook(readUserFile(file, cwd));
  const templateFiles = readTemplateFiles(file, templatePaths(parsed), cwd);
  return { parsed, templateFiles, findings: lintPlaybook({ file, parsed, templateFiles, t }) };
}

/**
 * The playbook a command works on (`--playbook`, else found as `crisis lint` finds one), checked
 * first: errors stop the command with the findings, warnings are said in one line. `textOf` gives a
 * response's text: inline, or its template file's (checked readable).
 */
export function loadPlaybook(
  given: string | undefined,
  ctx: Context,
  // A plan with errors is a finding where the plan is what the command checks; where 1 means
  // something else (render's failed check, watch's alert), the command could not run: 2.
  { speakThePlan = false, errorsExit = EXIT.findings }: { speakThePlan?: boolean; errorsExit?: 1 | 2 } = {},
) {
  const found = findPlaybooks(given ? [given] : [], ctx.cwd);
  if (found.length > 1) throw new CliError('playbook.which', { files: found.join(', ') });
  const file = found[0]!;
  const { parsed, templateFiles, findings } = lintFile(file, ctx.cwd, ctx.t);
  const errors = findings.filter((finding) => finding.severity === 'error');
  if (errors.length > 0 || !parsed.playbook) {
    ctx.log.info(formatStylish([{ file, findings: errors }], ctx.t, new Chalk({ level: ctx.log.color.level })));
    ctx.log.error(ctx.t('playbook.hasErrors', { file }));
    throw new ExitError(errorsExit);
  }
  const warnings = findings.length - errors.length;
  // A command that then speaks the plan's language says its warning in it too: one language on the screen.
  const { t } = speakThePlan ? speakingThePlan(ctx, parsed.playbook) : ctx;
  if (warnings > 0) ctx.log.warn(t('playbook.hasWarnings', { file, warnings }));
  return {
    file,
    playbook: parsed.playbook,
    templateFiles,
    textOf: (response: Response) => response.text ?? templateFiles.get(response.template ?? '')?.text ?? '',
  };
}
