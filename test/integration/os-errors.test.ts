import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, oneLine, example } from '../helpers.js';
import { crisis } from './run-cli.js';

// The operating system saying no (EISDIR, ENOENT, EEXIST, ENOTDIR) is one line that names the file
// and says why, with exit 2. Run in-process; EPIPE and permissions need a real process (test/e2e/os-errors.test.ts).
const SCRIPT = join(root, 'test/fixtures/scripts/crisis-miravista.yaml');

function plan(): string {
  const dir = example();
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
      'comments, where the comments file is a folder',
      (dir: string) => withIncident(dir) && mkdirSync(join(dir, 'incidents/20261122-2010-abcd.comments.ndjson')),
      ['comments', '--incident', '20261122-2010-abcd'],
      /^✖ Cannot read incidents\/20261122-2010-abcd\.comments\.ndjson: it is a folder/,
    ],
    [
      // "No such file or folder" sent one looking for the file, which is the one thing not expected there.
      'report --out in a folder that does not exist',
      withIncident,
      ['report', '--out', 'a/b/c.md'],
      /^✖ Cannot open a\/b\/c\.md: the folder a\/b does not exist\.$/,
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

// A command that speaks the plan's language says what the system refused in it too: a Spanish
// plan, with no CRISIS_LANG or --lang to say otherwise. Permissions need another user (e2e).
describe("the operating system's refusal in the plan's language", () => {
  it.each([
    [
      'report --out a folder',
      (dir: string) => withIncident(dir) && mkdirSync(join(dir, 'out')),
      ['report', '--out', 'out'],
      '✖ No se puede abrir out: es una carpeta, y hace falta un archivo.',
    ],
    [
      'incidents --incidents-dir a file',
      () => {},
      ['incidents', '--incidents-dir', 'crisis.yaml'],
      '✖ No se puede listar la carpeta crisis.yaml: una parte de la ruta es un archivo, y hace falta una carpeta.',
    ],
  ])('%s', async (_, prepare, args, expected) => {
    const dir = plan();
    prepare(dir);
    expect(oneLine(await crisis(args, { cwd: dir, env: { CRISIS_LANG: undefined } }))).toBe(expected);
  });
});

// A file named on the command line that is no regular file is said as what it is, with exit 2:
// never "name the playbook's file" for a script or a template, never "the file is empty" for a pipe.
describe.skipIf(process.platform === 'win32')('a device or a pipe where a file is needed', () => {
  it.each([
    ['escalate --script /dev/null', ['escalate', '--script', '/dev/null'], '/dev/null'],
    ['report --template /dev/zero', ['report', '--template', '/dev/zero'], '/dev/zero'],
    ['statement --template /dev/zero', ['statement', '--template', '/dev/zero'], '/dev/zero'],
    ['lint /dev/zero', ['lint', '/dev/zero'], '/dev/zero'],
  ])('%s', async (_, args, device) => {
    const dir = withIncident(plan());
    expect(oneLine(await crisis(args, { cwd: dir }))).toBe(`✖ ${device} is a device, not a regular file: name a file.`);
  });

  it.each([
    ['lint', (file: string) => ['lint', file]],
    ['escalate --script', (file: string) => ['escalate', '--script', file]],
    ['report --template', (file: string) => ['report', '--template', file]],
  ])('%s: a named pipe nothing came through', async (_, args) => {
    const dir = withIncident(plan());
    execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
    expect(oneLine(await crisis(args('pipe.yaml'), { cwd: dir }))).toBe(
      '✖ pipe.yaml is a pipe, not a regular file, and nothing came through it: name a file, or a pipe a program writes to.',
    );
  });
});
