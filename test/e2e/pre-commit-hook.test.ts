import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { root, tempDir } from '../helpers.js';

// The hook as this repository ships it (.pre-commit-hooks.yaml), run by pre-commit itself: which
// changed files select it, and what crisis lint then receives. As a local hook on the built CLI,
// so that pre-commit installs nothing (.ci/installs runs it as a user's repo: pointing at crisis).

const [HOOK] = parse(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as Array<Record<string, unknown>>;
const preCommit = spawnSync('pre-commit', ['--version']).status === 0;

describe('the hook’s files pattern', () => {
  const files = new RegExp(String(HOOK!.files));
  const exclude = new RegExp(String(HOOK!.exclude ?? '^$'));
  it.each([
    ['crisis.yaml', true],
    ['shop/crisis.yml', true],
    ['playbooks/en-northside-bakery/crisis.yaml', true],
    ['templates/statement.hbs', true],
    ['playbooks/en-northside-bakery/templates/statement.hbs', true],
    ['playbooks/en-northside-bakery/drills/allergen-scare.yaml', false],
    ['README.md', false],
    // Selected, and passed over by `crisis lint --plans-only` (test/integration/lint-plans-only.test.ts).
    ['web/templates/index.html', true],
    ['chart/templates/deployment.yaml', true],
    ['site/index.html', false],
  ])('%s selects it: %s', (path, selected) => {
    expect(files.test(path) && !exclude.test(path)).toBe(selected);
    // pre-commit also filters by types: none may leave a template out.
    if (selected && !path.endsWith('.yaml')) expect(HOOK!.types ?? ['file']).toEqual(['file']);
  });
});

describe.skipIf(!preCommit)(
  `pre-commit on a plan’s repository${preCommit ? '' : ' [skipped: pre-commit not found]'}`,
  () => {
    /** A git repository holding the bakery's plan, committed, with the hook configured. */
    function repository(): string {
      const dir = tempDir();
      cpSync(join(root, 'playbooks/en-northside-bakery'), dir, { recursive: true });
      // The hook's own entry (its flags too), with `crisis` the built CLI.
      const entry = String(HOOK!.entry).replace(/^crisis /, `${process.execPath} ${join(root, 'bin/crisis.js')} `);
      const hook = { ...HOOK, language: 'system', entry };
      writeFileSync(
        join(dir, '.pre-commit-config.yaml'),
        JSON.stringify({ repos: [{ repo: 'local', hooks: [hook] }] }),
      );
      const git = (...args: string[]) =>
        execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: dir });
      git('init', '-q');
      git('add', '-A');
      git('commit', '-qm', 'plan');
      return dir;
    }

    function commitCheck(dir: string) {
      execFileSync('git', ['add', '-A'], { cwd: dir });
      const env = { ...process.env, PRE_COMMIT_HOME: join(dir, '.cache'), NO_COLOR: '1' };
      const run = spawnSync('pre-commit', ['run', '--verbose', '--color', 'never'], {
        cwd: dir,
        env,
        encoding: 'utf8',
      });
      return { status: run.status, output: run.stdout + run.stderr };
    }

    it('runs when a commit changes only a template, and fails on a broken one, at its line', () => {
      const dir = repository();
      const template = join(dir, 'templates/statement.hbs');
      writeFileSync(template, `${readFileSync(template, 'utf8')}\n{{#if brand}}\n`);
      const run = commitCheck(dir);
      expect(run.output).not.toContain('no files to check');
      expect(run.status).toBe(1);
      expect(run.output).toMatch(/templates\/statement\.hbs[\s\S]*template-syntax/);
    });

    it('passes a commit of another tool’s templates and playbooks, checking no plan', () => {
      const dir = repository();
      mkdirSync(join(dir, 'web/templates'), { recursive: true });
      writeFileSync(join(dir, 'web/templates/index.html'), '<h1>{{ title }}</h1>\n');
      mkdirSync(join(dir, 'chart/templates'), { recursive: true });
      writeFileSync(join(dir, 'chart/Chart.yaml'), 'apiVersion: v2\nname: shop\nversion: 1.0.0\n');
      writeFileSync(join(dir, 'chart/templates/deployment.yaml'), 'kind: Deployment\n{{- if .Values.on }}\n');
      const run = commitCheck(dir);
      expect(run.status, run.output).toBe(0);
      expect(run.output).toMatch(/crisis lint\.+Passed/);
      expect(run.output).not.toContain('checked');
    });

    it('passes a template change that keeps the plan sound, checking the plan once', () => {
      const dir = repository();
      const template = join(dir, 'templates/statement.hbs');
      writeFileSync(template, `${readFileSync(template, 'utf8')}\n`);
      writeFileSync(join(dir, 'crisis.yaml'), `${readFileSync(join(dir, 'crisis.yaml'), 'utf8')}\n`);
      const run = commitCheck(dir);
      expect(run.status, run.output).toBe(0);
      expect(run.output).toMatch(/crisis lint\.+Passed/);
      expect(run.output).toContain('1 file checked: no problems.');
    });
  },
);
