import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { ListedPromise } from '../../src/escalate/promise-due.js';
import { translator } from '../../src/i18n/index.js';
import { promisesCalendar, type CalendarPromise, type CalendarInput } from '../../src/report/promises-calendar.js';

const NOW = new Date('2026-11-23T09:00:00Z');
const base: ListedPromise = {
  id: '20261122-2010-3f2a-1',
  incidentId: '20261122-2010-3f2a',
  summary: 'Un cliente denuncia retrasos',
  drill: false,
  to: '@ana_lopez',
  what: 'Cambio de lentes gratis',
  approvedBy: 'jorge',
  at: '2026-11-22T20:55:00.000Z',
  due: '2026-11-24T20:55:00.000Z',
  status: 'open',
};
const promise = (fields: Partial<CalendarPromise> = {}): CalendarPromise => ({
  ...base,
  approvedByName: 'Jorge Ibáñez',
  changedAt: '2026-11-22T21:30:00.000Z',
  ...fields,
});
const input = (fields: Partial<CalendarInput> = {}): CalendarInput => ({
  brand: 'Óptica Miravista',
  lang: 'es',
  version: '0.1.0',
  promises: [promise()],
  updates: [],
  now: NOW,
  t: translator('es'),
  ...fields,
});

/** The calendar as a calendar program reads it, through a parser, not through our writer. */
function parse(text: string | undefined) {
  if (text === undefined) throw new Error('no calendar');
  const calendar = new ICAL.Component(ICAL.parse(text));
  const value = (component: ICAL.Component, name: string) => component.getFirstPropertyValue(name);
  const time = (component: ICAL.Component, name: string) =>
    (value(component, name) as ICAL.Time | null)?.toJSDate().toISOString();
  return { calendar, value, time };
}

/** RFC 5545's form, checked on the bytes: CRLF only, lines of at most 75 octets, UTC times. */
function checkForm(text: string | undefined) {
  if (text === undefined) throw new Error('no calendar');
  expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  const lines = text.slice(0, -2).split('\r\n');
  for (const line of lines) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
  const unfolded = text.replaceAll('\r\n ', '').split('\r\n');
  expect(unfolded[0]).toBe('BEGIN:VCALENDAR');
  expect(unfolded).toContain('VERSION:2.0');
  expect(unfolded.find((line) => line.startsWith('PRODID:'))).toBe('PRODID:-//crisis//crisis 0.1.0//ES');
  for (const line of unfolded.filter((l) =>
    /^(DTSTAMP|DUE|COMPLETED|CREATED|LAST-MODIFIED|DTSTART|DTEND|TRIGGER)[;:]/.test(l),
  ))
    expect(line).toMatch(/:\d{8}T\d{6}Z$/);
  return unfolded;
}

describe('the promises calendar', () => {
  it('has one VTODO per promise: due, an alarm an hour before, needs action while open', () => {
    const text = promisesCalendar(input());
    checkForm(text);
    const { calendar, value, time } = parse(text);
    expect(value(calendar, 'version')).toBe('2.0');
    expect(value(calendar, 'method')).toBe('PUBLISH');
    expect(value(calendar, 'x-wr-calname')).toBe('Óptica Miravista: promesas y actualizaciones');
    const [todo, ...others] = calendar.getAllSubcomponents('vtodo');
    expect(others).toEqual([]);
    expect(value(todo!, 'uid')).toBe('promise-20261122-2010-3f2a-1@crisis');
    expect(value(todo!, 'summary')).toBe('Promesa a @ana_lopez: Cambio de lentes gratis');
    expect(value(todo!, 'description')).toBe(
      'Cambio de lentes gratis\nPrometido a: @ana_lopez\nAprobado por: Jorge Ibáñez\nIncidente 20261122-2010-3f2a: Un cliente denuncia retrasos\nCuando se cumpla: crisis promises done 20261122-2010-3f2a-1',
    );
    expect(time(todo!, 'due')).toBe('2026-11-24T20:55:00.000Z');
    expect(time(todo!, 'dtstamp')).toBe('2026-11-22T21:30:00.000Z'); // when its incident last changed
    expect(time(todo!, 'created')).toBe('2026-11-22T20:55:00.000Z');
    expect(value(todo!, 'status')).toBe('NEEDS-ACTION');
    expect(value(todo!, 'completed')).toBeNull();
    expect(value(todo!, 'sequence')).toBe(0);
    const [alarm] = todo!.getAllSubcomponents('valarm');
    expect(value(alarm!, 'action')).toBe('DISPLAY');
    expect(value(alarm!, 'description')).toBe('Vence en una hora: Cambio de lentes gratis, a @ana_lopez');
    expect(time(alarm!, 'trigger')).toBe('2026-11-24T19:55:00.000Z');
  });

  it('marks an honoured promise completed, with its time, and no alarm; its UID does not change', () => {
    const open = parse(promisesCalendar(input()));
    const done = parse(
      promisesCalendar(
        input({ now: new Date('2026-11-25T10:00:00Z'), promises: [promise({ doneAt: '2026-11-24T18:00:00.000Z' })] }),
      ),
    );
    const todo = done.calendar.getFirstSubcomponent('vtodo')!;
    expect(done.value(todo, 'status')).toBe('COMPLETED');
    expect(done.time(todo, 'completed')).toBe('2026-11-24T18:00:00.000Z');
    expect(done.value(todo, 'percent-complete')).toBe(100);
    expect(done.value(todo, 'sequence')).toBe(1);
    expect(todo.getAllSubcomponents('valarm')).toEqual([]);
    // Re-imported, it replaces the open one rather than adding a second.
    expect(done.value(todo, 'uid')).toBe(open.value(open.calendar.getFirstSubcomponent('vtodo')!, 'uid'));
  });

  it('leaves DUE and the alarm out of a promise with no due date', () => {
    const { calendar, value } = parse(promisesCalendar(input({ promises: [promise({ due: undefined })] })));
    const todo = calendar.getFirstSubcomponent('vtodo')!;
    expect(value(todo, 'due')).toBeNull();
    expect(todo.getAllSubcomponents('valarm')).toEqual([]);
  });

  it('keeps a Spanish text full of commas, semicolons, accents and line breaks, escaped and folded', () => {
    const what =
      'Cambio de lentes, funda; y "limpieza" gratis — ñandú, pingüino, acción\r\nsegunda línea; con comas, punto y coma; y barra \\ invertida. ¿Qué más? ¡Todo!';
    const to = 'Ana López, clienta; Valencia';
    const text = promisesCalendar(input({ promises: [promise({ what, to })] }));
    const unfolded = checkForm(text);
    // The writer escaped them (§3.3.11): a backslash before , ; \ and \n for a line break.
    expect(unfolded.find((line) => line.startsWith('SUMMARY:'))).toBe(
      'SUMMARY:Promesa a Ana López\\, clienta\\; Valencia: Cambio de lentes\\, funda\\; y "limpieza" gratis — ñandú\\, pingüino\\, acción\\nsegunda línea\\; con comas\\, punto y coma\\; y barra \\\\ invertida. ¿Qué más? ¡Todo!',
    );
    expect(text!.split('\r\n').filter((line) => line.startsWith(' ')).length).toBeGreaterThan(2);
    const { calendar, value } = parse(text);
    const todo = calendar.getFirstSubcomponent('vtodo')!;
    // Read back, one kind of line break: CRLF in the journal's text becomes a line break.
    expect(value(todo, 'summary')).toBe(`Promesa a ${to}: ${what.replace('\r\n', '\n')}`);
    expect(value(todo, 'description')).toContain(`Prometido a: ${to}`);
  });

  it('writes out a control character from a journal rather than put it in the file', () => {
    const text = promisesCalendar(input({ promises: [promise({ what: 'Regalo\x1b]0;pwned\x07' })] }));
    expect(text).not.toMatch(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/);
    expect(parse(text).value(parse(text).calendar.getFirstSubcomponent('vtodo')!, 'summary')).toContain(
      'Regalo\\x1b]0;pwned\\x07',
    );
  });

  it('has one VEVENT per open incident’s next update deadline, with an alarm before it', () => {
    const text = promisesCalendar(
      input({
        promises: [],
        updates: [
          {
            incidentId: '20261122-2010-3f2a',
            summary: 'Retrasos',
            due: '2026-11-23T10:00:00.000Z',
            sequence: 3,
            changedAt: '2026-11-23T08:00:00.000Z',
          },
        ],
      }),
    );
    checkForm(text);
    const { calendar, value, time } = parse(text);
    const event = calendar.getFirstSubcomponent('vevent')!;
    expect(value(event, 'uid')).toBe('update-20261122-2010-3f2a@crisis');
    expect(value(event, 'summary')).toBe('Próxima actualización pública: Retrasos');
    expect(time(event, 'dtstart')).toBe('2026-11-23T10:00:00.000Z');
    expect(time(event, 'dtend')).toBe('2026-11-23T10:15:00.000Z');
    expect(value(event, 'sequence')).toBe(3);
    expect(value(event, 'description')).toContain('crisis escalate --resume 20261122-2010-3f2a');
    expect(time(event.getFirstSubcomponent('valarm')!, 'trigger')).toBe('2026-11-23T09:50:00.000Z');
  });

  const update = {
    incidentId: '20261122-2010-3f2a',
    summary: 'Retrasos',
    due: '2026-11-23T10:00:00.000Z',
    sequence: 12,
    changedAt: '2026-11-23T08:55:00.000Z',
  };

  it('cancels the update deadline of an incident that closed: same UID, STATUS:CANCELLED, no alarm', () => {
    const { calendar, value, time } = parse(
      promisesCalendar(input({ promises: [], updates: [{ ...update, cancelled: true }] })),
    );
    const event = calendar.getFirstSubcomponent('vevent')!;
    expect(value(event, 'uid')).toBe('update-20261122-2010-3f2a@crisis');
    expect(value(event, 'status')).toBe('CANCELLED');
    expect(value(event, 'sequence')).toBe(12);
    expect(time(event, 'dtstart')).toBe('2026-11-23T10:00:00.000Z');
    expect(event.getAllSubcomponents('valarm')).toEqual([]);
    const open = parse(promisesCalendar(input({ promises: [], updates: [update] })));
    expect(open.value(open.calendar.getFirstSubcomponent('vevent')!, 'status')).toBeNull();
  });

  it('drops a reminder whose time has passed when the file is made, and keeps the entry', () => {
    const late = new Date('2026-11-23T09:55:00Z'); // 5 min before the update, 35 min before the promise is due
    const text = promisesCalendar(
      input({ now: late, promises: [promise({ due: '2026-11-23T10:30:00.000Z' })], updates: [update] }),
    );
    checkForm(text);
    const { calendar } = parse(text);
    expect(calendar.getFirstSubcomponent('vtodo')!.getAllSubcomponents('valarm')).toEqual([]);
    expect(calendar.getFirstSubcomponent('vevent')!.getAllSubcomponents('valarm')).toEqual([]);
    // Exported earlier, both reminders were still to come.
    const early = parse(
      promisesCalendar(input({ promises: [promise({ due: '2026-11-23T10:30:00.000Z' })], updates: [update] })),
    );
    expect(early.calendar.getFirstSubcomponent('vtodo')!.getAllSubcomponents('valarm')).toHaveLength(1);
    expect(early.calendar.getFirstSubcomponent('vevent')!.getAllSubcomponents('valarm')).toHaveLength(1);
  });

  it('gives the same bytes when exported again later from the same journals', () => {
    const first = promisesCalendar(input({ updates: [update] }));
    expect(promisesCalendar(input({ updates: [update], now: new Date('2026-11-23T09:30:00Z') }))).toBe(first);
  });

  it('is no calendar at all when there is nothing to put in it', () => {
    expect(promisesCalendar(input({ promises: [], updates: [] }))).toBeUndefined();
  });
});
