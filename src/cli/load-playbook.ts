import { Chalk } from 'chalk';
import { lstatSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { formatStylish } from '../lint/formats/stylish.js';
import { lintPlaybook, parsePlaybook, templatePaths } from '../lint/lint-playbook.js';
import type { TemplateFile } from '../lint/rule-context.js';
import { staysInside } from '../lint/template-path.js';
import type { Translate } from '../i18n/index.js';
import type { Response } from '../model/schema.js';
import { decodeText } from '../source/parse-yaml.js';
import { speakingThePlan, type Context } from './context.js';
import { CliError, EXIT, ExitError } from './errors.js';
import { findPlaybooks } from './find-playbooks.js';
import { inside } from './output-guard.js';
import { readUserFile, readWithoutWaiting, realPath } from './read-file.js';

/**
 * Whether no part of `absolute` below `folder` is a symbolic link: the file is then inside, as
 * written, and two lstat calls say so where resolving both real paths read every part of each.
 */
function noLinkBelow(folder: string, absolute: string): boolean {
  let at = folder;
  for (const part of relative(folder, absolute).split(sep)) {
    at = join(at, part);
    if (lstatSync(at).isSymbolicLink()) return false;
  }
  return true;
}

/**
 * Reads one template, refusing any path (or symbolic link) that leaves the playbook's folder.
 * `folderReal`: the folder's real path, resolved once per plan, and only when a link asks for it.
 */
function readTemplateFile(folder: string, templatePath: string, cwd: string, folderReal: () => string): TemplateFile {
  const absolute = resolve(folder, templatePath);
  const file = relative(cwd, absolute) || absolute;
  if (!staysInside(templatePath)) return { file, problem: 'outside' };
  try {
    if (!noLinkBelow(folder, absolute) && !inside(folderReal(), realPath(absolute)))
      return { file, problem: 'outside' };
    // A template is a file beside the plan: a pipe or a device is not one.
    const bytes = readWithoutWaiting(absolute, { pipes: false });
    if (!Buffer.isBuffer(bytes)) return { file, problem: 'notFile' };
    const text = decodeText(bytes);
    return text === undefined ? { file, problem: 'binary' } : { file, text };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') return { file, problem: 'notFile' };
    return { file, problem: code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'unreadable' };
  }
}

export function readTemplateFiles(
  playbookFile: string,
  templatePaths: string[],
  cwd: string,
): Map<string, TemplateFile> {
  const folder = resolve(cwd, dirname(playbookFile));
  let real: string | undefined;
  const folderReal = () => (real ??= realPath(folder));
  return new Map(templatePaths.map((path) => [path, readTemplateFile(folder, path, cwd, folderReal)]));
}

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
