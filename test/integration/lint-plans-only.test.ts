import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { planDir, root, tempDir } from '../helpers.js';
import { crisis } from './run-cli.js';

// The pre-commit hook's pattern selects files by path, so it also hands lint other tools' files
// under templates/ and playbooks/. Its entry, `crisis lint --plans-only`, must pass over those.

const [HOOK] = parse(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{ entry: string }>;
const HOOK_ARGS = HOOK!.entry.split(' ').slice(1);

/** A repository with a crisis plan and other tools' files, as the given relative paths and texts. */
function repository(files: Record<string, string>): string {
  const dir = tempDir();
  cpSync(planDir('en-northside-bakery'), join(dir, 'crisis'), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const OTHERS = {
  'web/templates/index.html': '<h1>{{ title }}</h1>\n',
  'chart/Chart.yaml': 'apiVersion: v2\nname: shop\nversion: 1.0.0\n',
  'chart/values.yaml': 'replicas: 2\n',
  'chart/templates/deployment.yaml':
    'apiVersion: apps/v1\nkind: Deployment\n{{- if .Values.replicas }}\nspec: {}\n{{- end }}\n',
  'chart/templates/_helpers.tpl': '{{- define "shop.name" -}}shop{{- end -}}\n',
  'ansible/playbooks/site.yaml': '- hosts: all\n  roles: [web]\n',
};

describe('crisis lint --plans-only, the pre-commit hook’s entry', () => {
  it('is what the hook runs', () => {
    expect(HOOK_ARGS).toEqual(['lint', '--plans-only']);
  });

  it('passes over other tools’ templates and playbooks in silence, and exits 0', async () => {
    const dir = repository(OTHERS);
    const run = await crisis([...HOOK_ARGS, ...Object.keys(OTHERS)], { cwd: dir });
    expect(run).toMatchObject({ status: 0, stdout: '', stderr: '' });
    // Without the flag, as the hook ran before: a web app's template failed the commit.
    expect((await crisis(['lint', 'web/templates/index.html'], { cwd: dir })).status).toBe(2);
  });

  it('still checks crisis’s own files among them: a plan, a template beside one, a plan by its brand', async () => {
    const dir = repository({
      ...OTHERS,
      'playbooks/shop.yaml': readFileSync(join(planDir('en-northside-bakery'), 'crisis.yaml'), 'utf8').replace(
        /^version: 1$/m,
        'version: one',
      ),
    });
    const template = join(dir, 'crisis/templates/statement.hbs');
    writeFileSync(template, `${readFileSync(template, 'utf8')}\n{{#if brand}}\n`);
    const run = await crisis(
      [...HOOK_ARGS, ...Object.keys(OTHERS), 'crisis/templates/statement.hbs', 'playbooks/shop.yaml'],
      { cwd: dir },
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^crisis\/templates\/statement\.hbs\n.*template-syntax/m);
    expect(run.stdout).toMatch(/^playbooks\/shop\.yaml\n.*schema/m);
    expect(run.stdout).not.toMatch(/chart|web|ansible/);
  });

  it('lints a crisis.yaml even when it is no YAML at all', async () => {
    const dir = repository({ 'crisis.yaml': 'brand: [\n' });
    const run = await crisis([...HOOK_ARGS, 'crisis.yaml'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('yaml-syntax');
  });
});
