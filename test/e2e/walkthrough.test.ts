import { cpSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/cli/context.js';
import { readJournal } from '../../src/cli/journal.js';
import { loadPlaybook } from '../../src/cli/load-playbook.js';
import { CTRL_C, scriptedPrompter } from '../../src/cli/prompts.js';
import { parseWhen } from '../../src/cli/walkthrough.js';
import { interactive } from '../../src/commands/escalate.js';
import { replay } from '../../src/escalate/replay.js';
import { root, tempDir } from '../helpers.js';

function session(dir: string) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let printed = '';
  let diagnostics = '';
  stdout.on('data', (chunk) => (printed += chunk));
  stderr.on('data', (chunk) => (diagnostics += chunk));
  const ctx = createContext([], '0.0.0', { cwd: dir, env: { NO_COLOR: '1' }, streams: { stdout, stderr }, interactive: true });
  const { file, playbook, textOf: text } = loadPlaybook(undefined, ctx);
  let minute = 0;
  const now = () => new Date(Date.UTC(2026, 10, 22, 20, 10 + minute++));
  const run = (answers: unknown[], resume?: string | boolean) =>
    interactive({ resume }, ctx, playbook, file, text, async () => scriptedPrompter(answers), now);
  const journal = () => {
    const [name] = readdirSync(join(dir, 'incidents')).filter((f) => f.endsWith('.jsonl'));
    return replay(readJournal(join(dir, 'incidents', name!)).events);
  };
  return { run, journal, printed: () => printed, diagnostics: () => diagnostics };
}

function example() {
  const dir = tempDir();
  cpSync(join(root, 'playbooks/es-optica-miravista'), dir, { recursive: true });
  return dir;
}

// Answers in the order the walkthrough asks, for the crisis level of the Spanish example.
const OPEN = ['Un periodista publica las quejas por retrasos', 'x', 'https://x.com/ana/status/1', '-10m'];
const TRIAGE = ['Es viral o lo recogen medios', 'Un periodista o un medio', 'No', true];
const NOTIFY = ['unreachable', 'reached', 'reached', 'reached']; // jorge → his backup sofía, agencia, lucía

describe('the interactive walkthrough', () => {
  it('leads a whole crisis and records it all in the journal', async () => {
    const dir = example();
    const { run, journal, printed } = session(dir);
    const answers = [
      ...OPEN, ...TRIAGE, ...NOTIFY,
      'done', // reunir
      'done', // pedir-datos (asks atencion and logistica)
      'el retraso en las entregas', 'entregaremos esta semana', 'publish', 'https://facebook.com/p/1', 'publish', '', 'done', // comunicado
      'el retraso en las entregas', 'edit', 'Perdón por el retraso en las entregas: https://miravista.example/comunicado #MiravistaInforma', 'publish', 'https://x.com/m/2', 'skip', 'done', // aviso-corto
      'promise', '@ana_lopez', 'Cambio de gafas gratis', 'jorge', // an action at any time, then the step again
      'skipped', 'No hace falta', // influencers
      'todos los pedidos entregados', 'publish', '', 'skip', 'done', // cierre
      'close', 'Pedidos entregados', 'Avisar antes de los retrasos del proveedor',
    ];
    expect(await run(answers)).toBe(0);
    const state = journal();
    expect(state.levels.map((l) => l.level)).toEqual(['crisis']);
    expect([...state.contacts].map(([id, c]) => `${id}:${c.status}`)).toEqual(['jorge:unreachable', 'sofia:reached', 'agencia:reached', 'lucia:reached']);
    expect([...state.departments.keys()]).toEqual(['atencion', 'logistica']);
    expect(state.published.map((p) => `${p.step}/${p.channel}${p.edited ? ' edited' : ''}`)).toEqual(['comunicado/facebook', 'comunicado/web', 'aviso-corto/x edited', 'cierre/x']);
    expect(state.published[2]!.text).toBe('Perdón por el retraso en las entregas: https://miravista.example/comunicado #MiravistaInforma');
    expect([...state.promises.values()]).toMatchObject([{ to: '@ana_lopez', what: 'Cambio de gafas gratis', approved_by: 'jorge' }]);
    expect(state.steps.get('influencers')).toMatchObject({ status: 'skipped', reason: 'No hace falta' });
    expect(state.closed).toMatchObject({ resolution: 'Pedidos entregados' });
    const seenBefore = (Date.parse(state.openedAt) - Date.parse(state.detectedAt)) / 60_000;
    expect(seenBefore).toBeGreaterThanOrEqual(8);
    expect(seenBefore).toBeLessThanOrEqual(10);
    expect(printed()).toMatch(/⏱ Crisis: first public response by .* \(\d+ min left\)/);
    expect(printed()).toContain('☎ Sofía Martín, Community manager: +34 611 222 333 sofia@miravista.example (stands in for Jorge Ibáñez)');
    expect(printed()).toContain('★ Valencia de Barrio @valenciadebarrio · tiktok · 120,000');
  });

  it('pauses, and --resume continues exactly where it stopped', async () => {
    const dir = example();
    const first = session(dir);
    expect(await first.run([...OPEN, ...TRIAGE, 'reached', 'pause'])).toBe(0);
    expect(first.printed()).toMatch(/Saved\. Continue with: crisis escalate --resume \d{8}-\d{4}-[0-9a-f]{4}/);
    const second = session(dir);
    expect(await second.run(['reached', 'reached', 'pause'], true)).toBe(0);
    expect([...second.journal().contacts.keys()]).toEqual(['jorge', 'agencia', 'lucia']);
  });

  it('stops on Ctrl-C at a question with everything confirmed on disk, and the lock released', async () => {
    const dir = example();
    const { run, journal, diagnostics } = session(dir);
    expect(await run([...OPEN, ...TRIAGE, 'reached', CTRL_C])).toBe(130);
    expect(journal().contacts.get('jorge')?.status).toBe('reached');
    expect(readdirSync(join(dir, 'incidents')).some((f) => f.endsWith('.lock'))).toBe(false);
    expect(diagnostics()).toMatch(/Saved\. Continue with: crisis escalate --resume \d{8}-\d{4}-[0-9a-f]{4}/);
  });
});

describe('parseWhen', () => {
  const now = new Date(2026, 10, 22, 23, 0);
  it.each([
    ['', now],
    ['-20m', new Date(2026, 10, 22, 22, 40)],
    ['-2h', new Date(2026, 10, 22, 21, 0)],
    ['21:05', new Date(2026, 10, 22, 21, 5)],
    ['23:30', new Date(2026, 10, 21, 23, 30)],
  ])('"%s" is %s', (text, expected) => {
    expect(parseWhen(text, now)).toEqual(expected);
  });
  it.each(['ayer', '25:00', '+5m'])('refuses "%s"', (text) => {
    expect(parseWhen(text, now)).toBeUndefined();
  });
});
