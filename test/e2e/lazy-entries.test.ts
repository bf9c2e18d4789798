import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planDir, tempDir } from '../helpers.js';
import { crisis } from './run-cli.js';

// The bundle loads the YAML readers, the Spanish catalog and Handlebars' compiler with require()
// when first needed (scripts/build.js, LAZY). Node 21 and 22.0-22.11, which package.json's
// engines allow, cannot require() an ES module (22.12 can, with a warning): these files must be
// CommonJS. --no-experimental-require-module makes this Node behave as those do.
const OLD_NODE = { NODE_OPTIONS: '--no-experimental-require-module' };

describe('what the bundle loads when needed', () => {
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
