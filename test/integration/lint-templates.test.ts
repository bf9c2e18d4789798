import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planDir, tempDir } from '../helpers.js';
import { crisis } from './run-cli.js';

// pre-commit gives crisis lint the files a commit changed; a template stands for its plan.

function plans(): string {
  const dir = tempDir();
  cpSync(planDir('en-northside-bakery'), join(dir, 'playbooks/bakery'), { recursive: true });
  cpSync(planDir('es-optica-miravista'), join(dir, 'playbooks/optica'), { recursive: true });
  return dir;
}

describe('crisis lint given a template', () => {
  it('checks the plan beside its templates folder, and fails on the template’s error', async () => {
    const dir = plans();
    const template = join(dir, 'playbooks/bakery/templates/statement.hbs');
    const run = await crisis(['lint', 'playbooks/bakery/templates/statement.hbs'], { cwd: dir });
    expect(run).toMatchObject({ status: 0, stdout: '✔ 1 file checked: no problems.\n' });
    writeFileSync(template, `${readFileSync(template, 'utf8')}\n{{#if brand}}\n`);
    const broken = await crisis(['lint', 'playbooks/bakery/templates/statement.hbs'], { cwd: dir });
    expect(broken.status).toBe(1);
    expect(broken.stdout).toMatch(/^playbooks\/bakery\/templates\/statement\.hbs\n.*template-syntax/m);
  });

  it('checks each plan once, however many of its templates and itself are given', async () => {
    const dir = plans();
    mkdirSync(join(dir, 'playbooks/optica/templates/extra'));
    writeFileSync(join(dir, 'playbooks/optica/templates/extra/unused.hbs'), 'Hola\n');
    const run = await crisis(
      [
        'lint',
        '--format',
        'json',
        'playbooks/bakery/templates/statement.hbs',
        'playbooks/bakery/crisis.yaml',
        'playbooks/optica/templates/comunicado.hbs',
        'playbooks/optica/templates/extra/unused.hbs',
      ],
      { cwd: dir },
    );
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).map((result: { filePath: string }) => result.filePath)).toEqual([
      join(dir, 'playbooks/bakery/crisis.yaml'),
      join(dir, 'playbooks/optica/crisis.yaml'),
    ]);
  });

  it('says so when no plan is beside the templates folder, and exits 2', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'site/templates'), { recursive: true });
    writeFileSync(join(dir, 'site/templates/page.html'), '<p>\n');
    const run = await crisis(['lint', 'site/templates/page.html'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      '✖ site/templates/page.html is in a templates folder, but site holds no plan (.yaml) to check it with. Name the plan that uses it.\n',
    );
  });
});
