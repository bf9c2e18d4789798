import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, tempDir } from '../helpers.js';
import { crisis, type Run } from './run-cli.js';

// The operating system saying no (EISDIR, ENOENT, EEXIST, ENOTDIR) is one line that names the file
// and says why, with exit 2. Run in-process; EPIPE and permissions need a real process (test/e2e/os-errors.test.ts).
const SCRIPT = join(root, 'test/fixtures/scripts/crisis-miravista.yaml');

function oneLine(run: Run): string {
  expect(run.status).toBe(2);
  expect(run.stderr).not.toMatch(/This is a bug|\n\s+at /);
  const lines = run.stderr
    .trimEnd()
    .split('\n')
    .filter((line) => !line.startsWith('! '));
  expect(lines).toHaveLength(1);
  return lines[0]!;
}

function plan(): string {
  const dir = tempDir();
  cpSync(join(root, 'playbooks/es-optica-miravista'), dir, { recursive: true });
  return dir;
}

function withIncident(dir: string): string {
  mkdirSync(join(dir, 'incidents'));
  cpSync(join(root, 'test/fixtures/journals/closed.jsonl'), join(dir, 'incidents/20261122-2010-abcd.jsonl'));
  return dir;
}

describe('the operating system saying no', () => {
  it.each([
    [
      'report --out a folder',
      (dir: string) => withIncident(dir) && mkdirSync(join(dir, 'out')),
      ['report', '--out', 'out'],
      /^✖ Cannot open out: it is a folder, where a file is needed\.$/,
    ],
    [
      'report --template a folder',
      withIncident,
      ['report', '--template', 'templates'],
      /^✖ Cannot read templates: it is a folder/,
    ],
    [
      'escalate --script a folder',
      () => {},
      ['escalate', '--script', 'templates'],
      /^✖ Cannot read templates: it is a folder/,
    ],
    [
      'escalate --script a missing file',
      () => {},
      ['escalate', '--script', 'nope.yaml'],
      /^✖ No such file or folder: nope\.yaml$/,
    ],
    [
      '--incidents-dir a file (list)',
      () => {},
      ['incidents', '--incidents-dir', 'crisis.yaml'],
      /^✖ Cannot list the folder crisis\.yaml: part of the path is a file/,
    ],
    [
      '--incidents-dir a file (create)',
      () => {},
      ['escalate', '--script', SCRIPT, '--incidents-dir', 'crisis.yaml'],
      /^✖ Cannot create the folder crisis\.yaml: it already exists\.$/,
    ],
    [
      'init --dir a file',
      () => {},
      ['init', '--yes', '--name', 'Horno Sol', '--dir', 'crisis.yaml/plan'],
      /^✖ Cannot create the folder crisis\.yaml\/plan: part of the path is a file/,
    ],
  ])('%s: one line, exit 2', async (_, prepare, args, expected) => {
    const dir = plan();
    prepare(dir);
    expect(oneLine(await crisis(args as string[], { cwd: dir }))).toMatch(expected);
  });
});
