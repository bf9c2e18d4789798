import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createContext, speakingThePlan } from '../../src/cli/context.js';
import { loadPlaybook } from '../../src/cli/load-playbook.js';
import { scriptedPrompter } from '../scripted-prompter.js';
import { interactive } from '../../src/cli/escalate/interactive.js';
import { example } from '../helpers.js';

// The walkthrough prints names, notes and titles from the plan and the journal. With colour on,
// the logger lets our own colour sequences through; one written in the plan must not pass with them.
describe('the walkthrough on a colour terminal', () => {
  it('writes out the control characters of a plan, colour sequences included', async () => {
    const dir = example();
    const plan = readFileSync(join(dir, 'crisis.yaml'), 'utf8')
      .replace('name: Jorge Ibáñez', 'name: "Jorge\\e[31mEVIL\\nIbáñez"')
      .replace(/notes: Contrato de guardia(.*)/, 'notes: "\\e[8mHIDDEN\\e]52;c;aGk=\\a Contrato de guardia$1"')
      .replace('name: Crisis\n', 'name: "Crisis\\r\\e[2K"\n');
    writeFileSync(join(dir, 'crisis.yaml'), plan);
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let screen = '';
    stdout.on('data', (chunk) => (screen += chunk));
    stderr.on('data', (chunk) => (screen += chunk));
    const base = createContext([], '0.0.0', {
      cwd: dir,
      env: { FORCE_COLOR: '1' },
      streams: { stdout, stderr },
      interactive: true,
    });
    const { file, playbook, textOf } = loadPlaybook(undefined, base);
    const ctx = speakingThePlan(base, playbook);
    const prompter = scriptedPrompter([
      'Un periodista publica las quejas https://x.com/ana/status/1',
      '-10m',
      'Es viral o lo recogen medios',
      ['agencia', 'lucia'],
      'sofia',
      'pause',
    ]);
    const now = () => new Date(Date.UTC(2026, 10, 22, 21, 10));
    expect(await interactive({}, ctx, playbook, file, textOf, async () => prompter, now)).toBe(0);

    expect(screen).toContain('\x1b['); // colour is on: our own sequences are there
    for (const injected of ['\x1b[31mEVIL', '\x1b[8m', '\x1b]52', '\x07', '\r', '\x1b[2K'])
      expect(screen).not.toContain(injected);
    expect(screen).toContain('Jorge\\x1b[31mEVIL\\nIbáñez');
    expect(screen).toContain('\\x1b[8mHIDDEN\\x1b]52;c;aGk=\\x07 Contrato de guardia');
    expect(screen).toContain('Crisis\\r\\x1b[2K');
  });
});
