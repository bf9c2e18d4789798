import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/cli/context.js';
import { CliError } from '../../src/cli/errors.js';
import { scriptedPrompter } from '../scripted-prompter.js';
import { init } from '../../src/commands/init.js';
import { readJournal } from '../../src/cli/incident-store/journal-file.js';
import { CLOSED_ID, example, root, oneLine, tempDir } from '../helpers.js';
import { crisis as inProcess } from '../integration/run-cli.js';
import type { Run } from './run-cli.js';

// The operating system saying no (EACCES, EPIPE) is one line that names the file and says why,
// with exit 2: never "This is a bug", never a stack trace. These need a real process: a closed
// pipe, another user. The other system errors run in-process in test/integration/os-errors.test.ts.
const BIN = join(root, 'bin/crisis.js');

describe('the reader of the output gone (crisis … | head)', () => {
  const env = { PATH: process.env.PATH, NO_COLOR: '1' };
  /** Runs crisis with its stdout closed before the first write, as `| head` may. */
  async function headless(args: string[], cwd = root): Promise<Run> {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy(); // the reader is gone before the first write
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    return { status, stdout: '', stderr };
  }

  it.each([
    ['schema', ['schema']],
    ['lint --format sarif', ['lint', '--format', 'sarif', join(root, 'test/fixtures/plans')]],
  ])('crisis %s: a quiet end, with the exit code the command has', async (_, args) => {
    // The exit code with a reader: in this process, as only the closed pipe needs a real one.
    const whole = await inProcess(args);
    expect(await headless(args)).toEqual({ status: whole.status, stdout: '', stderr: '' });
  });

  it('a drill goes on to its end: its journal is whole, and it exits 0', async () => {
    const dir = tempDir();
    const script = join(root, 'test/fixtures/scripts/crisis-miravista.yaml');
    const plan = join(root, 'playbooks/es-optica-miravista/crisis.yaml');
    const run = await headless(
      ['escalate', '--script', script, '--playbook', plan, '--incidents-dir', 'incidents'],
      dir,
    );
    expect(run.stderr).not.toMatch(/EPIPE|✖/);
    expect(run.status).toBe(0);
    const [journal] = readdirSync(join(dir, 'incidents')).filter((name) => name.endsWith('.jsonl'));
    expect(readJournal(join(dir, 'incidents', journal!)).events.at(-1)).toMatchObject({ type: 'closed' });
  });
});

// What is named on the command line may be no file at all: lint must neither wait nor read forever.
// A device (/dev/zero) is refused in test/integration/os-errors.test.ts, in-process, word for word.
describe.skipIf(!existsSync('/dev/full'))('the output on a full disk (> /dev/full)', () => {
  it('says the disk is full, not that the output was closed', () => {
    const run = spawnSync(process.execPath, [BIN, 'schema'], {
      cwd: root,
      env: { PATH: process.env.PATH, NO_COLOR: '1', CRISIS_LANG: 'en' },
      stdio: ['ignore', openSync('/dev/full', 'w'), 'pipe'],
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('✖ Cannot write the output: the disk is full; the rest was not written.\n');
  });
});

describe.skipIf(process.platform === 'win32')('a pipe or a device named as the playbook', () => {
  const lint = (args: string[], options: { cwd?: string } = {}) =>
    spawnSync(process.execPath, [BIN, 'lint', ...args], {
      cwd: options.cwd ?? root,
      env: { PATH: process.env.PATH, NO_COLOR: '1' },
      encoding: 'utf8',
      // Only stops a lint that waits for ever: a loaded machine may take seconds to start one.
      timeout: 120_000,
    });

  it('a named pipe nobody writes to is said as such, at once', () => {
    const dir = tempDir();
    spawnSync('mkfifo', [join(dir, 'plan.yaml')]);
    const run = lint(['plan.yaml'], { cwd: dir });
    expect(run.signal).toBeNull(); // not killed by the timeout
    expect(oneLine({ ...run, stdout: '' })).toBe(
      '✖ plan.yaml is a pipe, not a regular file, and nothing came through it: name a file, or a pipe a program writes to.',
    );
  });

  it('a pipe with a writer is read to its end, as with lint <(git show HEAD:crisis.yaml)', () => {
    const run = spawnSync(
      'bash',
      ['-c', `node ${JSON.stringify(BIN)} lint <(sleep 0.3; cat test/fixtures/plans/es-optica-miravista/crisis.yaml)`],
      { cwd: root, env: { PATH: process.env.PATH, NO_COLOR: '1' }, encoding: 'utf8', timeout: 120_000 },
    );
    // Read whole: only the template, relative to /dev/fd, is missing.
    expect(run.stdout).toMatch(/1 problem/);
    expect(run.stdout).toContain('template-missing');
  });
});

// Root reads and writes anything: the permission tests then run the CLI as nobody, where nobody
// can run it (not when node itself lies in a private folder, such as a mktemp -d of root's).
const asRoot = process.getuid?.() === 0;
const NOBODY = { uid: 65534, gid: 65534 };
const canTest =
  process.platform !== 'win32' &&
  (!asRoot || spawnSync(process.execPath, [BIN, '--version'], { cwd: tmpdir(), ...NOBODY }).status === 0);
function asUser(args: string[], cwd: string): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    env: { PATH: process.env.PATH, HOME: cwd, NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 120_000,
    ...(asRoot ? NOBODY : {}),
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
function openToAll(dir: string): string {
  chmodSync(dir, 0o777);
  return dir;
}

describe.skipIf(!canTest)('permission denied (EACCES)', () => {
  it('init into a read-only templates/ writes nothing at all, and works once it may', () => {
    const dir = openToAll(tempDir());
    mkdirSync(join(dir, 'templates'), { mode: 0o555 });
    chmodSync(join(dir, 'templates'), 0o555);
    const line = oneLine(asUser(['init', '--yes', '--lang', 'en', '--name', 'Crumbs'], dir));
    expect(line).toMatch(
      /^✖ Cannot open templates\/statement\.hbs: permission denied; check who owns it and its permissions\.$/,
    );
    expect(readdirSync(dir)).toEqual(['templates']);
    expect(readdirSync(join(dir, 'templates'))).toEqual([]);
    chmodSync(join(dir, 'templates'), 0o777);
    // Nothing half-written stands in the way of the second run.
    expect(asUser(['init', '--yes', '--lang', 'en', '--name', 'Crumbs'], dir).status).toBe(0);
    expect(existsSync(join(dir, 'crisis.yaml'))).toBe(true);
  });

  it('lint of a playbook nobody may read names it', () => {
    const dir = openToAll(tempDir());
    writeFileSync(join(dir, 'crisis.yaml'), 'version: 1\n', { mode: 0o000 });
    chmodSync(join(dir, 'crisis.yaml'), 0o000);
    expect(oneLine(asUser(['lint'], dir))).toBe(
      '✖ Cannot open crisis.yaml: permission denied; check who owns it and its permissions.',
    );
  });

  it('comments add on a Spanish plan says it in Spanish, as every other line of the command', () => {
    const dir = openToAll(example('es-optica-miravista', { incidents: true }));
    const journal = readFileSync(join(root, 'test/fixtures/journals/closed.jsonl'), 'utf8');
    const open = journal.split('\n').filter((line) => !line.includes('"type":"closed"'));
    writeFileSync(join(dir, 'incidents', `${CLOSED_ID}.jsonl`), open.join('\n'));
    chmodSync(join(dir, 'incidents'), 0o555);
    expect(oneLine(asUser(['comments', 'add', 'https://x.com/marta/status/1'], dir))).toBe(
      `✖ No se puede abrir incidents/${CLOSED_ID}.comments.ndjson: permiso denegado; revisa quién es su dueño y sus permisos.`,
    );
  });
});

describe('init checks for an existing plan first', () => {
  it('before the interview, not after twenty questions', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'crisis.yaml'), 'mine\n');
    const ctx = createContext([], '0.0.0', {
      cwd: dir,
      env: { NO_COLOR: '1' },
      streams: { stdout: new PassThrough(), stderr: new PassThrough() },
      interactive: true,
    });
    const prompter = scriptedPrompter([]);
    await expect(init({}, ctx, async () => prompter)).rejects.toThrow(CliError);
    expect(prompter.asked).toEqual([]);
  });
});
