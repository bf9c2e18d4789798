import { spawn } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJournal } from '../../src/cli/journal.js';
import { replay } from '../../src/escalate/replay.js';
import { root, tempDir } from '../helpers.js';
import { crisis } from './run-cli.js';

// util-linux `script` gives the CLI a real terminal, so this is the interactive walkthrough as a person runs it.
function readCmdline(pid: string): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
}

const hasScript = ['/usr/bin/script', '/bin/script'].some((path) => existsSync(path));

describe.skipIf(!hasScript)('crisis escalate killed with SIGKILL midway', () => {
  it('loses no confirmed answer, and the incident resumes where it stopped', async () => {
    const dir = tempDir();
    cpSync(join(root, 'playbooks/es-optica-miravista'), dir, { recursive: true });
    const incidents = join(dir, 'incidents');
    const command = `${process.execPath} ${join(root, 'bin/crisis.js')} escalate --incidents-dir ${incidents}`;
    const child = spawn('script', ['-qfec', command, '/dev/null'], { cwd: dir, env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', TERM: 'xterm' } });
    let screen = '';
    child.stdout.on('data', (chunk) => (screen += chunk));
    const when = (text: string) =>
      new Promise<void>((resolve, reject) => {
        const started = Date.now();
        const timer = setInterval(() => {
          if (screen.includes(text)) {
            clearInterval(timer);
            resolve();
          } else if (Date.now() - started > 8000) {
            clearInterval(timer);
            reject(new Error(`never saw "${text}" in:\n${screen}`));
          }
        }, 20);
      });
    const answer = async (question: string, keys: string) => {
      await when(question);
      child.stdin.write(keys);
    };
    await answer('What is happening', 'Queja viral\r');
    await answer('Where did it start', '\r');
    await answer('Link to the post', '\r');
    await answer('first see it', '\r');
    await answer('Cuánta gente', '\u001b[B\u001b[B\r');
    await answer('publicado la queja', '\r');
    await answer('salud visual', '\r');
    await answer('Keep this level', '\r');
    await answer('Did you reach Jorge', '\r');
    await when('Did you reach Marta');
    // The crisis process itself (not `script` around it), found by its unique command line.
    const pids = readdirSync('/proc').filter((pid) => /^\d+$/.test(pid) && readCmdline(pid).includes(`bin/crisis.js\0escalate\0--incidents-dir\0${incidents}`));
    expect(pids.length).toBeGreaterThan(0);
    for (const pid of pids) process.kill(Number(pid), 'SIGKILL');
    await new Promise((resolve) => child.on('close', resolve));

    const [journal] = readdirSync(incidents).filter((name) => name.endsWith('.jsonl'));
    const state = replay(readJournal(join(incidents, journal!)).events);
    expect(state.summary).toBe('Queja viral');
    expect(state.levels.map((l) => l.level)).toEqual(['crisis']);
    expect(state.contacts.get('jorge')?.status).toBe('reached');
    expect(readdirSync(incidents)).toContain(`${journal}.lock`);

    // The killed process's lock is stale: the incident is listed open and can be resumed.
    const listed = JSON.parse(crisis(['incidents', '--json', '--incidents-dir', incidents], { cwd: dir }).stdout);
    expect(listed).toMatchObject([{ id: state.id, status: 'open', level: 'crisis' }]);
  });
});
