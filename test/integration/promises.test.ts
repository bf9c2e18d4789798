import ICAL from 'ical.js';
import { appendFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJournal } from '../../src/cli/incident-store/journal-file.js';
import { root, example } from '../helpers.js';
import { crisis } from './run-cli.js';

const SCRIPT = readFileSync(join(root, 'test/fixtures/scripts/crisis-miravista.yaml'), 'utf8');
const EVENTS = /^events:\n(?: {2}- .*\n)+/m;

/**
 * The fixture's whole crisis with these events instead of its own; `recent` starts it half an hour
 * ago and leaves it open, its statement out 5 minutes ago, its next update due in a quarter of an hour.
 */
function script(dir: string, events: string[], recent = false) {
  let text = SCRIPT.replace(EVENTS, `events:\n${events.map((event) => `  - ${event}\n`).join('')}`);
  const start = `${new Date(Date.now() - 30 * 60_000).toISOString().slice(0, 19)}Z`;
  if (recent)
    text = text
      .replace(/^clock: .*$/m, `clock: ${start}`)
      .replace(/^ {2}detected_at: .*\n/m, '')
      .replace(/^close:[\s\S]*$/m, '');
  const file = join(dir, `drill-${readdirSync(dir).length}.yaml`);
  writeFileSync(file, text);
  return file;
}

const promises = (dir: string) =>
  readdirSync(join(dir, 'incidents'))
    .filter((name) => name.endsWith('.jsonl'))
    .flatMap((name) => readJournal(join(dir, 'incidents', name)).events)
    .filter((event) => event.type === 'promise');

/** Journals made by scripts are drills; a real incident's calendar leaves drills out, so these become real. */
function makeReal(dir: string) {
  for (const name of readdirSync(join(dir, 'incidents')).filter((n) => n.endsWith('.jsonl'))) {
    const file = join(dir, 'incidents', name);
    writeFileSync(file, readFileSync(file, 'utf8').replace(',"drill":true', ''));
  }
}

/** A real incident with one promise, and its calendar as exported now: the first event, parsed. */
async function incidentCalendar() {
  const dir = example();
  const file = script(
    dir,
    ['{ at: +1m, promise: { to: "@carla", what: Reembolso, approved_by: jorge, due: 3h } }'],
    true,
  );
  expect((await crisis(['escalate', '--script', file], { cwd: dir })).status).toBe(0);
  makeReal(dir);
  const ics = async () => {
    const text = (await crisis(['promises', '--ics', '-'], { cwd: dir })).stdout;
    const event = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
    return { text, event, value: (name: string) => event.getFirstPropertyValue(name) };
  };
  return { dir, ics };
}

describe('a drill script’s promises', () => {
  it('take the due the script gives (a duration after the promise, or a time), else the plan’s promise_within', async () => {
    const dir = example();
    const file = script(dir, [
      '{ at: +45m, promise: { to: "@ana", what: Cambio de lentes, approved_by: jorge } }',
      '{ at: +46m, promise: { to: "@beto", what: Una funda, approved_by: jorge, due: 2h } }',
      '{ at: +47m, promise: { to: "@carla", what: Reembolso, approved_by: jorge, due: "2026-11-25T12:00:00+01:00" } }',
    ]);
    expect((await crisis(['escalate', '--script', file], { cwd: dir })).status).toBe(0);
    // Promised at 21:55, 21:56 and 21:57 Madrid time (20:55Z...).
    expect(promises(dir).map((p) => [p.to, p.at, p.due])).toEqual([
      ['@ana', '2026-11-22T20:55:00.000Z', '2026-11-24T20:55:00.000Z'],
      ['@beto', '2026-11-22T20:56:00.000Z', '2026-11-22T22:56:00.000Z'],
      ['@carla', '2026-11-22T20:57:00.000Z', '2026-11-25T11:00:00.000Z'],
    ]);
  });

  it('have no due date when neither the script nor the plan gives one', async () => {
    const dir = example('es-optica-miravista', { plan: (plan) => plan.replace(/^ {4}promise_within: .*\n/m, '') });
    const file = script(dir, ['{ at: +45m, promise: { to: "@ana", what: Cambio de lentes, approved_by: jorge } }']);
    expect((await crisis(['escalate', '--script', file], { cwd: dir })).status).toBe(0);
    expect(promises(dir)).toHaveLength(1);
    expect(promises(dir)[0]).not.toHaveProperty('due');
  });

  it('refuse a due that is no time, at its line, before anything runs', async () => {
    const dir = example();
    const file = script(dir, ['{ at: +45m, promise: { to: "@ana", what: Cambio, approved_by: jorge, due: mañana } }']);
    const run = await crisis(['escalate', '--script', file], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /drill-\d+\.yaml:\d+:\d+ .*events\[0\]\.promise\.due is "mañana": write a due time as a duration after the promise \(48h, 2d\)/,
    );
  });

  it('stop at a promise due before it was made, naming the key', async () => {
    const dir = example();
    const file = script(dir, [
      '{ at: +45m, promise: { to: "@ana", what: Cambio, approved_by: jorge, due: "2026-11-22T21:00:00+01:00" } }',
    ]);
    const run = await crisis(['escalate', '--script', file], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('events[0].promise.due is 2026-11-22T21:00:00+01:00, not after the promise was made');
  });
});

describe('crisis promises', () => {
  /** One incident from 22 Nov (its promises long overdue) and one still open from half an hour ago (due soon, later). */
  async function twoIncidents() {
    const dir = example();
    const old = script(dir, [
      '{ at: +45m, promise: { to: "@ana", what: Cambio de lentes, approved_by: jorge } }',
      '{ at: +46m, promise: { to: "@beto", what: Una funda, approved_by: sofia, due: 2h } }',
    ]);
    expect((await crisis(['escalate', '--script', old], { cwd: dir })).status).toBe(0);
    const recent = script(
      dir,
      [
        '{ at: +1m, promise: { to: "@carla", what: Reembolso, approved_by: jorge, due: 3h30m } }',
        '{ at: +2m, promise: { to: "@dani", what: Descuento, approved_by: jorge, due: 5d } }',
      ],
      true,
    );
    expect((await crisis(['escalate', '--script', recent], { cwd: dir })).status).toBe(0);
    return dir;
  }

  it('lists overdue first, then due soon, then later, each with its incident, to whom and who approved it', async () => {
    const dir = await twoIncidents();
    const json = JSON.parse((await crisis(['promises', '--json'], { cwd: dir })).stdout);
    expect(json.map((p: { to: string; status: string }) => `${p.to} ${p.status}`)).toEqual([
      '@beto overdue', // due 2h after it was made: the earliest due comes first
      '@ana overdue',
      '@carla due-soon',
      '@dani open',
    ]);
    expect(json[0]).toMatchObject({
      to: '@beto',
      what: 'Una funda',
      approvedBy: 'sofia',
      approvedByName: 'Sofía Martín',
      due: '2026-11-22T22:56:00.000Z',
      doneAt: null,
      drill: true,
      summary: 'Un cliente denuncia en X que sus lentes llevan tres semanas de retraso',
    });
    expect(json[0].incidentId).toMatch(/^20261122-2110-/);
    expect(json[0].lateMinutes).toBeGreaterThan(10_000);
    expect(json[2].leftMinutes).toBeGreaterThan(175);
    const text = (await crisis(['promises'], { cwd: dir })).stdout.replaceAll('\u00a0', ' ');
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('From drills (exercises run by escalate --script):');
    expect(lines[3]).toMatch(/^OVERDUE {3}20261122-2110-\w+-1 {2}due Tue, Nov 24, 21:55 \(\d+ days late\)$/);
    expect(lines[4]).toMatch(
      /^ {10}to @ana: Cambio de lentes · approved by Jorge Ibáñez · incident 20261122-2110-\w+: Un cliente denuncia/,
    );
    expect(lines[5]).toMatch(/^due soon {2}\d{8}-\d{4}-\w+-1 {2}due .* \(in 3 h\)$/);
    expect(lines[7]).toMatch(/^open {6}\d{8}-\d{4}-\w+-2 {2}due .* \(in 5 days\)$/);
  });

  it('lists honoured ones too with --all, kept on time or late, and not without it', async () => {
    const dir = await twoIncidents();
    const [first] = JSON.parse((await crisis(['promises', '--json'], { cwd: dir })).stdout);
    expect((await crisis(['promises', 'done', first.id], { cwd: dir })).status).toBe(0);
    const open = JSON.parse((await crisis(['promises', '--json'], { cwd: dir })).stdout);
    expect(open.map((p: { id: string }) => p.id)).not.toContain(first.id);
    const all = JSON.parse((await crisis(['promises', '--all', '--json'], { cwd: dir })).stdout);
    expect(all.at(-1)).toMatchObject({ id: first.id, status: 'kept-late' });
    expect((await crisis(['promises', '--all'], { cwd: dir })).stdout).toMatch(/kept late +\S+ +due .*days late\)/);
  });

  it('writes a calendar of the real incidents’ promises and next updates, which parses back', async () => {
    const dir = await twoIncidents();
    makeReal(dir);
    const [first] = JSON.parse((await crisis(['promises', '--json'], { cwd: dir })).stdout);
    expect((await crisis(['promises', 'done', first.id], { cwd: dir })).status).toBe(0);
    // No language chosen for crisis (no --lang, no CRISIS_LANG, an English LANG): the calendar and
    // what the command says of it are both in the plan's Spanish, one language.
    const run = await crisis(['promises', '--ics'], { cwd: dir, env: { CRISIS_LANG: undefined, LANG: 'en_US.UTF-8' } });
    expect(run).toMatchObject({ status: 0, stdout: '' });
    expect(run.stderr).toMatch(/^Calendario escrito: promises\.ics \(4 promesas, 1 plazo de actualización\)/);
    const text = readFileSync(join(dir, 'promises.ics'), 'utf8');
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const todos = calendar.getAllSubcomponents('vtodo');
    expect(todos.map((todo) => [todo.getFirstPropertyValue('summary'), todo.getFirstPropertyValue('status')])).toEqual([
      ['Promesa a @ana: Cambio de lentes', 'NEEDS-ACTION'],
      ['Promesa a @carla: Reembolso', 'NEEDS-ACTION'],
      ['Promesa a @dani: Descuento', 'NEEDS-ACTION'],
      ['Promesa a @beto: Una funda', 'COMPLETED'], // the first listed, honoured above
    ]);
    const ana = todos[0]!;
    expect((ana.getFirstPropertyValue('due') as ICAL.Time).toJSDate().toISOString()).toBe('2026-11-24T20:55:00.000Z');
    expect(ana.getFirstPropertyValue('uid')).toBe(`promise-${first.id.replace(/-2$/, '-1')}@crisis`);
    expect(todos[3]!.getFirstPropertyValue('completed')).not.toBeNull();
    // The incident still open (the recent one, with no close) has its next public update in the calendar.
    const [closed, event] = calendar.getAllSubcomponents('vevent');
    expect(event!.getFirstPropertyValue('summary')).toMatch(/^Próxima actualización pública: /);
    expect(event!.getFirstPropertyValue('status')).toBeNull();
    // The closed one's last deadline, cancelled, for a calendar that imported it while it was open.
    expect(closed!.getFirstPropertyValue('status')).toBe('CANCELLED');
    // `-` writes the same calendar to stdout, CRLF and all.
    const stdout = (await crisis(['promises', '--ics', '-'], { cwd: dir, env: { CRISIS_LANG: undefined } })).stdout;
    const stamp = (ics: string) => ics.replace(/DTSTAMP:\w+/g, 'DTSTAMP');
    expect(stamp(stdout)).toBe(stamp(text));
    // Chosen for crisis, English wins over the plan's language, in the calendar too.
    const english = (await crisis(['promises', '--ics', '-'], { cwd: dir, env: { CRISIS_LANG: 'en' } })).stdout;
    expect(english).toContain('SUMMARY:Promise to @ana: Cambio de lentes');
  });

  it('leaves drills out of the calendar, and writes none when nothing is left: an empty one is no valid file', async () => {
    const dir = await twoIncidents();
    const run = await crisis(['promises', '--ics', 'cal.ics'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('4 promises made in drills left out of the calendar');
    expect(run.stderr).toContain('Nothing to export: no promise made in a real incident, and no update deadline.');
    expect(existsSync(join(dir, 'cal.ics'))).toBe(false);
    expect(await crisis(['promises', '--ics', '-'], { cwd: dir })).toMatchObject({ status: 0, stdout: '' });
  });

  it('sends the update deadline of an incident that closed once more, cancelled, with a higher SEQUENCE', async () => {
    const { dir, ics } = await incidentCalendar();
    const open = await ics();
    expect(open.value('status')).toBeNull();
    // Exported again from the same journal: the same bytes, so a re-import changes nothing.
    expect((await ics()).text).toBe(open.text);
    const [journal] = readdirSync(join(dir, 'incidents')).filter((name) => name.endsWith('.jsonl'));
    const closed = { type: 'closed', at: new Date().toISOString(), resolution: 'Reembolsado' };
    appendFileSync(join(dir, 'incidents', journal!), `${JSON.stringify(closed)}\n`);
    const cancelled = await ics();
    expect(cancelled.value('uid')).toBe(open.value('uid'));
    expect(cancelled.value('status')).toBe('CANCELLED');
    expect(cancelled.value('sequence')).toBeGreaterThan(Number(open.value('sequence')));
    expect(String(cancelled.value('dtstart'))).toBe(String(open.value('dtstart')));
    expect(cancelled.event.getAllSubcomponents('valarm')).toEqual([]);
  });

  it('cancels the update deadline once the public closing message is out, before the close', async () => {
    const { dir, ics } = await incidentCalendar();
    const open = await ics();
    expect(open.value('status')).toBeNull();
    const [journal] = readdirSync(join(dir, 'incidents')).filter((name) => name.endsWith('.jsonl'));
    const farewell = { type: 'published', at: new Date().toISOString(), response: 'cierre', channel: 'x' };
    appendFileSync(
      join(dir, 'incidents', journal!),
      `${JSON.stringify({ ...farewell, text: 'Cerrado.', edited: false })}\n`,
    );
    const cancelled = await ics();
    expect(cancelled.value('status')).toBe('CANCELLED');
    expect(cancelled.value('sequence')).toBeGreaterThan(Number(open.value('sequence')));
    expect(String(cancelled.value('dtstart'))).toBe(String(open.value('dtstart')));
    expect(cancelled.event.getAllSubcomponents('valarm')).toEqual([]);
    // Closed afterwards: still the same deadline, cancelled.
    const closed = { type: 'closed', at: new Date().toISOString(), resolution: 'Reembolsado' };
    appendFileSync(join(dir, 'incidents', journal!), `${JSON.stringify(closed)}\n`);
    const after = await ics();
    expect([after.value('status'), String(after.value('dtstart'))]).toEqual([
      'CANCELLED',
      String(open.value('dtstart')),
    ]);
  });
});
