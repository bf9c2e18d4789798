import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { CliError } from '../cli/errors.js';

// pre-commit passes `crisis lint` the files a commit changed. A commit that changes only a
// template must still check the plan that renders it (a variable it no longer declares, a
// Handlebars error), so a template given to lint stands for its plan.
//
// A pre-commit hook is selected by path alone: `playbooks/*.yaml` and `templates/` also match an
// Ansible playbook, a Helm chart's templates or a web app's. With --plans-only, the hook's
// entry, lint checks crisis's own files among those it is given and passes over the rest in
// silence, as a hook for one language passes over another's files.

const YAML_FILE = /\.ya?ml$/i;
const PLAN_NAMES = ['crisis.yaml', 'crisis.yml'];
const PLAN_NAME = /^crisis\.ya?ml$/i;
// Every plan has a top-level `brand:` (required): read from the text, so a plan with a YAML error is still linted.
const PLAN_KEY = /^(?:brand|"brand"|'brand')[ \t]*:/m;

/** The folder that holds the last `templates/` folder on a template's path (no YAML file), if any. */
function planFolder(path: string): string | undefined {
  if (YAML_FILE.test(path)) return undefined;
  const parts = path.split(/[\\/]/);
  const at = parts.slice(0, -1).lastIndexOf('templates');
  return at < 0 ? undefined : parts.slice(0, at).join('/') || '.';
}

/** The names of the YAML files of a folder (none when it is no folder), sorted. */
const yamlNames = (full: string) =>
  readdirSync(full)
    .filter((name) => YAML_FILE.test(name) && !name.startsWith('.'))
    .sort();

/** The plans of a folder: its crisis.yaml when it has one, else every *.yaml / *.yml there. */
function plansIn(folder: string, cwd: string): string[] {
  const full = resolve(cwd, folder);
  if (!existsSync(full) || !statSync(full).isDirectory()) return [];
  const named = PLAN_NAMES.find((name) => existsSync(join(full, name)));
  return (named ? [named] : yamlNames(full)).map((name) => (folder === '.' ? name : `${folder}/${name}`));
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
    const folder = planFolder(path);
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

/** crisis.yaml by its name; any other YAML file by its top-level `brand:`. Unreadable: lint says why. */
function looksLikePlan(path: string, cwd: string): boolean {
  if (PLAN_NAME.test(basename(path))) return true;
  try {
    return PLAN_KEY.test(readFileSync(resolve(cwd, path), 'utf8'));
  } catch {
    return true;
  }
}

/** Whether a folder holds a plan a template beside it could belong to. */
function holdsPlan(folder: string, cwd: string): boolean {
  try {
    return yamlNames(resolve(cwd, folder)).some((name) => looksLikePlan(join(folder, name), cwd));
  } catch {
    return false;
  }
}

/**
 * Of the paths a hook gives, the plans to lint: a template stands for the plans beside its
 * templates/ folder when there is one (else it is passed over), and a YAML file is kept only if it
 * looks like a plan. Folders are kept as given.
 */
export function hookPlans(paths: readonly string[], cwd: string): string[] {
  const owned = paths.filter((path) => {
    const folder = planFolder(path);
    return folder === undefined || holdsPlan(folder, cwd);
  });
  return templatesAsPlans(owned, cwd).filter((path) => !YAML_FILE.test(path) || looksLikePlan(path, cwd));
}
