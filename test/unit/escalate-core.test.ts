import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { responseDeadline } from '../../src/escalate/deadlines.js';
import type { IncidentEvent } from '../../src/escalate/events.js';
import { nextQuestion, notifyPlan } from '../../src/escalate/next-question.js';
import { replay } from '../../src/escalate/replay.js';
import { nextTriageQuestion, triage } from '../../src/escalate/triage.js';
import { parsePlaybook } from '../../src/lint/lint-playbook.js';
import type { Playbook } from '../../src/model/schema.js';
import { planFile } from '../helpers.js';

const playbook: Playbook = parsePlaybook(readFileSync(planFile())).playbook!;
const at = (minutes: number) => new Date(Date.UTC(2026, 10, 22, 20, 10) + minutes * 60_000).toISOString();
const opened: IncidentEvent = {
  type: 'opened',
  at: at(0),
  id: 'i1',
  summary: 'Retrasos',
  channel: 'x',
  detected_at: at(-5),
};
const toCrisis: IncidentEvent = { type: 'level', at: at(1), level: 'crisis', reason: 'Viral' };

describe('triage', () => {
  it.each([
    [{ alcance: 'Un comentario aislado', autor: 1, salud: 'No' }, 'comentario-negativo'],
    [{ alcance: 2, autor: 'Un cliente con pocos seguidores', salud: 'no' }, 'posible-crisis'],
    [{ alcance: 1, autor: 1, salud: 'Sí' }, 'crisis'],
  ])('%o leads to %s, the most severe option chosen', (answers, level) => {
    expect(triage(playbook, answers)).toMatchObject({ ok: true, level });
  });
  it.each([
    [{ alcance: 1, autor: 1, salud: 1, edad: 1 }, 'unknownQuestion', 'edad'],
    [{ alcance: 9, autor: 1, salud: 1 }, 'unknownOption', 'alcance'],
    [{ alcance: 1, salud: 1 }, 'missingAnswer', 'autor'],
  ])('%o is refused: %s %s', (answers, problem, question) => {
    expect(triage(playbook, answers)).toMatchObject({ ok: false, problem, question });
  });
  it('needs no answer after one that reached the most severe level', () => {
    expect(triage(playbook, { alcance: 'Es viral o lo recogen medios' })).toEqual({
      ok: true,
      level: 'crisis',
      answers: [{ question: 'alcance', option: 'Es viral o lo recogen medios', level: 'crisis' }],
    });
  });
  it.each([
    [[], 'alcance'],
    [[['alcance', 'Un comentario aislado']], 'autor'],
    [[['alcance', 'Es viral o lo recogen medios']], undefined],
    [
      [
        ['alcance', 'Un comentario aislado'],
        ['autor', 'Un periodista o un medio'],
      ],
      undefined,
    ],
    [
      [
        ['alcance', 'Un comentario aislado'],
        ['autor', 'Un cliente con pocos seguidores'],
      ],
      'salud',
    ],
  ])('after %j the next question is %s', (given, next) => {
    expect(nextTriageQuestion(playbook, new Map(given as Array<[string, string]>))).toBe(next);
  });
  it('reads a question id like "constructor" as any other', () => {
    const odd = { ...playbook, triage: [{ ...playbook.triage![0]!, id: 'constructor' }] };
    expect(triage(odd, {})).toMatchObject({ ok: false, problem: 'missingAnswer', question: 'constructor' });
  });
});

describe('the walkthrough, question by question', () => {
  const cases: Array<[string, IncidentEvent[], ReturnType<typeof nextQuestion>]> = [
    ['a new incident is triaged first', [opened], { kind: 'triage' }],
    ['then everyone of the level is called, in order', [opened, toCrisis], { kind: 'notify', contact: 'jorge' }],
    [
      'an unreachable contact hands over to their backup',
      [opened, toCrisis, { type: 'contact', at: at(2), contact: 'jorge', status: 'unreachable' }],
      { kind: 'notify', contact: 'sofia', backupFor: 'jorge' },
    ],
    [
      'a reached backup moves on to the next contact',
      [
        opened,
        toCrisis,
        { type: 'contact', at: at(2), contact: 'jorge', status: 'unreachable' },
        { type: 'contact', at: at(3), contact: 'sofia', status: 'reached' },
      ],
      { kind: 'notify', contact: 'agencia' },
    ],
    [
      'then the steps, in order',
      [
        opened,
        toCrisis,
        ...['jorge', 'agencia', 'lucia'].map((contact): IncidentEvent => ({
          type: 'contact',
          at: at(3),
          contact,
          status: 'reached',
        })),
      ],
      { kind: 'step', level: 'crisis', step: 'reunir' },
    ],
  ];
  it.each(cases)('%s', (_, events, question) => {
    expect(nextQuestion(playbook, replay(events))).toEqual(question);
  });

  it("walks a level change into the new level's steps not yet done, and closes when all are handled", () => {
    const reached = (contact: string): IncidentEvent => ({ type: 'contact', at: at(3), contact, status: 'reached' });
    const events: IncidentEvent[] = [opened, toCrisis, reached('jorge'), reached('agencia'), reached('lucia')];
    for (const step of playbook.levels[2]!.steps)
      events.push({
        type: 'step',
        at: at(10),
        level: 'crisis',
        step: step.id,
        status: step.id === 'influencers' ? 'later' : 'done',
      });
    expect(nextQuestion(playbook, replay(events))).toEqual({ kind: 'close', later: ['influencers'] });
    events.push({ type: 'level', at: at(50), level: 'posible-crisis', reason: 'Se calma' });
    // pedir-datos was done at the crisis level; avisar-equipo and responder-privado are new.
    expect(nextQuestion(playbook, replay(events))).toEqual({
      kind: 'step',
      level: 'posible-crisis',
      step: 'avisar-equipo',
    });
    events.push({ type: 'closed', at: at(120), resolution: 'Entregado' });
    expect(nextQuestion(playbook, replay(events))).toEqual({ kind: 'closed' });
  });
});

describe('notifyPlan', () => {
  it('stops a chain of backups that loops, and says so', () => {
    const events: IncidentEvent[] = [
      opened,
      { type: 'level', at: at(1), level: 'posible-crisis', reason: '' },
      { type: 'contact', at: at(2), contact: 'jorge', status: 'unreachable' },
      { type: 'contact', at: at(2), contact: 'sofia', status: 'unreachable' },
    ];
    expect(notifyPlan(playbook, replay(events))).toEqual({
      next: { contact: 'lucia' },
      exhausted: [{ contact: 'jorge', loop: true }],
    });
  });
});

describe('responseDeadline', () => {
  const base: IncidentEvent[] = [opened, { type: 'triaged', at: at(1), answers: [], level: 'crisis' }];
  it('counts the first level from when the incident was first seen', () => {
    expect(responseDeadline(playbook, replay(base), new Date(at(10)))).toMatchObject({
      level: 'crisis',
      status: 'pending',
      minutesLeft: 15,
      due: new Date(at(25)),
    });
  });
  it.each([
    [20, 'met'],
    [40, 'missed'],
  ])('a first public message at +%i min is %s', (minute, status) => {
    const events: IncidentEvent[] = [
      ...base,
      { type: 'published', at: at(minute), response: 'aviso-corto', channel: 'x', text: '…', edited: false },
    ];
    expect(responseDeadline(playbook, replay(events), new Date(at(60)))?.status).toBe(status);
  });
  it('does not restart when the level is lowered: the clock of the worse level goes on', () => {
    const events: IncidentEvent[] = [
      ...base,
      { type: 'level', at: at(30), level: 'posible-crisis', reason: 'Se calma' },
    ];
    expect(responseDeadline(playbook, replay(events), new Date(at(30)))).toMatchObject({
      level: 'crisis',
      due: new Date(at(25)),
      status: 'missed',
      minutesLeft: -5,
    });
  });
  it.each([
    // posible-crisis from first sight (-5): due +55. Crisis from +10: due +40, earlier, so it applies.
    [10, 'crisis', 40],
    // Crisis from +30 would be due +60: the 1h of posible-crisis (+55) is still owed and comes first.
    [30, 'posible-crisis', 55],
  ])(
    'a rise to crisis at +%i min: the earliest deadline (%s, +%i) applies, never a later one',
    (minute, level, due) => {
      const mild: IncidentEvent[] = [opened, { type: 'triaged', at: at(1), answers: [], level: 'posible-crisis' }];
      const events: IncidentEvent[] = [
        ...mild,
        { type: 'level', at: at(minute), level: 'crisis', reason: 'Lo recoge un medio' },
      ];
      expect(responseDeadline(playbook, replay(events), new Date(at(minute)))).toMatchObject({
        level,
        due: new Date(at(due)),
      });
    },
  );
  it('keeps a missed deadline missed when the level rises afterwards', () => {
    const mild: IncidentEvent[] = [opened, { type: 'triaged', at: at(1), answers: [], level: 'posible-crisis' }];
    const events: IncidentEvent[] = [
      ...mild,
      { type: 'level', at: at(300), level: 'crisis', reason: 'Lo recoge un medio' },
    ];
    expect(responseDeadline(playbook, replay(events), new Date(at(301)))).toMatchObject({
      level: 'posible-crisis',
      status: 'missed',
      minutesLeft: -246,
    });
  });
  it('freezes once the first public response is out, and names it', () => {
    const events: IncidentEvent[] = [
      ...base,
      { type: 'published', at: at(32), response: 'aviso-corto', channel: 'x', text: '…', edited: false },
    ];
    const deadline = responseDeadline(playbook, replay(events), new Date(at(500)));
    expect(deadline).toMatchObject({
      status: 'missed',
      minutesLeft: -7,
      response: { response: 'aviso-corto', channel: 'x' },
    });
  });
  it('is not met by a private reply or an internal notice', () => {
    const events: IncidentEvent[] = [
      ...base,
      {
        type: 'published',
        at: at(5),
        response: 'respuesta-privada',
        channel: 'x',
        text: '…',
        edited: false,
        audience: 'private',
      },
      {
        type: 'published',
        at: at(6),
        response: 'aviso-interno',
        channel: 'team',
        text: '…',
        edited: false,
        audience: 'internal',
      },
    ];
    expect(responseDeadline(playbook, replay(events), new Date(at(10)))).toMatchObject({
      status: 'pending',
      minutesLeft: 15,
    });
  });
});

describe('replay', () => {
  it('rebuilds the state from the events alone', () => {
    const state = replay([
      ...[opened, toCrisis],
      { type: 'promise', at: at(5), promise: 'p1', to: '@ana', what: 'Cambio de gafas', approved_by: 'jorge' },
      { type: 'promise-done', at: at(900), promise: 'p1' },
      { type: 'asked', at: at(6), step: 'pedir-datos', department: 'atencion' },
      { type: 'answered', at: at(40), department: 'atencion' },
    ]);
    expect(state.promises.get('p1')).toMatchObject({ to: '@ana', doneAt: at(900) });
    expect(state.departments.get('atencion')).toEqual({ askedAt: at(6), step: 'pedir-datos', answeredAt: at(40) });
    expect(state.lastAt).toBe(at(40));
  });
  it('refuses a journal that does not start by opening the incident', () => {
    expect(() => replay([toCrisis])).toThrow(/starts with an "opened" event/);
  });
});
