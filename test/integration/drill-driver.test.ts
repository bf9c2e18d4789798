import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJournal } from '../../src/cli/incident-store/journal-file.js';
import type { IncidentEvent } from '../../src/escalate/events.js';
import { replay } from '../../src/escalate/replay.js';
import { root, tempDir } from '../helpers.js';
import { crisis } from './run-cli.js';

// A drill is the walkthrough answered from its script: stopped and resumed, it writes what it
// writes in one go; what the walkthrough cannot record (an event after the close) is an error.
const SCRIPT = readFileSync(join(root, 'test/fixtures/scripts/crisis-miravista.yaml'), 'utf8');
const PLAYBOOK = join(root, 'playbooks/es-optica-miravista/crisis.yaml');

async function drill(dir: string, script: string, args: string[] = []) {
  writeFileSync(join(dir, 'drill.yaml'), script);
  const run = await crisis(
    ['escalate', '--script', 'drill.yaml', '--playbook', PLAYBOOK, '--incidents-dir', 'incidents', ...args],
    { cwd: dir },
  );
  const found = existsSync(join(dir, 'incidents')) ? readdirSync(join(dir, 'incidents')) : [];
  const [file] = found.filter((name) => name.endsWith('.jsonl'));
  const events = file ? readJournal(join(dir, 'incidents', file)).events : [];
  return { ...run, events, id: file?.replace(/\.jsonl$/, '') ?? '' };
}

const neutral = (events: readonly IncidentEvent[], id: string) =>
  events.map((event) => JSON.stringify(event).replaceAll(id, '<id>'));

describe('a drill stopped and resumed', () => {
  it('writes the journal the whole script writes in one go', async () => {
    const whole = await drill(tempDir(), SCRIPT);
    const dir = tempDir();
    const stopped = await drill(dir, SCRIPT.replace(', solucion: entregaremos esta semana', ''));
    expect(stopped.status).toBe(1);
    expect(stopped.stderr).toContain('Add steps.comunicado.vars.solucion to the script');
    const resumed = await drill(dir, SCRIPT, ['--resume', stopped.id]);
    expect(resumed.status).toBe(0);
    expect(neutral(resumed.events, resumed.id)).toEqual(neutral(whole.events, whole.id));
  });
});

describe('what the walkthrough cannot record', () => {
  it('refuses a department answer after the close, at its key, keeping the journal', async () => {
    const run = await drill(tempDir(), SCRIPT.replace('atencion: { answered: +1h50m }', 'atencion: { answered: +3h }'));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /drill\.yaml:20:\d+ steps\.pedir-datos\.asked\.atencion\.answered happens after the incident closed/,
    );
    expect(run.stderr).toContain(`--resume ${run.id}`);
    expect(replay(run.events).closed).toBeUndefined();
  });
});

describe('who is on duty in a drill', () => {
  it.each([
    ['nobody listed, by default: everyone the level notifies is called', '', [], undefined],
    ['on_duty: from the script', 'on_duty: sofia\n', [], 'sofia'],
    ['--as over on_duty:', 'on_duty: lucia\n', ['--as', 'sofia'], 'sofia'],
  ])('%s', async (_, line, args, onDuty) => {
    const run = await drill(tempDir(), SCRIPT.replace('version: 1\n', `version: 1\n${line}`), args);
    expect(run.status).toBe(0);
    expect(replay(run.events).onDuty).toBe(onDuty);
    expect(run.events.filter((event) => event.type === 'contact' && event.contact === 'sofia')).toHaveLength(1);
  });

  it('refuses an on_duty: that names no contact, at its line, before anything runs', async () => {
    const run = await drill(tempDir(), SCRIPT.replace('version: 1\n', 'version: 1\non_duty: nadie\n'));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/drill\.yaml:3:\d+ on_duty: "nadie" names nothing in the playbook's contacts/);
    expect(run.events).toEqual([]);
  });
});
