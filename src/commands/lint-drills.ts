import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { displayPath } from '../cli/display-path.js';
import type { Context } from '../cli/context.js';
import { readUserFile } from '../cli/read-file.js';
import { printableParams } from '../model/control-chars.js';
import { parseYaml } from '../source/parse-yaml.js';
import type { FileResult, Refusal } from '../source/finding.js';

// A drill script named to lint reads as a plan full of schema errors. Lint checks plans only:
// a drill is checked against its plan by `crisis escalate --script`, before anything runs, with
// the checks the drill driver owns (escalate/script-plan-checks.ts), not a copy of them here.

/**
 * A drill script has an `incident` (escalate/script-schema.ts) and no `brand`, which every plan
 * has; a file with neither is told apart by its folder.
 */
function isDrillScript(file: string, cwd: string): boolean {
  const { data } = parseYaml(readUserFile(file, cwd));
  const keys = data !== null && typeof data === 'object' && !Array.isArray(data) ? data : {};
  if (Object.hasOwn(keys, 'brand')) return false;
  return Object.hasOwn(keys, 'incident') || file.split(sep).includes('drills');
}

/**
 * The files linted that are drill scripts (in a `drills/` folder or shaped like one), as absolute
 * paths, each once: named one by one, or found in a folder named to lint, such as `drills/` itself.
 * Only a file that failed as a plan is read again, so a clean run costs nothing more.
 */
export function drillScripts(files: readonly string[], results: readonly FileResult[], cwd: string): Set<string> {
  const failed = new Set(
    results
      .filter((result) => result.findings.some((finding) => finding.severity === 'error'))
      .map((result) => resolve(cwd, result.file)),
  );
  const isDrill = (absolute: string) =>
    failed.has(absolute) && statSync(absolute, { throwIfNoEntry: false })?.isFile() && isDrillScript(absolute, cwd);
  return new Set(files.map((file) => resolve(cwd, file)).filter(isDrill));
}

/**
 * The command that runs a drill from here: escalate reads ./crisis.yaml unless told, so a drill kept
 * in another plan's drills/ folder is given that plan with --playbook.
 */
function runCommand(drill: string, cwd: string): string {
  const script = `crisis escalate --script ${displayPath(drill, cwd)}`;
  const folder = dirname(drill);
  const plan = join(folder.split(sep).at(-1) === 'drills' ? dirname(folder) : folder, 'crisis.yaml');
  if (plan === resolve(cwd, 'crisis.yaml') || !existsSync(plan)) return script;
  return `${script} --playbook ${displayPath(plan, cwd)}`;
}

/** Why each drill script is not linted, saying how to run it; their plan findings are only noise. */
export function drillRefusals(drills: ReadonlySet<string>, ctx: Context): Refusal[] {
  return [...drills].map((drill) => {
    const file = displayPath(drill, ctx.cwd);
    return { file, message: ctx.t('lint.drillScript', printableParams({ file, command: runCommand(drill, ctx.cwd) })) };
  });
}
