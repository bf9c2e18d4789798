import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planDir, tempDir } from '../helpers.js';
import { crisis } from './run-cli.js';

// The bundle is an ES module that gives CommonJS libraries (Handlebars) a require() of their own
// (scripts/build.js). Node 21 and 22.0-22.11, which package.json's engines allow, cannot require()
// an ES module (22.12 can, with a warning): nothing in the bundle may. --no-experimental-require-module
// makes this Node behave as those do.
const OLD_NODE = { NODE_OPTIONS: '--no-experimental-require-module' };

describe('the bundle on every Node that engines allow', () => {
  it('lints in Spanish and places a finding without require() of an ES module', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'broken.yaml'), 'version: 1\nbrand: [unclosed\n');
    const run = crisis(['lint', '--lang', 'es', 'broken.yaml'], { cwd: dir, env: OLD_NODE });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/broken\.yaml\n\s+3:1\s+error\s+La sangría es incorrecta aquí.*yaml-syntax/);
  });

  it('renders a response with Handlebars compiled', () => {
    const dir = tempDir();
    cpSync(planDir('en-northside-bakery'), join(dir, 'plan'), { recursive: true });
    const run = crisis(['render', 'thanks', '--playbook', 'plan/crisis.yaml', '--var', 'customer=Ana'], {
      cwd: dir,
      env: OLD_NODE,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Hi Ana, thank you for telling us');
  });
});
