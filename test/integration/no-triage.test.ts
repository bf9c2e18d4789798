import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/cli/context.js';
import { readJournal } from '../../src/cli/incident-store/journal-file.js';
import { loadPlaybook } from '../../src/cli/load-playbook.js';
import { scriptedPrompter } from '../scripted-prompter.js';
import { interactive } from '../../src/cli/escalate/interactive.js';
import { replay } from '../../src/escalate/replay.js';
import { MINIMAL_YAML, tempDir } from '../helpers.js';
import { crisis } from './run-cli.js';

// The spec's minimal playbook without its triage: the operator picks the level by hand.
const NO_TRIAGE = MINIMAL_YAML.replace(/^triage:\n(?: {2}.*\n)+/m, '');

describe('a playbook without triage', () => {
  it('has the operator pick the level, with a reason', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'crisis.yaml'), NO_TRIAGE);
    const ctx = createContext([], '0.0.0', {
      cwd: dir,
      env: { NO_COLOR: '1' },
      streams: { stdout: new PassThrough(), stderr: new PassThrough() },
      interactive: true,
    });
    const { file, playbook } = loadPlaybook(undefined, ctx);
    expect(playbook.triage).toBeUndefined();
    const prompter = scriptedPrompter([
      'Queja en X',
      '',
      'twitter',
      '',
      'crisis',
      'Lo ha compartido un periodista',
      'ana',
      'reached',
      'pause',
    ]);
    expect(
      await interactive(
        {},
        ctx,
        playbook,
        file,
        (r) => r.text ?? '',
        async () => prompter,
      ),
    ).toBe(0);
    expect(prompter.asked[4]).toBe('Which level?');
    // Luis owns a step and is notified: who is on duty is asked once, and Ana is not asked about herself.
    expect(prompter.asked[6]).toBe('Who is on duty, running this walkthrough?');
    const [journal] = readdirSync(join(dir, 'incidents')).filter((f) => f.endsWith('.jsonl'));
    const state = replay(readJournal(join(dir, 'incidents', journal!)).events);
    expect(state.levels).toMatchObject([{ level: 'crisis', reason: 'Lo ha compartido un periodista' }]);
    expect([...state.contacts.keys()]).toEqual(['ana', 'luis']);
    expect(state.onDuty).toBe('ana');
  });

  it('needs override.level in a script, and says so', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'crisis.yaml'), NO_TRIAGE);
    writeFileSync(join(dir, 'drill.yaml'), 'version: 1\nincident: { summary: Queja, channel: twitter }\n');
    const run = await crisis(['escalate', '--script', 'drill.yaml'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Add override.level to the script');
  });
});
