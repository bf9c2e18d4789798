import type { Context } from '../cli/context.js';
import { CliError, EXIT } from '../cli/errors.js';
import { findPlaybooks } from '../cli/find-playbooks.js';
import { readUserFile } from '../cli/read-file.js';
import { readTemplateFiles } from '../cli/read-template-files.js';
import type { FileResult, Finding } from '../source/finding.js';
import { formatGithub } from '../lint/formats/github.js';
import { LINT_FORMATS } from '../lint/formats/names.js';
import { formatJson } from '../lint/formats/json.js';
import { formatSarif } from '../lint/formats/sarif.js';
import { formatStylish, totals } from '../lint/formats/stylish.js';
import { lintPlaybook, parsePlaybook, templatePaths } from '../lint/lint-playbook.js';
import { RULE_TABLE } from '../lint/rules/index.js';

interface LintOptions {
  format?: string;
  maxWarnings?: string;
  quiet?: boolean;
}

function parseOptions(options: LintOptions, env: NodeJS.ProcessEnv) {
  const format = options.format ?? (env.GITHUB_ACTIONS === 'true' ? 'github' : 'stylish');
  if (!(LINT_FORMATS as readonly string[]).includes(format)) throw new CliError('error.badFormat', { value: format, options: LINT_FORMATS.join(', ') });
  let maxWarnings: number | undefined;
  if (options.maxWarnings !== undefined) {
    maxWarnings = Number(options.maxWarnings);
    if (!/^\d+$/.test(options.maxWarnings)) throw new CliError('error.badNumber', { option: '--max-warnings', value: options.maxWarnings });
  }
  return { format: format as (typeof LINT_FORMATS)[number], maxWarnings, quiet: options.quiet === true };
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
  const { format, maxWarnings, quiet } = parseOptions(options, ctx.env);
  const files = findPlaybooks(paths, ctx.cwd);
  const results = lintFiles(files, ctx, quiet);
  const { errors, warnings } = totals(results);
  const { log, t } = ctx;

  if (format === 'json') log.out(formatJson(results, ctx.cwd));
  else if (format === 'sarif') log.out(formatSarif(results, RULE_TABLE, t, ctx.cwd, ctx.version));
  else if (format === 'github') {
    const text = formatGithub(results);
    if (text) log.out(text);
  } else {
    const text = formatStylish(results, t, log.color);
    log.out(text || log.color.green(t('lint.clean', { files: files.length })));
  }

  if (errors > 0) return EXIT.findings;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    log.error(t('lint.tooManyWarnings', { warnings, max: maxWarnings }));
    return EXIT.findings;
  }
  return EXIT.ok;
}
