import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPlaybooks } from '../../src/cli/find-playbooks.js';
import { root, tempDir } from '../helpers.js';
import { crisis } from './run-cli.js';

// A playbook reached through a symbolic link is linted (skipping it was a false green in CI),
// once, and a link back up the tree does not loop.
const MINIMAL = readFileSync(join(root, 'test/fixtures/minimal/crisis.yaml'), 'utf8');

function tree(): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'plans/shop'), { recursive: true });
  mkdirSync(join(dir, 'shared/cafe'), { recursive: true });
  writeFileSync(join(dir, 'plans/shop/crisis.yaml'), MINIMAL);
  writeFileSync(join(dir, 'shared/bakery.yaml'), 'version: 1\n');
  writeFileSync(join(dir, 'shared/cafe/crisis.yaml'), 'version: 2\n');
  symlinkSync('../shared/bakery.yaml', join(dir, 'plans/bakery.yaml'));
  symlinkSync('../shared/cafe', join(dir, 'plans/cafe'));
  symlinkSync('..', join(dir, 'plans/shop/up')); // a loop: plans/shop/up/shop/up/…
  symlinkSync('shop/crisis.yaml', join(dir, 'plans/again.yaml')); // the same file twice
  return dir;
}

describe.skipIf(process.platform === 'win32')('symbolic links under a linted folder', () => {
  it('are followed, each file once, and a loop ends', async () => {
    const dir = tree();
    expect(findPlaybooks(['plans'], dir)).toEqual([
      'plans/bakery.yaml',
      'plans/cafe/crisis.yaml',
      'plans/shop/crisis.yaml',
    ]);
  });

  it('so lint fails on a broken playbook that only a link leads to', async () => {
    const dir = tree();
    const run = await crisis(['lint', 'plans', '--format', 'json'], { cwd: dir });
    expect(run.status).toBe(1);
    const files = JSON.parse(run.stdout).map((result: { filePath: string; errorCount: number }) => [
      result.filePath.slice(dir.length + 1),
      result.errorCount > 0,
    ]);
    expect(files).toEqual([
      ['plans/bakery.yaml', true],
      ['plans/cafe/crisis.yaml', true],
      ['plans/shop/crisis.yaml', false],
    ]);
  });

  it('and a link to nothing is said, not skipped', async () => {
    const dir = tree();
    symlinkSync('../shared/gone.yaml', join(dir, 'plans/gone.yaml'));
    const run = await crisis(['lint', 'plans'], { cwd: dir });
    expect(run).toMatchObject({ status: 2, stderr: '✖ No such file or folder: plans/gone.yaml\n' });
  });
});
