import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLOSED_ID, root, withJournal } from '../helpers.js';

// `--out /dev/stdout` into a pipe: the guard must not follow the link to `pipe:[…]` and refuse
// it as a missing folder. Only a real process with a piped stdout shows this.
// A shell pipe, as a user types it (Node's own stdio pipes are sockets, which /dev/stdout cannot open).
function piped(args: string[], cwd: string) {
  const quoted = [process.execPath, join(root, 'bin/crisis.js'), ...args].map((arg) => `'${arg}'`).join(' ');
  return spawnSync('sh', ['-c', `${quoted} | cat`], {
    cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1' },
    encoding: 'utf8',
  });
}

describe('an output named as the standard output, into a pipe', () => {
  it.each([
    ['report --out /dev/stdout', ['report', CLOSED_ID, '--out', '/dev/stdout'], /^# /],
    ['report --out /dev/fd/1', ['report', CLOSED_ID, '--out', '/dev/fd/1'], /^# /],
    ['promises --ics /dev/stdout', ['promises', '--ics', '/dev/stdout'], /^BEGIN:VCALENDAR/],
  ])('%s writes down the pipe', (_, args, starts) => {
    const run = piped(args as string[], withJournal());
    expect(run.stderr).not.toMatch(/Cannot open|✖/);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(starts as RegExp);
  });
});
