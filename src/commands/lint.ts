import type { Context } from '../cli/context.js';
import { EXIT } from '../cli/errors.js';
import { findPlaybooks } from '../cli/find-playbooks.js';
import { readUserFile } from '../cli/read-file.js';
import { readTemplateFiles } from '../cli/read-template-files.js';
import type { FileResult, Finding } from '../source/finding.js';
import { FORMATTERS, type LintFormat } from '../lint/formats/index.js';
import { totals } from '../lint/formats/stylish.js';
import { lintPlaybook, parsePlaybook, templatePaths } from '../lint/lint-playbook.js';

/** Already checked by commander (program.ts): a format of the registry, a whole number. */
interface LintOptions {
  format?: LintFormat;
  maxWarnings?: number;
  quiet?: boolean;
}

/** Findings grouped by the file they are in: a template's problems belong to the template. */
export function groupByFile(file: string, findings: Finding[]): FileResult[] {
  const groups = new Map<string, Finding[]>([[file, []]]);
  // Pushed in place: copying the group per finding made 40k findings take 11 s (issue 9).
  for (const finding of findings) {
    let group = groups.get(finding.file);
    if (!group) groups.set(finding.file, (group = []));
    group.push(finding);
  }
  return [...groups].map(([name, list]) => ({ file: name, findings: list }));
}

export function lintFiles(files: string[], ctx: Context, quiet: boolean): FileResult[] {
  return files.flatMap((file) => {
    const parsed = parsePlaybook(readUserFile(file, ctx.cwd));
    const templateFiles = readTemplateFiles(file, templatePaths(parsed), ctx.cwd);
    const findings = lintPlaybook({ file, parsed, templateFiles, t: ctx.t });
    return groupByFile(file, quiet ? findings.filter((f) => f.severity === 'error') : findings);
  });
}

export async function lint(paths: string[], options: LintOptions, ctx: Context): Promise<number> {
  const { maxWarnings } = options;
  const format = options.format ?? (ctx.env.GITHUB_ACTIONS === 'true' ? 'github' : 'stylish');
  const files = findPlaybooks(paths, ctx.cwd);
  const results = lintFiles(files, ctx, options.quiet === true);
  const { errors, warnings } = totals(results);
  const { log, t } = ctx;

  const text = FORMATTERS[format]({
    results,
    files: files.length,
    t,
    color: log.color,
    cwd: ctx.cwd,
    version: ctx.version,
  });
  if (text) log.out(text);

  if (errors > 0) return EXIT.findings;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    log.error(t('lint.tooManyWarnings', { warnings, max: maxWarnings }));
    return EXIT.findings;
  }
  return EXIT.ok;
}
