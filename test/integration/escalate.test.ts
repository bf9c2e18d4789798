import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJournal } from '../../src/cli/incident-store/journal-file.js';
import { replay } from '../../src/escalate/replay.js';
import { root, planFile, tempDir } from '../helpers.js';
import { crisis } from './run-cli.js';

const PLAYBOOK = planFile();
const SCRIPT = readFileSync(join(root, 'test/fixtures/scripts/crisis-miravista.yaml'), 'utf8');

async function run(script: string) {
  const dir = tempDir();
  writeFileSync(join(dir, 'script.yaml'), script);
  const result = await crisis(
    ['escalate', '--script', 'script.yaml', '--playbook', PLAYBOOK, '--incidents-dir', 'incidents'],
    { cwd: dir },
  );
  const journals = existsSync(join(dir, 'incidents'))
    ? readdirSync(join(dir, 'incidents')).filter((f) => f.endsWith('.jsonl'))
    : [];
  const events = journals[0] ? readJournal(join(dir, 'incidents', journals[0])).events : [];
  return { ...result, dir, journals, events };
}

describe('crisis escalate --script, a whole crisis of the Spanish example', () => {
  it('records every action in a journal that replays to the closed incident', async () => {
    const { status, stdout, stderr, journals, events } = await run(SCRIPT);
    // The level is lowered at +50m, before cierre (+1h50m), a step the lower level does not have: said as the walkthrough says it.
    expect(stderr.replace(/\s+/g, ' ')).toMatch(
      /^! "Cerrar el caso en público cuando esté resuelto" was interrupted by the change to Posible crisis/,
    );
    expect(status).toBe(0);
    expect(journals).toHaveLength(1);
    // A drill prints what the walkthrough does, the update cadence by the script's clock.
    expect(stdout).toContain('▶ Publicar el comunicado');
    expect(stdout).toContain('\n⏱ Next public update by 21:55 (20 min left)\n');
    // Its last words are the walkthrough's: where the journal is, and how to write the report.
    expect(stdout.replace(/\s+/g, ' ')).toMatch(
      / Incident (\d{8}-\d{4}-[0-9a-f]{4}) is closed\. Its journal is incidents\/\1\.jsonl\. Write its report with: crisis report \1 --playbook \S+ --incidents-dir incidents $/,
    );
    const state = replay(events);
    expect(state.levels.map((l) => l.level)).toEqual(['crisis', 'posible-crisis']);
    // The first answer reached the most severe level: the other questions are not needed.
    expect(state.triage?.map((a) => a.level)).toEqual(['crisis']);
    expect(Object.fromEntries([...state.contacts].map(([id, c]) => [id, c.status]))).toEqual({
      jorge: 'unreachable',
      sofia: 'reached',
      agencia: 'reached',
      lucia: 'reached',
    });
    expect(state.drill).toBe(true);
    expect(state.published.map((p) => `${p.channel} ${p.url ?? '-'} ${p.audience ?? 'public'}`)).toEqual([
      'facebook https://facebook.com/miravista/posts/1 public',
      'x https://x.com/miravista/status/2 public',
      'instagram - public',
      'team - internal',
    ]);
    expect(state.published[1]!.text).toBe(
      'Lamentamos el retraso en las entregas. Ya lo estamos solucionando y te lo contamos todo aquí: https://miravista.example/comunicado #MiravistaInforma',
    );
    expect([...state.promises.values()]).toMatchObject([
      { to: '@ana_lopez', what: 'Cambio de lentes gratis', approved_by: 'jorge' },
    ]);
    expect(state.departments.get('atencion')).toMatchObject({
      askedAt: '2026-11-22T20:20:00.000Z',
      answeredAt: '2026-11-22T22:00:00.000Z',
    });
    expect(state.steps.get('influencers')).toMatchObject({ status: 'skipped', reason: 'No hace falta todavía' });
    expect(state.steps.get('cierre')).toEqual({
      status: 'later',
      at: '2026-11-22T21:00:00.000Z',
      level: 'crisis',
      reason: 'level-change',
      interrupted: true,
    });
    expect(state.closed).toMatchObject({
      at: '2026-11-22T22:10:00.000Z',
      resolution: 'Pedidos entregados y disculpa publicada',
    });
  });
});

describe('crisis escalate --script, when the script is not enough', () => {
  it('stops at a missing answer, names the key to add, and keeps what was done', async () => {
    const { status, stderr, events } = await run(
      SCRIPT.replace(
        'vars: { problema: el retraso en las entregas, solucion: entregaremos esta semana }',
        'vars: { problema: el retraso en las entregas }',
      ),
    );
    expect(status).toBe(1);
    expect(stderr).toContain('Add steps.comunicado.vars.solucion to the script (Qué hacemos para solucionarlo).');
    expect(stderr).toMatch(/Everything done until then is in incidents\/.*\.jsonl/);
    const state = replay(events);
    expect(state.steps.get('pedir-datos')?.status).toBe('done');
    expect(state.closed).toBeUndefined();
  });

  it('refuses a key that names nothing, at its line, before anything runs', async () => {
    const { status, stderr, journals } = await run(
      SCRIPT.replace('  reunir: { status: done, at: +10m }', '  reunion: { status: done, at: +10m }'),
    );
    expect(status).toBe(1);
    expect(stderr).toMatch(/script\.yaml:19:3 steps\.reunion: "reunion" names nothing in the playbook's steps/);
    expect(journals).toEqual([]);
  });

  it('stops when a message fails a check, and says which', async () => {
    const { status, stderr } = await run(
      SCRIPT.replace(
        'vars: { problema: el retraso en las entregas }\n    published: { x:',
        `vars: { problema: "${'muy '.repeat(60)}largo" }\n    published: { x:`,
      ),
    );
    expect(status).toBe(1);
    expect(stderr).toMatch(/The message of steps\.aviso-corto on x fails a check: .*characters on x/);
  });

  it("stops when the level rises after the last step, naming the new level's first unanswered key", async () => {
    const mild = SCRIPT.replace('alcance: Es viral o lo recogen medios\n  autor: 3', 'alcance: 2\n  autor: 1')
      .replace('  agencia: reached\n', '')
      .replace(
        '{ at: +50m, level: posible-crisis, reason: La conversación se calma }',
        '{ at: +1h55m, level: crisis, reason: Lo recoge un medio }',
      );
    const { status, stdout, stderr, events } = await run(mild);
    expect(status).toBe(1);
    expect(stdout).toContain('☎ Jorge Ibáñez');
    expect(stderr).toContain('Add notify.agencia to the script.');
    expect(events.at(-1)).toMatchObject({ type: 'level', level: 'crisis', at: '2026-11-22T22:05:00.000Z' });
    expect(replay(events).closed).toBeUndefined();
  });

  it('refuses a private reply on a channel without private messages, at its line, before anything runs', async () => {
    const { status, stderr, journals } = await run(
      SCRIPT.replace(
        '    status: skipped\n    reason: Ya se respondió en público',
        '    status: done\n    published: { web: "" }',
      ),
    );
    expect(status).toBe(1);
    expect(stderr).toMatch(
      /script\.yaml:39:18 steps\.responder-privado\.published\.web: step "responder-privado" sends a private reply, and web takes no private messages\. Channels it can use: x, instagram, facebook\./,
    );
    expect(journals).toEqual([]);
  });

  it('refuses to run without a terminal and without --script, naming the flag', async () => {
    const result = await crisis(['escalate', '--playbook', PLAYBOOK], { cwd: tempDir() });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--script <file>');
    // The Spanish plan's refusal is Spanish, whatever the terminal's language, as escalate's others.
    const spanish = join(root, 'playbooks/es-optica-miravista/crisis.yaml');
    const piped = await crisis(['escalate', '--playbook', spanish], {
      cwd: tempDir(),
      env: { CRISIS_LANG: undefined, LANG: 'en_GB.UTF-8' },
    });
    expect(piped).toMatchObject({ status: 2, stdout: '' });
    expect(piped.stderr).toContain('esto no es un terminal. Da las respuestas con --script <archivo>.');
  });
});
