// Runs action.yml's composite steps here as GitHub would, so CI tests the Action:
// inputs get their defaults, `${{ inputs.x }}` and `${{ github.action_path }}` are filled in each
// step's env, and each run: goes to bash with GitHub's flags. Only those two expressions are
// supported; any other expression in action.yml fails this script, so the test cannot drift.
//   node scripts/run-action.js [--action-path DIR] [--step NAME] [name=value ...]   (cwd is the workspace)
// --step runs that step alone: the tests run "Lint" on this checkout, built already, without the
// install step's npm ci.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const args = process.argv.slice(2);
let actionPath = fileURLToPath(new URL('..', import.meta.url));
if (args[0] === '--action-path') actionPath = resolve(args.splice(0, 2)[1]);
const only = args[0] === '--step' ? args.splice(0, 2)[1] : undefined;

const action = parse(readFileSync(join(actionPath, 'action.yml'), 'utf8'));
if (action.runs?.using !== 'composite') throw new Error('action.yml: runs.using must be composite');

const inputs = Object.fromEntries(
  Object.entries(action.inputs ?? {}).map(([name, spec]) => [name, String(spec.default ?? '')]),
);
for (const arg of args) {
  const at = arg.indexOf('=');
  const name = arg.slice(0, at);
  if (at < 1 || !(name in inputs))
    throw new Error(`unknown input: ${arg} (action.yml declares ${Object.keys(inputs).join(', ')})`);
  inputs[name] = arg.slice(at + 1);
}

const expand = (text) =>
  String(text).replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expr) => {
    if (expr === 'github.action_path') return actionPath;
    const input = /^inputs\.([\w-]+)$/.exec(expr);
    if (input && input[1] in inputs) return inputs[input[1]];
    throw new Error(`run-action.js does not evaluate \${{ ${expr} }}`);
  });

const steps = action.runs.steps.filter((step) => only === undefined || step.name === only);
if (steps.length === 0) throw new Error(`action.yml has no step named "${only}"`);
for (const step of steps) {
  if (step.uses) throw new Error(`step "${step.name}": uses: cannot run here`);
  if (step.shell !== 'bash') throw new Error(`step "${step.name}": only shell: bash is supported`);
  if (/\$\{\{/.test(step.run))
    throw new Error(`step "${step.name}": put expressions in env:, not in run: (script injection)`);
  const env = { ...process.env, GITHUB_ACTION_PATH: actionPath };
  for (const [key, value] of Object.entries(step.env ?? {})) env[key] = expand(value);
  const started = Date.now();
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run], {
    env,
    stdio: 'inherit',
  });
  console.error(`run-action: "${step.name}" exit ${result.status} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (result.status !== 0) process.exit(result.status ?? 1);
}
