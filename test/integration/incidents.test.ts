import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, example } from '../helpers.js';
import { crisis } from './run-cli.js';

const SCRIPT = join(root, 'test/fixtures/scripts/crisis-miravista.yaml');

/** A copy of the Spanish example with one closed and one open incident, run from scripts. */
async function withIncidents() {
  const dir = example();
  expect((await crisis(['escalate', '--script', SCRIPT], { cwd: dir })).status).toBe(0);
  const open = readFileSync(SCRIPT, 'utf8')
    .replace(/^close:[\s\S]*$/m, '')
    .replace('clock: 2026-11-22T21:10:00+01:00', 'clock: 2026-11-23T09:00:00+01:00');
  appendFileSync(join(dir, 'open.yaml'), open);
  expect((await crisis(['escalate', '--script', 'open.yaml'], { cwd: dir })).status).toBe(0);
  return dir;
}

describe('crisis incidents', () => {
  it('lists open incidents first, with level and whether the first response met its deadline', async () => {
    const dir = await withIncidents();
    const rows = JSON.parse((await crisis(['incidents', '--json'], { cwd: dir })).stdout);
    expect(
      rows.map((r: { status: string; level: string; deadline: { status: string } }) => [
        r.status,
        r.level,
        r.deadline.status,
      ]),
    ).toEqual([
      ['open', 'posible-crisis', 'missed'], // first seen the night before (detected_at), answered next morning
      ['closed', 'posible-crisis', 'met'],
    ]);
    expect(rows[1]).toMatchObject({
      minutes: 125,
      closedAt: '2026-11-22T22:10:00.000Z',
      deadline: { due: '2026-11-22T20:35:00.000Z' },
    });
    // Script runs are drills, listed apart. First seen 21:05 in Madrid, on the plan's clock; its dates
    // in the language crisis was asked for (CRISIS_LANG=en), as the words beside them.
    const [heading, first] = (await crisis(['incidents'], { cwd: dir })).stdout.split('\n');
    expect(heading).toMatch(/^Drills /);
    // The level by its name, as the walkthrough says it; --json keeps the id.
    expect(first).toMatch(/^OPEN +\d{8}-\d{4}-[0-9a-f]{4}  Sun,\sNov\s22,\s21:05  Posible crisis /);
  });

  it.each(['es', 'en'])(
    'wraps at 60 columns in %s: the drills heading too, and a level name kept whole',
    async (lang) => {
      const dir = await withIncidents();
      const env = { COLUMNS: '60', CRISIS_LANG: lang === 'es' ? undefined : lang };
      const lines = (await crisis(['incidents'], { cwd: dir, env })).stdout.trimEnd().split('\n');
      expect(lines.filter((line) => [...line].length > 60)).toEqual([]);
      expect(lines.filter((line) => / Posible$|^ +crisis /.test(line))).toEqual([]);
      expect(lines.filter((line) => line.includes('Posible crisis'))).toHaveLength(2);
      // Piped with no COLUMNS, a row is one line, as grep reads it, its level as written.
      const piped = (await crisis(['incidents'], { cwd: dir })).stdout.trimEnd().split('\n');
      expect(piped.filter((line) => line.includes(' Posible crisis '))).toHaveLength(2);
    },
  );

  it('lists a walkthrough stopped after its first answer, as --resume finds it', async () => {
    const dir = example('es-optica-miravista', { incidents: true });
    const answer = { type: 'answer', at: '2026-12-07T09:30:00.000Z', key: 'open.summary', value: 'Queja viral' };
    appendFileSync(join(dir, 'incidents', '20261207-0930-beef.jsonl'), `${JSON.stringify(answer)}\n`);
    const listed = await crisis(['incidents'], { cwd: dir });
    expect(listed.status).toBe(0);
    expect(listed.stdout).not.toContain('No incident recorded yet');
    expect(listed.stdout).toMatch(
      /NOT OPENED {2}20261207-0930-beef {2}Mon,\sDec\s7,\s10:30 {2}Queja viral {2}· continue with: crisis escalate --resume 20261207-0930-beef/,
    );
    expect(JSON.parse((await crisis(['incidents', '--json'], { cwd: dir })).stdout)).toMatchObject([
      { id: '20261207-0930-beef', status: 'unfinished', summary: 'Queja viral', startedAt: answer.at },
    ]);
  });

  it('skips a partial last line left by a crash, with a warning', async () => {
    const dir = await withIncidents();
    const [journal] = readdirSync(join(dir, 'incidents'));
    appendFileSync(join(dir, 'incidents', journal!), '{"type":"note","at":"2026-11-2');
    const run = await crisis(['incidents', '--json'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('ends with a partial line');
    expect(JSON.parse(run.stdout)).toHaveLength(2);
  });

  it("speaks the plan's language, warnings included, unless crisis is asked for another", async () => {
    const dir = await withIncidents();
    const [journal] = readdirSync(join(dir, 'incidents'));
    appendFileSync(join(dir, 'incidents', journal!), '{"type":"note","at":"2026-11-2');
    // A machine set to English, nothing chosen for crisis: one language on the screen, the plan's.
    const machine = { CRISIS_LANG: undefined, LANG: 'en_US.UTF-8' };
    const listed = await crisis(['incidents'], { cwd: dir, env: machine });
    expect(listed.stdout).toMatch(/^Simulacros .*\nABIERTO +\S+  domingo,\u00a022\u00a0nov/);
    expect(listed.stderr).toMatch(/línea/);
    expect(listed.stdout + listed.stderr).not.toMatch(/\b(OPEN|Drills|partial)\b/);
    expect((await crisis(['promises'], { cwd: dir, env: machine })).stdout).toMatch(/^De simulacros /);
    // --lang (or CRISIS_LANG) is a choice made for crisis: it wins.
    expect((await crisis(['incidents', '--lang', 'en'], { cwd: dir, env: machine })).stdout).toMatch(
      /^Drills .*\nOPEN /,
    );
  });

  it('says so when there is none', async () => {
    const dir = example('en-northside-bakery');
    expect((await crisis(['incidents'], { cwd: dir })).stdout).toBe('No incident recorded yet.\n');
  });
});

describe('crisis promises', () => {
  it('lists promises not yet honoured, and records one as honoured after its incident closed', async () => {
    const dir = await withIncidents();
    const listed = JSON.parse((await crisis(['promises', '--json'], { cwd: dir })).stdout);
    expect(listed).toHaveLength(2);
    // Promised at +45m from 21:10 Madrid time, due 48h later by the plan's promise_within: long overdue now.
    expect(listed[0]).toMatchObject({
      to: '@ana_lopez',
      what: 'Cambio de lentes gratis',
      approvedBy: 'jorge',
      approvedByName: 'Jorge Ibáñez',
      at: '2026-11-22T20:55:00.000Z',
      due: '2026-11-24T20:55:00.000Z',
      status: 'overdue',
      doneAt: null,
    });
    // Shown on the plan's clock, in the language crisis speaks (CRISIS_LANG=en); without it, the plan's.
    const text = (await crisis(['promises'], { cwd: dir })).stdout;
    expect(text).toContain('OVERDUE');
    expect(text).toMatch(/due Tue,\sNov\s24,\s21:55 \(/);
    const plan = (await crisis(['promises'], { cwd: dir, env: { CRISIS_LANG: undefined } })).stdout;
    expect(plan).toContain('vence el martes,\u00a024\u00a0nov,\u00a021:55 (');
    expect(text).toContain('to @ana_lopez: Cambio de lentes gratis · approved by Jorge Ibáñez · incident ');
    // The promise made in the closed incident, whichever order the list gives: each incident made one.
    const rows: { id: string; status: string }[] = JSON.parse(
      (await crisis(['incidents', '--json'], { cwd: dir })).stdout,
    );
    const closedIncident = rows.find((row) => row.status === 'closed')!.id;
    const openIncident = rows.find((row) => row.status === 'open')!.id;
    expect(listed.map((p: { incidentId: string }) => p.incidentId).sort()).toEqual(
      [closedIncident, openIncident].sort(),
    );
    const closedOne: string = listed.find((p: { incidentId: string }) => p.incidentId === closedIncident).id;
    const done = await crisis(['promises', 'done', closedOne], { cwd: dir });
    expect(done).toMatchObject({ status: 0, stdout: `Promise ${closedOne} recorded as honoured.\n` });
    const after = JSON.parse((await crisis(['promises', '--json'], { cwd: dir })).stdout);
    expect(after.map((p: { id: string }) => p.id)).not.toContain(closedOne);
    expect((await crisis(['promises', 'done', closedOne], { cwd: dir })).stdout).toMatch(
      /already recorded as honoured \(\p{L}+,\s\p{L}+\s\d{1,2},\s\d{2}:\d{2}\)\.\n$/u,
    );
  });

  it('names the promises there are when the id is wrong', async () => {
    const dir = await withIncidents();
    const run = await crisis(['promises', 'done', 'nope'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/No promise "nope"\. Promises: \d{8}-/);
  });
});
