import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CliError } from './errors.js';

// pre-commit passes `crisis lint` the files a commit changed. A commit that changes only a
// template must still check the plan that renders it (a variable it no longer declares, a
// Handlebars error), so a template given to lint stands for its plan.

const YAML_FILE = /\.ya?ml$/i;
const PLAN_NAMES = ['crisis.yaml', 'crisis.yml'];

/** The folder that holds the last `templates/` folder on the path, or undefined when there is none. */
export function planFolder(path: string): string | undefined {
  const parts = path.split(/[\\/]/);
  const at = parts.slice(0, -1).lastIndexOf('templates');
  return at < 0 ? undefined : parts.slice(0, at).join('/') || '.';
}

/** The plans of a folder: its crisis.yaml when it has one, else every *.yaml / *.yml there. */
function plansIn(folder: string, cwd: string): string[] {
  const full = resolve(cwd, folder);
  if (!existsSync(full) || !statSync(full).isDirectory()) return [];
  const named = PLAN_NAMES.find((name) => existsSync(join(full, name)));
  const names = named
    ? [named]
    : readdirSync(full)
        .filter((name) => YAML_FILE.test(name) && !name.startsWith('.'))
        .sort();
  return names.map((name) => (folder === '.' ? name : `${folder}/${name}`));
}

/**
 * The paths to lint, each template replaced by the plans beside its `templates/` folder: a file
 * that is no YAML, under a folder named templates. Plans are kept once, in the order first given.
 * The path alone decides, so a template deleted by the commit still has its plan checked (which
 * then reports it missing).
 */
export function templatesAsPlans(paths: readonly string[], cwd: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const add = (path: string) => {
    const key = resolve(cwd, path);
    if (!seen.has(key)) out.push(path);
    seen.add(key);
  };
  for (const path of paths) {
    const folder = YAML_FILE.test(path) ? undefined : planFolder(path);
    if (folder === undefined) {
      add(path);
      continue;
    }
    const plans = plansIn(folder, cwd);
    if (plans.length === 0) throw new CliError('error.templateWithoutPlan', { path, folder });
    plans.forEach(add);
  }
  return out;
}
