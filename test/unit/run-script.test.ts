import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { responseDeadline } from '../../src/escalate/deadlines.js';
import type { EventOf, IncidentEvent } from '../../src/escalate/events.js';
import { replay } from '../../src/escalate/replay.js';
import { readScript } from '../../src/escalate/script.js';
import { parsePlaybook } from '../../src/lint/lint-playbook.js';
import type { Playbook } from '../../src/model/schema.js';
import { drillInProcess } from '../drill-in-process.js';
import { root, planDir } from '../helpers.js';
import { MILD } from '../mild-script.js';

const DIR = planDir();
const playbook: Playbook = parsePlaybook(readFileSync(join(DIR, 'crisis.yaml'))).playbook!;
const FULL = readFileSync(join(root, 'test/fixtures/scripts/crisis-miravista.yaml'), 'utf8');
const start = new Date('2026-11-22T20:10:00Z');
const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000).toISOString();

/** Runs a script (YAML text, or the mild one changed by `edit`) through the walkthrough, to its end or its stop. */
async function drill(source: string | ((script: any) => void)) {
  let text = typeof source === 'string' ? source : MILD;
  if (typeof source === 'function') {
    const script = YAML.parse(MILD);
    source(script);
    text = YAML.stringify(script);
  }
  const { script, problems } = readScript(new TextEncoder().encode(text), playbook);
  if (!script) throw new Error(JSON.stringify(problems));
  return drillInProcess({
    playbook,
    script,
    start,
    templateText: (r) => r.text ?? readFileSync(join(DIR, r.template!), 'utf8'),
  });
}

const steps = (events: IncidentEvent[]) =>
  events
    .filter((e): e is EventOf<'step'> => e.type === 'step')
    .map((e) => `${e.level}/${e.step} ${e.status}${e.interrupted ? ' interrupted' : ''}`);
const rise = (minutes: number) => (script: any) =>
  (script.events = [{ at: `+${minutes}m`, level: 'crisis', reason: 'Lo recoge un medio' }]);

describe('a drill whose level rises after its last step', () => {
  it.each<[string, string, (script: any) => void]>([
    ["calls the new level's first contact not yet called", 'notify.agencia', () => {}],
    ['then its first step', 'steps.reunir', (s) => (s.notify.agencia = 'reached')],
    [
      'then the next step not done (pedir-datos was done below)',
      'steps.comunicado',
      (s) => ((s.notify.agencia = 'reached'), (s.steps.reunir = { status: 'done' })),
    ],
  ])('%s, and stops naming %s', async (_, key, edit) => {
    const { outcome, stop, events } = await drill((script) => (rise(60)(script), edit(script)));
    expect(outcome).toBe('stopped');
    expect(stop).toMatchObject({ messageId: 'script.missing', data: { key } });
    // Everything before the stop is in the journal, and the incident is not closed.
    expect(events.find((e) => e.type === 'level')).toMatchObject({ at: at(60), level: 'crisis' });
    expect(events.some((e) => e.type === 'closed')).toBe(false);
    expect(steps(events).slice(0, 3)).toEqual([
      'posible-crisis/avisar-equipo done',
      'posible-crisis/pedir-datos done',
      'posible-crisis/responder-privado done',
    ]);
  });

  it('closes once the new level is walked', async () => {
    const { outcome, events } = await drill((script) => {
      rise(60)(script);
      script.notify.agencia = 'reached';
      Object.assign(script.steps, {
        reunir: { status: 'done', at: '+70m' },
        comunicado: {
          status: 'done',
          vars: { problema: 'el retraso', solucion: 'entregaremos esta semana' },
          published: { facebook: '' },
        },
        'aviso-corto': { status: 'skipped', reason: 'Basta con el comunicado' },
        cierre: { status: 'later' },
      });
    });
    expect(outcome).toBe('closed');
    expect(steps(events).slice(3)).toEqual([
      'crisis/reunir done',
      'crisis/comunicado done',
      'crisis/aviso-corto skipped',
      'crisis/influencers later',
      'crisis/cierre later',
    ]);
    expect(events.find((e) => e.type === 'contact' && e.contact === 'agencia')?.at).toBe(at(60));
    expect(events.at(-1)).toMatchObject({ type: 'closed', at: at(120) });
  });
});

describe('a drill whose level changes mid-way', () => {
  it('interrupts a step the new level has not, records it at the change, and walks the new level', async () => {
    const { stop, events } = await drill(rise(25));
    expect(steps(events)).toEqual([
      'posible-crisis/avisar-equipo done',
      'posible-crisis/pedir-datos done',
      'posible-crisis/responder-privado later interrupted',
    ]);
    expect(events.find((e) => e.type === 'step' && e.interrupted)).toEqual({
      type: 'step',
      at: at(25),
      level: 'posible-crisis',
      step: 'responder-privado',
      status: 'later',
      reason: 'level-change',
      interrupted: true,
    });
    expect(events.some((e) => e.type === 'published' && e.step === 'responder-privado')).toBe(false);
    expect(stop?.data.key).toBe('notify.agencia');
  });

  it('walks a step the new level shares there, with the same answers', async () => {
    const { stop, events } = await drill((script) => {
      rise(15)(script);
      script.notify.agencia = 'reached';
      script.steps.reunir = { status: 'done', at: '+18m' };
      script.steps['pedir-datos'].asked = { logistica: { answered: '+50m' } };
    });
    expect(steps(events)).toEqual([
      'posible-crisis/avisar-equipo done',
      'crisis/reunir done',
      'crisis/pedir-datos done',
    ]);
    // Each department is asked when its step comes up: atencion before the change, logistica after it.
    expect(events.filter((e) => e.type === 'asked').map((e) => `${e.at} ${e.department}`)).toEqual([
      `${at(10)} atencion`,
      `${at(18)} logistica`,
    ]);
    expect(stop?.data.key).toBe('steps.comunicado');
  });

  it('lowering the level restarts nothing: no contact called again, no step done again, the same deadline', async () => {
    const { outcome, events } = await drill(FULL);
    expect(outcome).toBe('closed');
    const state = replay(events);
    expect(events.filter((e) => e.type === 'contact')).toHaveLength(4);
    expect(events.filter((e) => e.type === 'asked')).toHaveLength(2);
    expect(state.steps.get('pedir-datos')).toMatchObject({ level: 'crisis', status: 'done' });
    expect(responseDeadline(playbook, state, new Date(state.lastAt))).toMatchObject({ level: 'crisis' });
    // cierre came after the change to posible-crisis, which has no such step.
    expect(steps(events).filter((line) => line.includes('interrupted'))).toEqual(['crisis/cierre later interrupted']);
    expect(steps(events).slice(-2)).toEqual([
      'posible-crisis/avisar-equipo done',
      'posible-crisis/responder-privado skipped',
    ]);
  });

  it("lowering after the last step walks the lower level's new steps before the close", async () => {
    const { outcome, events } = await drill(
      FULL.replace('{ at: +50m, level: posible-crisis', '{ at: +1h55m, level: posible-crisis'),
    );
    expect(outcome).toBe('closed');
    expect(steps(events).filter((line) => line.startsWith('posible-crisis/'))).toEqual([
      'posible-crisis/avisar-equipo done',
      'posible-crisis/responder-privado skipped',
    ]);
    expect(events.find((e) => e.type === 'step' && e.step === 'avisar-equipo')?.at).toBe(at(115));
    expect(events.at(-1)).toMatchObject({ type: 'closed', at: at(120) });
  });

  it('closes at close.at, not at a change that leaves nothing to do', async () => {
    const { outcome, events } = await drill((script) => {
      script.events = [
        { at: '+1h', level: 'crisis', reason: 'Lo recoge un medio' },
        { at: '+1h30m', level: 'posible-crisis', reason: 'Se calma' },
      ];
      script.notify.agencia = 'reached';
      for (const id of ['reunir', 'comunicado', 'aviso-corto', 'cierre']) script.steps[id] = { status: 'later' };
    });
    expect(outcome).toBe('closed');
    expect(steps(events).filter((line) => line.startsWith('crisis/'))).toHaveLength(5);
    expect(events.filter((e) => e.type === 'level' || e.type === 'closed').map((e) => `${e.type} ${e.at}`)).toEqual([
      `level ${at(60)}`,
      `level ${at(90)}`,
      `closed ${at(120)}`,
    ]);
  });
});

describe("who a drill's messages reach", () => {
  it('opens the incident as a drill', async () => {
    expect((await drill(MILD)).events.find((e) => e.type === 'opened')).toMatchObject({ drill: true });
  });

  it('records a private reply as private, only on channels that take private messages', async () => {
    // On one network, the first the script posts on; as in the walkthrough, only a public post's link is recorded.
    const published = replay((await drill(MILD)).events).published.filter((p) => p.step === 'responder-privado');
    expect(published.map((p) => [p.channel, p.audience, p.url])).toEqual([['instagram', 'private', undefined]]);
    expect(published[0]!.text).toMatch(/^Hola Ana:\nSentimos mucho lo ocurrido con tu pedido MV-20931/);
  });

  it('refuses, before anything runs and at its line, a private reply on a channel without private messages', async () => {
    const text = MILD.replace('published: { instagram', 'published: { web: "", instagram');
    const { script, problems } = readScript(new TextEncoder().encode(text), playbook);
    expect(script).toBeUndefined();
    expect(problems).toMatchObject([
      {
        line: 13,
        column: 18,
        report: {
          messageId: 'script.noPrivateMessages',
          data: { key: 'steps.responder-privado.published.web', channel: 'web', known: 'x, instagram, facebook' },
        },
      },
    ]);
  });

  it('refuses, before anything runs, a private reply posted on a second network: it goes to one person', async () => {
    const text = MILD.replace('published: { instagram', 'published: { x: "", instagram');
    const { problems } = readScript(new TextEncoder().encode(text), playbook);
    expect(problems).toMatchObject([
      {
        line: 13,
        report: {
          messageId: 'script.notOnChannel',
          data: { key: 'steps.responder-privado.published.instagram', value: 'instagram', known: 'x' },
        },
      },
    ]);
  });

  it('records an internal notice once, for the team, without a published key', async () => {
    const published = (await drill(MILD)).events.filter((e) => e.type === 'published' && e.step === 'avisar-equipo');
    expect(published).toEqual([
      {
        type: 'published',
        at: at(10),
        step: 'avisar-equipo',
        response: 'aviso-interno',
        channel: 'team',
        edited: false,
        audience: 'internal',
        url: undefined,
        text: 'Aviso de Óptica Miravista: varios clientes se quejan de retrasos.\nNivel: Posible crisis. Enlace: https://x.com/ana_lopez/status/1\nNo respondáis en redes por vuestra cuenta: lo coordina Sofía.',
      },
    ]);
  });

  it.each<[string, (script: any) => void, Record<string, string>]>([
    [
      'an internal notice still needs its variables',
      (s) => delete s.steps['avisar-equipo'].vars,
      { key: 'steps.avisar-equipo.vars.problema' },
    ],
    [
      'an internal notice goes through the checks that apply to the team: control characters, not topics',
      (s) => (s.steps['avisar-equipo'].vars.problema = 'hablan\x07 de política'),
      { key: 'steps.avisar-equipo', value: 'team' },
    ],
  ])('%s', async (_, edit, data) => {
    expect((await drill(edit)).stop?.data).toMatchObject(data);
  });
});

describe('a timed event the walkthrough cannot do yet', () => {
  it('is left for later rather than asked for ever, and named if it never can be', async () => {
    const { stop } = await drill((script) => (script.events = [{ at: '+5m', update: { vars: {} } }]));
    expect(stop?.data.key).toBe('events[0].update');
  });
});
