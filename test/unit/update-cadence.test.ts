import { describe, expect, it } from 'vitest';
import type { Audience, IncidentEvent } from '../../src/escalate/events.js';
import { replay } from '../../src/escalate/replay.js';
import { updateCadence } from '../../src/escalate/update-cadence.js';
import { updateDeadline } from '../../src/escalate/update-deadline.js';
import { updateRecord } from '../../src/escalate/update-record.js';
import { playbookSchema, type Playbook } from '../../src/model/schema.js';
import { minimal } from '../helpers.js';

// The minimal plan with a cadence: negative-comment none, possible-crisis every 60m, crisis every 20m.
function plan(): Playbook {
  const data = minimal();
  data.brand.timezone = 'Europe/Madrid';
  data.levels[1].update_every = '20m';
  data.levels.splice(1, 0, {
    id: 'possible-crisis',
    name: 'Posible crisis',
    severity: 2,
    respond_within: '1h',
    update_every: '60m',
  });
  return playbookSchema.parse(data);
}
const playbook = plan();
const nextUpdate = (...args: Parameters<typeof updateCadence>) => updateCadence(...args).next;

const T0 = Date.UTC(2026, 10, 22, 21, 0);
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();
const opened: IncidentEvent = {
  type: 'opened',
  at: at(0),
  id: 'i1',
  summary: 's',
  channel: 'twitter',
  detected_at: at(0),
};
const level = (minutes: number, id: string): IncidentEvent => ({
  type: 'level',
  at: at(minutes),
  level: id,
  reason: 'r',
});
const post = (
  minutes: number,
  response = 'apology-short',
  audience?: Audience,
  channel = 'twitter',
  step?: string,
): IncidentEvent => ({
  type: 'published',
  at: at(minutes),
  response,
  channel,
  text: 't',
  edited: false,
  ...(step ? { step } : {}),
  ...(audience ? { audience } : {}),
});
const closed = (minutes: number): IncidentEvent => ({ type: 'closed', at: at(minutes), resolution: 'done' });

type Expected = { since: number; due: number; overdue: boolean; minutesLeft: number; level: string; frozen?: number };

describe('nextUpdate', () => {
  const cases: Array<[string, IncidentEvent[], number, Expected | undefined]> = [
    ['nothing before the first public response', [opened, level(1, 'crisis')], 10, undefined],
    [
      'a private reply is not a first public response',
      [opened, level(1, 'crisis'), post(5, 'thanks', 'private')],
      10,
      undefined,
    ],
    [
      'counts the current level’s interval from the first public response',
      [opened, level(1, 'crisis'), post(5)],
      10,
      { since: 5, due: 25, overdue: false, minutesLeft: 15, level: 'crisis' },
    ],
    [
      'overdue once the interval has passed with no public message',
      [opened, level(1, 'crisis'), post(5)],
      32,
      { since: 5, due: 25, overdue: true, minutesLeft: -7, level: 'crisis' },
    ],
    [
      'an update resets it, judged and frozen as it went out',
      [opened, level(1, 'crisis'), post(5), post(22, 'update')],
      30,
      { since: 22, due: 42, overdue: false, minutesLeft: 12, level: 'crisis', frozen: 3 },
    ],
    [
      'a late update is frozen late',
      [opened, level(1, 'crisis'), post(5), post(31, 'update')],
      33,
      { since: 31, due: 51, overdue: false, minutesLeft: 18, level: 'crisis', frozen: -6 },
    ],
    [
      'any public message resets it, a closing too',
      [opened, level(1, 'crisis'), post(5), post(15, 'closing', undefined, 'blog')],
      20,
      { since: 15, due: 35, overdue: false, minutesLeft: 15, level: 'crisis', frozen: 10 },
    ],
    [
      'private replies and internal notices do not reset it',
      [opened, level(1, 'crisis'), post(5), post(10, 'thanks', 'private'), post(12, 'brief', 'internal')],
      20,
      { since: 5, due: 25, overdue: false, minutesLeft: 5, level: 'crisis' },
    ],
    [
      'a step’s message on a second channel is the same news, not an update',
      [
        opened,
        level(1, 'crisis'),
        post(5, 'apology-short', undefined, 'twitter', 's'),
        post(9, 'apology-short', undefined, 'blog', 's'),
      ],
      20,
      { since: 5, due: 25, overdue: false, minutesLeft: 5, level: 'crisis' },
    ],
    [
      'an update walked from the menu counts once, at its first post, and is judged',
      [
        opened,
        level(1, 'crisis'),
        post(5),
        post(20, 'update', undefined, 'twitter', '@update-1'),
        post(21, 'update', undefined, 'blog', '@update-1'),
      ],
      30,
      { since: 20, due: 40, overdue: false, minutesLeft: 10, level: 'crisis', frozen: 5 },
    ],
    [
      'a message to a channel the plan lacks is not public',
      [opened, level(1, 'crisis'), post(5), post(10, 'update', undefined, 'fax')],
      20,
      { since: 5, due: 25, overdue: false, minutesLeft: 5, level: 'crisis' },
    ],
    [
      'raising the level applies the new interval from the last public message',
      [opened, level(1, 'possible-crisis'), post(5), level(30, 'crisis')],
      31,
      { since: 5, due: 25, overdue: true, minutesLeft: -6, level: 'crisis' },
    ],
    [
      'lowering the level gives the longer interval while nothing was missed',
      [opened, level(1, 'crisis'), post(5), level(10, 'possible-crisis')],
      40,
      { since: 5, due: 65, overdue: false, minutesLeft: 25, level: 'possible-crisis' },
    ],
    [
      'lowering the level never forgives an update already late',
      [opened, level(1, 'crisis'), post(5), level(30, 'possible-crisis')],
      40,
      { since: 5, due: 25, overdue: true, minutesLeft: -15, level: 'crisis' },
    ],
    [
      'a level with no update_every has no deadline',
      [opened, level(1, 'crisis'), post(5), level(10, 'negative-comment')],
      20,
      undefined,
    ],
    [
      'lowering to a level with no update_every keeps an update already late owed',
      [opened, level(1, 'crisis'), post(5), level(30, 'negative-comment')],
      40,
      { since: 5, due: 25, overdue: true, minutesLeft: -15, level: 'crisis' },
    ],
    [
      'a public message then settles it, and the lower level asks for no more',
      [opened, level(1, 'crisis'), post(5), level(30, 'negative-comment'), post(45, 'update')],
      120,
      undefined,
    ],
    ['nothing once closed', [opened, level(1, 'crisis'), post(5), closed(40)], 41, undefined],
    [
      'a message after `now` (a clock set back) is not counted yet',
      [opened, level(1, 'crisis'), post(5), post(30, 'update')],
      20,
      { since: 5, due: 25, overdue: false, minutesLeft: 5, level: 'crisis' },
    ],
  ];
  it.each(cases)('%s', (_name, events, now, expected) => {
    const result = nextUpdate(replay(events), playbook, new Date(at(now)));
    if (!expected) return expect(result).toBeUndefined();
    expect(result).toMatchObject({
      level: expected.level,
      since: new Date(at(expected.since)),
      due: new Date(at(expected.due)),
      overdue: expected.overdue,
      minutesLeft: expected.minutesLeft,
    });
    expect(result?.frozen?.minutesLeft).toBe(expected.frozen);
    if (expected.frozen !== undefined) expect(result?.frozen?.late).toBe(expected.frozen < 0);
  });

  it('owes no update after the public closing message, while the incident is still open', () => {
    const data = minimal();
    data.levels[1].update_every = '20m';
    data.responses.push({ id: 'farewell', title: 'Cierre', kind: 'closing', approved_by: 'luis', text: 'Gracias.' });
    const closing = playbookSchema.parse(data);
    const events = [opened, level(1, 'crisis'), post(5), post(15, 'farewell')];
    expect(nextUpdate(replay(events), closing, new Date(at(50)))).toBeUndefined();
    // Nor does the report count one owed after it (the closing itself answered the running
    // deadline, on time), nor the quiet after it as a silence.
    expect(updateRecord(closing, replay(events), new Date(at(90)))).toMatchObject({
      onTime: 1,
      total: 1,
      longestSilence: { minutes: 10 },
    });
    // An update after an apology is still owed: only the closing ends the cadence; a message after
    // the closing one starts it again.
    // The closing message's own verdict as an update stays, the report's: on time at 15, late at 30.
    expect(updateCadence(replay(events), closing, new Date(at(50))).last).toMatchObject({
      late: false,
      minutesLeft: 10,
    });
    const late = [opened, level(1, 'crisis'), post(5), post(30, 'farewell')];
    expect(updateCadence(replay(late), closing, new Date(at(50))).last).toMatchObject({ late: true, minutesLeft: -5 });
    expect(updateRecord(closing, replay(late), new Date(at(90)))).toMatchObject({ onTime: 0, total: 1 });
    // The first public response answers no update deadline: nothing to judge yet.
    expect(updateCadence(replay(events.slice(0, 3)), closing, new Date(at(50))).last).toBeUndefined();
    expect(nextUpdate(replay(events.slice(0, 3)), closing, new Date(at(50)))?.overdue).toBe(true);
    expect(nextUpdate(replay([...events, post(30, 'update')]), closing, new Date(at(40)))?.due).toEqual(
      new Date(at(50)),
    );
  });

  it('counts real minutes across a change of the clocks, whatever the offset the journal wrote', () => {
    // Europe/Madrid springs forward at 02:00 on 29 March 2026: 01:30 + 60m is 03:30 local.
    const events: IncidentEvent[] = [
      { ...opened, at: '2026-03-29T01:00:00+01:00', detected_at: '2026-03-29T01:00:00+01:00' },
      { type: 'level', at: '2026-03-29T00:05:00Z', level: 'possible-crisis', reason: 'r' },
      { ...(post(0) as object), at: '2026-03-29T01:30:00+01:00' } as IncidentEvent,
    ];
    const result = nextUpdate(replay(events), playbook, new Date('2026-03-29T03:00:00+02:00'));
    expect(result?.due.toISOString()).toBe(new Date('2026-03-29T03:30:00+02:00').toISOString());
    expect(result?.minutesLeft).toBe(30);
  });
});

describe('updateRecord', () => {
  it.each([
    ['none before the first public response', [opened, level(1, 'crisis')], 30, 0, 0, undefined],
    ['a deadline still owed and passed counts as one not on time', [opened, level(1, 'crisis'), post(5)], 30, 0, 1, 25],
    [
      'on time and late updates, the silence counting to now',
      [opened, level(1, 'crisis'), post(5), post(20, 'update'), post(50, 'update')],
      55,
      1,
      2,
      30,
    ],
    [
      'counts to the close, not to now',
      [opened, level(1, 'crisis'), post(5), post(20, 'update'), closed(30)],
      500,
      1,
      1,
      15,
    ],
    [
      'an update late when the level was lowered to one with no update_every is still judged, late',
      [opened, level(1, 'crisis'), post(5), level(30, 'negative-comment'), post(45, 'update')],
      120,
      0,
      1,
      25,
    ],
  ])('%s', (_name, events, now, onTime, total, silence) => {
    const record = updateRecord(playbook, replay(events as IncidentEvent[]), new Date(at(now)));
    expect([record.onTime, record.total, record.longestSilence?.minutes]).toEqual([onTime, total, silence]);
  });
});

// The deadline by scanning every change of level, as the rule reads: the reference that the
// windowed search (binary search from the level in force at `since`) must agree with.
function scanned(state: ReturnType<typeof replay>, since: Date, end: Date) {
  const every = (id: string) => ({ 'possible-crisis': 60, crisis: 20 })[id as 'crisis'];
  const changes = state.levels.filter((change, index) => index === 0 || new Date(change.at) <= end);
  const current = changes.at(-1);
  if (!current || every(current.level) === undefined) return undefined;
  let deadline = { level: current.level, due: since.getTime() + every(current.level)! * 60_000 };
  for (let index = 0; index + 1 < changes.length; index += 1) {
    const until = new Date(changes[index + 1]!.at).getTime();
    const minutes = every(changes[index]!.level);
    if (until <= since.getTime() || minutes === undefined) continue;
    const due = since.getTime() + minutes * 60_000;
    if (due <= until && due < deadline.due) deadline = { level: changes[index]!.level, due };
  }
  return { level: deadline.level, due: new Date(deadline.due) };
}

describe('updateDeadline over many changes of level', () => {
  it('agrees with a scan of every change, whatever the window (2,000 generated incidents)', () => {
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const ids = ['negative-comment', 'possible-crisis', 'crisis'];
    for (let run = 0; run < 2000; run += 1) {
      const events: IncidentEvent[] = [opened];
      let minute = 0;
      for (let change = random(8); change >= 0; change -= 1) {
        minute += random(90);
        events.push(level(minute, ids[random(3)]!));
      }
      const state = replay(events);
      const since = new Date(T0 + random(minute + 60) * 60_000);
      const end = new Date(since.getTime() + random(240) * 60_000);
      expect(updateDeadline(playbook, state, since, end), `run ${run}`).toEqual(scanned(state, since, end));
    }
  });
});
