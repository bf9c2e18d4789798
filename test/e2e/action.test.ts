import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, tempDir } from '../helpers.js';

// The Action's lint step (action.yml), run as GitHub runs it by scripts/run-action.js, on this
// checkout as built for the tests: the install step (npm ci) is CI's part (.ci/installs).

/** A workspace with a good plan (crisis.yaml) and a broken one (broken.yaml). */
function workspace(): string {
  const dir = tempDir();
  cpSync(join(root, 'playbooks/en-northside-bakery'), dir, { recursive: true });
  writeFileSync(join(dir, 'broken.yaml'), 'version: 1\nbrand: [\n');
  return dir;
}

function action(dir: string, inputs: string[]) {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1' };
  const run = spawnSync(process.execPath, [join(root, 'scripts/run-action.js'), '--step', 'Lint', ...inputs], {
    cwd: dir,
    env,
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('the Action', () => {
  // One run for every way of listing paths: the broken plan comes last, after a line of two paths
  // and a blank line, so a step that read only the first line, or took a line for one path (no such
  // file: exit 2), would not fail on it.
  it('checks every path given one per line, several on a line, with blank lines, and fails on the broken one', () => {
    const dir = workspace();
    cpSync(join(dir, 'crisis.yaml'), join(dir, 'copy.yaml'));
    const run = action(dir, ['paths=\n  crisis.yaml   copy.yaml\n\nbroken.yaml\n']);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::error file=broken\.yaml,line=3,/m);
  });

  it('passes when every plan given one per line is sound', () => {
    const dir = workspace();
    cpSync(join(dir, 'crisis.yaml'), join(dir, 'copy.yaml'));
    const run = action(dir, ['paths=crisis.yaml\ncopy.yaml', 'format=stylish']);
    expect(run.status).toBe(0);
    expect(run.stdout + run.stderr).toContain('2 files checked: no problems.');
  });

  it('writes SARIF into a folder it creates, with the findings, even when lint fails', () => {
    const dir = workspace();
    const run = action(dir, ['paths=crisis.yaml\nbroken.yaml', 'sarif-file=reports/lint/crisis.sarif']);
    expect(run.status).toBe(1);
    const sarif = JSON.parse(readFileSync(join(dir, 'reports/lint/crisis.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.map((result: { ruleId: string }) => result.ruleId)).toContain('yaml-syntax');
    expect(existsSync(join(dir, 'reports/lint/crisis.sarif.tmp'))).toBe(false);
  });

  it('when lint cannot run (exit 2), leaves a valid SARIF that says why, not an empty file', () => {
    const dir = workspace();
    const run = action(dir, ['paths=missing.yaml', 'sarif-file=out/crisis.sarif']);
    expect(run.status).toBe(2);
    const file = join(dir, 'out/crisis.sarif');
    expect(statSync(file).size).toBeGreaterThan(0);
    const sarif = JSON.parse(readFileSync(file, 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results).toEqual([]);
    expect(sarif.runs[0].tool.driver.name).toBe('crisis');
    expect(sarif.runs[0].invocations[0]).toMatchObject({
      executionSuccessful: false,
      toolExecutionNotifications: [{ level: 'error', message: { text: 'No such file or folder: missing.yaml' } }],
    });
  });
});
