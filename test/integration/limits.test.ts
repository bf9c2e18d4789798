import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { MINIMAL_YAML, tempDir } from '../helpers.js';
import { crisis } from './run-cli.js';

// Time and size limits, as a user meets them: each of these crashed with "Invalid time
// value" or hung before.

const SCRIPT = `version: 1
clock: 2026-11-22T21:10:00+01:00
incident: { summary: Test, channel: twitter }
triage: { spread: 1 }
steps:
  reply: { status: done, at: +10m, vars: { customer: "@x" } }
`;
const WITH_TEMPLATE = MINIMAL_YAML.replace(/    text: "Hola.*"/, '    template: templates/thanks.hbs');

let dir = '';
beforeEach(() => {
  dir = tempDir();
});
const write = (name: string, text: string) => writeFileSync(join(dir, name), text);

describe('a duration or offset too large to be a date', () => {
  it('stops incidents and report with the finding, not a crash', async () => {
    write('crisis.yaml', MINIMAL_YAML);
    write('s.yaml', SCRIPT);
    expect((await crisis(['escalate', '--script', 's.yaml'], { cwd: dir })).status).toBe(0);
    write('crisis.yaml', MINIMAL_YAML.replace('respond_within: 2h', 'respond_within: 99999999999d'));
    for (const args of [['incidents'], ['report']]) {
      const run = await crisis(args, { cwd: dir });
      expect(run.status, args[0]).toBe(1);
      expect(run.stderr + run.stdout).toContain(
        'levels[0].respond_within is "99999999999d", longer than a duration may be. Write at most 366 days (366d).',
      );
      expect(run.stderr).not.toContain('This is a bug');
    }
  });

  it('refuses a script time 9999999999 days ahead at its line, before any journal is written', async () => {
    write('crisis.yaml', MINIMAL_YAML);
    write('s.yaml', SCRIPT.replace('+10m', '+9999999999d'));
    const run = await crisis(['escalate', '--script', 's.yaml'], { cwd: dir });
    expect(run).toMatchObject({ status: 1, stdout: '' });
    expect(run.stderr).toContain('s.yaml:6:');
    expect(run.stderr).toContain('"+9999999999d", more than 366 days from the script\'s start.');
    expect(existsSync(join(dir, 'incidents')) ? readdirSync(join(dir, 'incidents')) : []).toEqual([]);
  });
});

describe('a template that is not a regular file', async () => {
  it.skipIf(process.platform === 'win32')(
    'is a finding when it is a FIFO, and lint does not wait for a writer',
    async () => {
      mkdirSync(join(dir, 'templates'));
      execFileSync('mkfifo', [join(dir, 'templates/thanks.hbs')]);
      write('crisis.yaml', WITH_TEMPLATE);
      const run = await crisis(['lint'], { cwd: dir });
      expect(run.status).toBe(1);
      expect(run.stdout).toMatch(
        /Template "templates\/thanks\.hbs" is not a regular file \(a folder, a pipe or a device\)\. .*template-missing/,
      );
    },
  );

  it('is a finding when it is a folder', async () => {
    mkdirSync(join(dir, 'templates/thanks.hbs'), { recursive: true });
    write('crisis.yaml', WITH_TEMPLATE);
    const run = await crisis(['lint'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/is not a regular file.*template-missing/);
  });
});
