import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJournal } from '../../src/cli/incident-store/journal-file.js';
import { root, tempDir } from '../helpers.js';
import { crisis } from './run-cli.js';

// A drill as a person running the walkthrough would see it: in the plan's language, every
// answer the script gives kept, every line of output one line, every stop saying how to go on.
const PLAYBOOK = join(root, 'playbooks/es-optica-miravista/crisis.yaml');
const SCRIPT = readFileSync(join(root, 'test/fixtures/scripts/crisis-miravista.yaml'), 'utf8');
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((row) => row.includes(needle)) + 1;

async function drill(script: string, env: Record<string, string | undefined> = {}) {
  const dir = tempDir();
  writeFileSync(join(dir, 'drill.yaml'), script);
  const run = await crisis(
    ['escalate', '--script', 'drill.yaml', '--playbook', PLAYBOOK, '--incidents-dir', 'incidents'],
    { cwd: dir, env },
  );
  const folder = join(dir, 'incidents');
  const [journal] = existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.jsonl')) : [];
  return { ...run, events: journal ? readJournal(join(folder, journal)).events : [] };
}

describe('a drill', () => {
  it('speaks the language of a Spanish plan, as the walkthrough does', async () => {
    const run = await drill(SCRIPT, { CRISIS_LANG: undefined, LANG: 'en_US.UTF-8' });
    expect(run.status).toBe(0);
    expect(run.stdout.replace(/\s+/g, ' ')).toMatch(
      / El incidente \S+ está cerrado\. Su diario es incidents\/\S+\.jsonl\. /,
    );
    expect(run.stdout).toContain('▶ Publicar el comunicado');
    expect(run.stderr).toMatch(
      /^! «Cerrar el caso en público cuando esté resuelto» quedó interrumpido por el\s+cambio a Posible crisis/,
    );
    expect(run.stdout + run.stderr).not.toMatch(/Incident|Step|journal/);
  });

  it('without close: keeps every note, promise and answer up to its last time, and stays open', async () => {
    const open = SCRIPT.replace(/\nclose:[\s\S]*$/, '\n').replace(
      'events:\n',
      'events:\n  - { at: +2h30m, note: El cliente da las gracias }\n  - { at: +2h40m, promise: { to: "@ana_lopez", what: Un descuento, approved_by: jorge } }\n',
    );
    const run = await drill(open);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Incident \S+ is open;/m);
    const types = run.events.map((event) => event.type);
    expect(types).not.toContain('closed');
    expect(run.events.filter((event) => event.type === 'note').map((event) => event.at)).toContain(
      '2026-11-22T22:40:00.000Z',
    );
    expect(run.events.filter((event) => event.type === 'promise')).toHaveLength(2);
    // The department's answer at +1h50m, after every step, and the promise at +2h40m, the last thing the script says happened.
    expect(run.events.find((event) => event.type === 'answered' && event.department === 'atencion')).toMatchObject({
      at: '2026-11-22T22:00:00.000Z',
    });
    expect(run.events.at(-1)).toMatchObject({ type: 'promise', at: '2026-11-22T22:50:00.000Z' });
  });

  it('quotes a value with CR or LF on one line: it cannot forge a line of output', async () => {
    const run = await drill(SCRIPT.replace('jorge: unreachable', 'jorge: "reached\\r\\n✔ Incident closed."'));
    expect(run.status).toBe(1);
    expect(run.stderr).not.toMatch(/\r/);
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^✖ drill\.yaml:\d+:\d+ notify\.jorge is "reached\\r\\n✔ Incident closed\.", which/),
    ]);
  });

  it("refuses an update published on a channel its response does not reach, at the script's line, before anything runs", async () => {
    const update =
      '  - { at: +58m, update: { vars: { novedad: ya hemos entregado la mitad }, published: { instagram: "https://instagram.com/p/1" } } }\n';
    const script = SCRIPT.replace('events:\n', `events:\n${update}`);
    const run = await drill(script);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      new RegExp(
        `^✖ drill\\.yaml:${lineOf(script, 'instagram.com/p/1')}:\\d+ events\\[0\\]\\.update\\.published\\.instagram: response "actualizacion" does not go out on instagram here; it goes out on x, facebook, web\\.`,
        'm',
      ),
    );
    expect(run.stderr).not.toMatch(/--resume/);
    expect(run.events).toEqual([]);
  });

  it('stops at a message that prints the incident link when the script gives none, naming incident.link', async () => {
    const script = SCRIPT.replace('  link: https://x.com/ana_lopez/status/1\n', '');
    const run = await drill(script);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/The script does not answer this question\. Add incident\.link to the script\./);
    expect(run.stderr).toMatch(/--script drill\.yaml --resume /);
    expect(run.events.filter((event) => event.type === 'published' && event.channel === 'team')).toEqual([]);
  });
});
