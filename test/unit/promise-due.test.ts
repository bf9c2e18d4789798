import { describe, expect, it } from 'vitest';
import { parseDueTime } from '../../src/escalate/wall-clock.js';
import type { IncidentEvent } from '../../src/escalate/events.js';
import { listPromises, promiseOutcome, readPromise } from '../../src/escalate/promise-due.js';
import { replay } from '../../src/escalate/replay.js';
import { dueProblem, dueTime } from '../../src/escalate/script-time.js';

const at = (iso: string) => new Date(iso);
// 23:00 in Madrid (winter, +1): every case names its zone, so the machine's TZ does not matter.
const NOW = at('2026-11-22T22:00:00Z');
const MADRID = 'Europe/Madrid';

describe('parseDueTime', () => {
  it.each([
    ['48h', '2026-11-24T22:00:00.000Z'],
    ['+48h', '2026-11-24T22:00:00.000Z'],
    ['2d', '2026-11-24T22:00:00.000Z'],
    ['1d12h', '2026-11-24T10:00:00.000Z'],
    ['90m', '2026-11-22T23:30:00.000Z'],
    ['  48H ', '2026-11-24T22:00:00.000Z'],
    ['23:30', '2026-11-22T22:30:00.000Z'], // today, on the brand's clock
    ['2026-11-24 18:00', '2026-11-24T17:00:00.000Z'],
    ['2026-11-24T18:00', '2026-11-24T17:00:00.000Z'],
    ['2027-07-01 12:00', '2027-07-01T10:00:00.000Z'], // summer time there, +2
    ['2027-10-31 02:30', '2027-10-31T00:30:00.000Z'], // autumn's 02:30 happens twice: the first
  ])('%j is due at %s', (text, expected) => {
    expect(parseDueTime(text, NOW, MADRID)).toEqual({ ok: true, date: at(expected) });
  });

  it.each([
    ['22:30', 'past'], // earlier today: refused rather than moved to tomorrow
    ['23:00', 'past'], // now is not a due time
    ['2026-11-21 18:00', 'past'],
    ['367d', 'tooFar'],
    ['2028-01-01 10:00', 'tooFar'],
    ['tomorrow', 'format'],
    ['0h', 'format'],
    ['-2h', 'format'],
    ['2026-02-30 10:00', 'format'],
    ['25:00', 'format'],
  ])('%j is refused: %s', (text, problem) => {
    expect(parseDueTime(text, NOW, MADRID)).toEqual({ ok: false, problem });
  });

  it('reads the brand zone it is given, whatever TZ says', () => {
    const saved = process.env.TZ;
    process.env.TZ = 'Pacific/Kiritimati'; // +14: its "today" is already the 23rd
    try {
      expect(parseDueTime('23:30', NOW, MADRID)).toEqual({ ok: true, date: at('2026-11-22T22:30:00Z') });
      expect(parseDueTime('2026-11-24 18:00', NOW, MADRID)).toEqual({ ok: true, date: at('2026-11-24T17:00:00Z') });
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('reads a clock time in the brand zone, not the machine one', () => {
    // 23:30 in Mexico City is 05:30 UTC the next day; it is 16:00 there now.
    expect(parseDueTime('23:30', NOW, 'America/Mexico_City')).toEqual({ ok: true, date: at('2026-11-23T05:30:00Z') });
  });
});

describe('a drill script’s due', () => {
  it.each([
    ['48h', undefined],
    ['+2d', undefined],
    ['2026-11-24T18:00:00+01:00', undefined],
    ['400d', 'script.timeTooFar'],
    ['mañana', 'script.due'],
    ['2026-11-24 18:00', 'script.due'], // a script's times carry their offset
  ])('%j: %s', (value, problem) => {
    expect(dueProblem(value)).toBe(problem);
  });

  it('counts a duration from the promise, and takes an absolute time as it is', () => {
    const made = at('2026-11-22T20:55:00Z');
    expect(dueTime('48h', made)?.toISOString()).toBe('2026-11-24T20:55:00.000Z');
    expect(dueTime('2026-11-24T18:00:00+01:00', made)?.toISOString()).toBe('2026-11-24T17:00:00.000Z');
  });
});

describe('readPromise', () => {
  it.each([
    [{ due: '2026-11-22T19:00:00Z' }, { status: 'overdue', lateMinutes: 180 }],
    [{ due: '2026-11-23T03:00:00Z' }, { status: 'due-soon', leftMinutes: 300 }],
    [{ due: '2026-11-23T22:00:00Z' }, { status: 'due-soon', leftMinutes: 1440 }], // a day ahead: still soon
    [{ due: '2026-11-23T22:01:00Z' }, { status: 'open', leftMinutes: 1441 }],
    // Judged to the clock minute, as every deadline: due now is not overdue yet, a minute later it is.
    [{ due: '2026-11-22T22:00:00Z' }, { status: 'due-soon', leftMinutes: 0 }],
    [{ due: '2026-11-22T21:59:00Z' }, { status: 'overdue', lateMinutes: 1 }],
    [{ due: '2026-11-22T21:59:59Z' }, { status: 'overdue', lateMinutes: 1 }],
    [{}, { status: 'no-due' }],
    [{ due: '2026-11-22T19:00:00Z', doneAt: '2026-11-22T18:00:00Z' }, { status: 'kept' }],
    [{ due: '2026-11-22T19:00:00Z', doneAt: '2026-11-22T19:00:00Z' }, { status: 'kept' }], // on the minute is on time
    [
      { due: '2026-11-22T19:00:00Z', doneAt: '2026-11-22T21:30:00Z' },
      { status: 'kept-late', lateMinutes: 150 },
    ],
    [{ doneAt: '2026-11-22T21:30:00Z' }, { status: 'kept' }],
  ])('%j reads %j', (facts, reading) => {
    expect(readPromise(facts, NOW)).toEqual(reading);
  });

  it.each([
    [{ due: '2026-11-23T03:00:00Z' }, 'open'],
    [{}, 'open'],
    [{ due: '2026-11-22T19:00:00Z' }, 'overdue'],
    [{ due: '2026-11-22T19:00:00Z', doneAt: '2026-11-22T21:30:00Z' }, 'kept-late'],
  ])('the report reads %j as %s', (facts, outcome) => {
    expect(promiseOutcome(facts, NOW).outcome).toBe(outcome);
  });
});

describe('listPromises', () => {
  const opened = (id: string, drill = false): IncidentEvent => ({
    type: 'opened',
    at: '2026-11-20T10:00:00Z',
    id,
    summary: `Incidente ${id}`,
    channel: 'x',
    detected_at: '2026-11-20T10:00:00Z',
    drill,
  });
  const promise = (id: string, due?: string, at = '2026-11-20T11:00:00Z'): IncidentEvent => ({
    type: 'promise',
    at,
    promise: id,
    to: '@ana',
    what: 'Reembolso',
    approved_by: 'jorge',
    due,
  });
  const first = replay([
    opened('A'),
    promise('A-1'), // no due date
    promise('A-2', '2026-11-25T10:00:00Z'), // due in days
    promise('A-3', '2026-11-22T12:00:00Z'), // overdue by 10h
    promise('A-4', '2026-11-23T08:00:00Z'), // due soon
    promise('A-5', '2026-11-21T12:00:00Z'),
    { type: 'promise-done', at: '2026-11-21T13:00:00Z', promise: 'A-5' }, // kept late
  ]);
  const second = replay([
    opened('B', true),
    promise('B-1', '2026-11-22T20:00:00Z'), // overdue by 2h: after the one overdue by 10h
    promise('B-2', undefined, '2026-11-20T09:00:00Z'), // no due date, made earlier than A-1
  ]);

  it('puts overdue first (the earliest due leading), then due soon, then later, then no due date, then kept', () => {
    expect(listPromises([first, second], NOW).map((p) => `${p.id} ${p.status}`)).toEqual([
      'A-3 overdue',
      'B-1 overdue',
      'A-4 due-soon',
      'A-2 open',
      'B-2 no-due',
      'A-1 no-due',
      'A-5 kept-late',
    ]);
  });

  it('carries the incident, who it was made to and who approved it', () => {
    expect(listPromises([second], NOW)[0]).toMatchObject({
      id: 'B-1',
      incidentId: 'B',
      summary: 'Incidente B',
      drill: true,
      to: '@ana',
      approvedBy: 'jorge',
      due: '2026-11-22T20:00:00Z',
    });
  });
});
