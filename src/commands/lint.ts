import { resolve } from 'node:path';
import type { Context } from '../cli/context.js';
import { EXIT } from '../cli/errors.js';
import { findPlaybooks } from '../cli/find-playbooks.js';
import { lintInWorkers, workerCount, type Concurrency } from '../cli/lint-workers.js';
import { drillRefusals, drillScripts } from './lint-drills.js';
import { hookPlans, templatesAsPlans } from './lint-paths.js';
import { errorsOf, lintFiles } from './lint-files.js';
import { FORMATTERS } from '../lint/formats/index.js';
import type { LintFormat } from '../lint/formats/names.js';
import { totals } from '../lint/formats/stylish.js';

/** Already checked by commander (program.ts): a format of the registry, a whole number. */
interface LintOptions {
  format?: LintFormat;
  maxWarnings?: number;
  quiet?: boolean;
  concurrency?: Concurrency;
  plansOnly?: boolean;
}

export async function lint(paths: string[], options: LintOptions, ctx: Context): Promise<number> {
  const { maxWarnings } = options;
  const format = options.format ?? (ctx.env.GITHUB_ACTIONS === 'true' ? 'github' : 'stylish');
  const named = options.plansOnly === true ? hookPlans(paths, ctx.cwd) : templatesAsPlans(paths, ctx.cwd);
  // A hook that named only other tools' files: nothing to check, not the default plans.
  const files = named.length === 0 && paths.length > 0 ? [] : findPlaybooks(named, ctx.cwd);
  const quiet = options.quiet === true;
  const workers = workerCount(files.length, options.concurrency ?? 'auto');
  if (ctx.debug && workers > 0) ctx.log.info(ctx.log.color.dim(ctx.t('lint.workers', { count: workers + 1 })));
  // As ESLint: --quiet hides warnings, but --max-warnings still counts them, so they are dropped early only when uncounted.
  const dropWarnings = quiet && maxWarnings === undefined;
  const here = (batch: string[]) => lintFiles(batch, ctx, dropWarnings);
  const linted = workers > 0 ? await lintInWorkers(files, workers, ctx, dropWarnings, { here }) : here(files);
  // A drill script among the plans is refused, and the plans are still linted and reported.
  const drills = drillScripts(files, linted, ctx.cwd);
  const checked = linted.filter((result) => !drills.has(resolve(ctx.cwd, result.file)));
  const { errors, warnings } = totals(checked);
  const results = quiet ? checked.map((result) => ({ ...result, findings: errorsOf(result.findings) })) : checked;
  const { log, t } = ctx;
  const refused = drillRefusals(drills, ctx);

  // With only drill scripts named, people read the refusals alone; machines get a report of the refusals.
  const text =
    (files.length > drills.size || format !== 'stylish') &&
    FORMATTERS[format]({
      results,
      files: files.length - drills.size,
      t,
      color: log.color,
      cwd: ctx.cwd,
      version: ctx.version,
      quiet,
      refused,
    });
  if (text) log.out(text);
  // On stderr in every format: the log of a CI step says why it failed, beside any annotation.
  for (const { message } of refused) log.error(message);

  if (drills.size > 0) return EXIT.usage;
  if (errors > 0) return EXIT.findings;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    log.error(t('lint.tooManyWarnings', { warnings, max: maxWarnings }));
    return EXIT.findings;
  }
  return EXIT.ok;
}
