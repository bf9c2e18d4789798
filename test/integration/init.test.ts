import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/cli/context.js';
import { scriptedPrompter } from '../../src/cli/prompts.js';
import { init } from '../../src/commands/init.js';
import { root, tempDir } from '../helpers.js';
import { crisis } from './run-cli.js';

describe('crisis init without a terminal', () => {
  it('fails at once and names the flags that make it work', async () => {
    const dir = tempDir();
    const run = (await crisis(['init'], { cwd: dir }));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/not a terminal\. Pass --yes .*--name, --lang, --dir.*--from/);
    expect(existsSync(join(dir, 'crisis.yaml'))).toBe(false);
  });
});

describe.each(['es', 'en'])('crisis init --yes --lang %s', (lang) => {
  it('writes a plan that crisis lint passes, and never overwrites it', async () => {
    const dir = tempDir();
    const first = (await crisis(['init', '--yes', '--lang', lang, '--name', 'Horno Nuevo', '--dir', 'plan'], { cwd: dir }));
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('plan/crisis.yaml');
    expect(first.stderr).toBe('');
    const plan = readFileSync(join(dir, 'plan/crisis.yaml'), 'utf8');
    expect(plan).toContain('  name: "Horno Nuevo"');
    expect(readFileSync(join(dir, 'plan/playbook.schema.json'), 'utf8')).toBe((await crisis(['schema'])).stdout);
    expect((await crisis(['lint', '--max-warnings', '0', 'plan'], { cwd: dir })).status).toBe(0);

    writeFileSync(join(dir, 'plan/templates/statement.hbs'), 'My own statement, edited. {{brand.name}}\n');
    const before = readFileSync(join(dir, 'plan/crisis.yaml'));
    const again = (await crisis(['init', '--yes', '--lang', lang, '--dir', 'plan'], { cwd: dir }));
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('plan/crisis.yaml');
    expect(again.stderr).toContain('--force');
    expect(readFileSync(join(dir, 'plan/crisis.yaml')).equals(before)).toBe(true);
    expect(readFileSync(join(dir, 'plan/templates/statement.hbs'), 'utf8')).toBe('My own statement, edited. {{brand.name}}\n');

    expect((await crisis(['init', '--yes', '--lang', lang, '--dir', 'plan', '--force'], { cwd: dir })).status).toBe(0);
    expect(readFileSync(join(dir, 'plan/templates/statement.hbs'), 'utf8')).not.toContain('edited');
  });
});
