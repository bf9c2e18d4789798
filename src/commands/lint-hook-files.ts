import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { planFolder, templatesAsPlans } from '../cli/template-owners.js';

// A pre-commit hook is selected by path alone: `playbooks/*.yaml` and `templates/` also match an
// Ansible playbook, a Helm chart's templates or a web app's. With --plans-only, the hook's
// entry, lint checks crisis's own files among those it is given and passes over the rest in
// silence, as a hook for one language passes over another's files.

const YAML_FILE = /\.ya?ml$/i;
const PLAN_NAME = /^crisis\.ya?ml$/i;
// Every plan has a top-level `brand:` (required): read from the text, so a plan with a YAML error is still linted.
const PLAN_KEY = /^(?:brand|"brand"|'brand')[ \t]*:/m;

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
    return readdirSync(resolve(cwd, folder)).some(
      (name) => YAML_FILE.test(name) && !name.startsWith('.') && looksLikePlan(join(folder, name), cwd),
    );
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
    const folder = YAML_FILE.test(path) ? undefined : planFolder(path);
    return folder === undefined || holdsPlan(folder, cwd);
  });
  return templatesAsPlans(owned, cwd).filter((path) => !YAML_FILE.test(path) || looksLikePlan(path, cwd));
}
