// Journals read and written through main() in-process; test/e2e/journals.test.ts keeps the race of real processes.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, example } from '../helpers.js';
import { crisis } from './run-cli.js';

const SCRIPT = join(root, 'test/fixtures/scripts/crisis-miravista.yaml');
const REAL = readFileSync(join(root, 'test/fixtures/journals/closed.jsonl'), 'utf8');
const AT = '2026-11-22T20:30:00.000Z';

/** A copy of the Spanish test plan with an empty incidents/ folder. */
const withIncidents = () => example('es-optica-miravista', { incidents: true });
const journals = (dir: string) => readdirSync(join(dir, 'incidents')).filter((name) => name.endsWith('.jsonl'));
const events = (dir: string, name: string) =>
  readFileSync(join(dir, 'incidents', name), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
/** The real incident of the fixture under another id, with `line` put in as its line 5. */
function realIncident(dir: string, id: string, line?: string): void {
  const lines = REAL.replaceAll('20261122-2010-abcd', id).trim().split('\n');
  if (line !== undefined) lines.splice(4, 0, line);
  writeFileSync(join(dir, 'incidents', `${id}.jsonl`), `${lines.join('\n')}\n`);
}

describe('a damaged journal concerns its own incident alone', () => {
  const DAMAGES = [
    ['bad JSON', '{"type":"note","at":', 'not JSON'],
    ['null', 'null', 'not an event'],
    [
      'a second opened',
      `{"type":"opened","at":"${AT}","id":"otro","summary":"x","channel":"x","detected_at":"${AT}"}`,
      'a second incident (otro)',
    ],
    ['a wrong type', `{"type":"note","at":"${AT}","text":5}`, 'a "note" event whose field "text"'],
    ['a bad time', '{"type":"note","at":"2026-13-45T25:00:00Z","text":"x"}', 'a "note" event whose field "at"'],
    [
      'a time too large to be a date',
      '{"type":"note","at":"+275760-09-13T00:00:00.000Z","text":"x"}',
      'a "note" event whose field "at"',
    ],
  ] as const;
  const idOf = (index: number) => `20261122-2010-bad${index}`;

  function folder(): string {
    const dir = withIncidents();
    realIncident(dir, '20261122-2010-good');
    DAMAGES.forEach(([, line], index) => realIncident(dir, idOf(index), line));
    return dir;
  }

  it('incidents, promises and report of the others work, each damage named by file and line', async () => {
    const dir = folder();
    for (const args of [
      ['incidents', '--json'],
      ['promises', '--json'],
      ['report', '--format', 'json'],
    ]) {
      const run = await crisis(args, { cwd: dir });
      expect(run.status, args.join(' ')).toBe(0);
      DAMAGES.forEach(([, , reason], index) =>
        expect(run.stderr).toContain(`incidents/${idOf(index)}.jsonl is damaged at line 5: ${reason}`),
      );
      expect(run.stderr).not.toMatch(/bug|at .+\.js:\d+/);
    }
    expect(
      JSON.parse((await crisis(['incidents', '--json'], { cwd: dir })).stdout).map((row: { id: string }) => row.id),
    ).toEqual(['20261122-2010-good']);
  });

  it('a report named by its id reads its own journal alone: the others, damaged or not, are not read', async () => {
    const dir = folder();
    const named = await crisis(['report', '20261122-2010-good', '--format', 'json'], { cwd: dir });
    const latest = await crisis(['report', '--format', 'json'], { cwd: dir });
    expect(named.status).toBe(0);
    expect(named.stderr).not.toContain('damaged');
    expect(latest.stderr).toContain('damaged');
    const { generatedAt: _a, ...byId } = JSON.parse(named.stdout);
    const { generatedAt: _b, ...byLatest } = JSON.parse(latest.stdout);
    expect(byId).toEqual(byLatest);
  });

  it('the commands that need a damaged incident say why, with exit 2', async () => {
    const dir = folder();
    const runs = [
      ...DAMAGES.map((_, index) => [index, ['report', idOf(index)]] as const),
      [2, ['escalate', '--script', SCRIPT, '--resume', idOf(2)]] as const,
      [3, ['promises', 'done', `${idOf(3)}-2`]] as const,
    ];
    for (const [index, args] of runs) {
      const run = await crisis([...args], { cwd: dir });
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toContain(
        `✖ The journal incidents/${idOf(index)}.jsonl is damaged at line 5: ${DAMAGES[index]![2]}`,
      );
    }
  });
});

describe('drills', () => {
  const broken = async (dir: string) => {
    writeFileSync(
      join(dir, 'drill.yaml'),
      readFileSync(SCRIPT, 'utf8').replace(', solucion: entregaremos esta semana', ''),
    );
    return await crisis(['escalate', '--script', 'drill.yaml'], { cwd: dir });
  };

  it('a script run that stops is a drill, listed apart, that says how to continue or discard it', async () => {
    const dir = withIncidents();
    realIncident(dir, '20261122-2010-real');
    const run = await broken(dir);
    expect(run.status).toBe(1);
    const [id] = journals(dir)
      .filter((name) => !name.includes('real'))
      .map((name) => name.replace('.jsonl', ''));
    expect(run.stderr).toContain(
      `crisis escalate --script drill.yaml --resume ${id} (or remove it with crisis incidents discard ${id})`,
    );
    const listed = (await crisis(['incidents'], { cwd: dir })).stdout.split('\n');
    expect(listed[0]).toMatch(/^closed {2}20261122-2010-real /);
    expect(listed.slice(1, 4)).toEqual([
      '',
      expect.stringMatching(/^Drills /),
      expect.stringMatching(new RegExp(`^OPEN +${id} `)),
    ]);
    expect(
      JSON.parse((await crisis(['incidents', '--json'], { cwd: dir })).stdout).map(
        (row: { drill: boolean }) => row.drill,
      ),
    ).toEqual([true, false]);
  });

  it('--resume with --script continues the drill from the script, as if it had run whole', async () => {
    const dir = withIncidents();
    await broken(dir);
    const [name] = journals(dir);
    const run = await crisis(['escalate', '--script', SCRIPT, '--resume'], { cwd: dir });
    expect(run.status).toBe(0);
    // The drill stopped before its first public message: the resumed part prints the cadence it sets.
    expect(run.stdout).toContain('\n⏱ Next public update by 21:55 (20 min left)\n');
    expect(run.stdout.replace(/\s+/g, ' ')).toMatch(
      new RegExp(` Incident ${name!.replace('.jsonl', '')} is closed\\. Its journal is incidents/${name}\\. `),
    );
    expect((await crisis(['escalate', '--script', SCRIPT], { cwd: dir })).status).toBe(0);
    const [resumed, whole] = [name!, journals(dir).find((other) => other !== name)!].map((file) =>
      JSON.stringify(events(dir, file)).replaceAll(file.replace('.jsonl', ''), 'ID'),
    );
    expect(resumed).toBe(whole);
  });

  it('--as is journaled as the walkthrough does: on duty from the start, and whoever continues the drill', async () => {
    const dir = withIncidents();
    writeFileSync(
      join(dir, 'drill.yaml'),
      readFileSync(SCRIPT, 'utf8').replace(', solucion: entregaremos esta semana', ''),
    );
    expect((await crisis(['escalate', '--script', 'drill.yaml', '--as', 'sofia'], { cwd: dir })).status).toBe(1);
    const [name] = journals(dir);
    const duty = () =>
      events(dir, name!).flatMap((event, index) => (event.type === 'on-duty' ? [[index, event.contact]] : []));
    const opened = events(dir, name!).findIndex((event) => event.type === 'opened');
    expect(duty()).toEqual([[opened + 1, 'sofia']]); // right after `opened`
    // Someone else continues it: recorded, and the script still matches the journal.
    expect((await crisis(['escalate', '--script', SCRIPT, '--resume', '--as', 'lucia'], { cwd: dir })).status).toBe(0);
    expect(duty().map(([, contact]) => contact)).toEqual(['sofia', 'lucia']);
    const report = await crisis(['report', '--format', 'md'], { cwd: dir });
    expect(report.stdout).toMatch(/De guardia.*Lucía/); // the report is written in the plan's language
    // A drill run without --as continues without one, and with the same person, no second record.
    const again = withIncidents();
    writeFileSync(join(again, 'drill.yaml'), readFileSync(join(dir, 'drill.yaml'), 'utf8'));
    await crisis(['escalate', '--script', 'drill.yaml', '--as', 'sofia'], { cwd: again });
    expect((await crisis(['escalate', '--script', SCRIPT, '--resume', '--as', 'sofia'], { cwd: again })).status).toBe(
      0,
    );
    const [other] = journals(again);
    expect(events(again, other!).filter((event) => event.type === 'on-duty')).toHaveLength(1);
  });

  it('--resume with --script refuses a script changed before where the drill stopped, and a real incident', async () => {
    const dir = withIncidents();
    await broken(dir);
    const [id] = journals(dir).map((name) => name.replace('.jsonl', ''));
    writeFileSync(
      join(dir, 'changed.yaml'),
      readFileSync(SCRIPT, 'utf8').replace('reunir: { status: done, at: +10m }', 'reunir: { status: done, at: +11m }'),
    );
    const changed = await crisis(['escalate', '--script', 'changed.yaml', '--resume', id!], { cwd: dir });
    expect(changed.status).toBe(2);
    expect(changed.stderr).toMatch(
      new RegExp(`no longer matches drill ${id}: its journal incidents/${id}\\.jsonl differs at line \\d+`),
    );
    realIncident(dir, '20261122-2010-real');
    writeFileSync(
      join(dir, 'incidents/20261122-2010-real.jsonl'),
      REAL.replaceAll('20261122-2010-abcd', '20261122-2010-real').replace(/\{"type":"closed".*\n/, ''),
    );
    const real = await crisis(['escalate', '--script', SCRIPT, '--resume', '20261122-2010-real'], { cwd: dir });
    expect(real).toMatchObject({ status: 2, stderr: expect.stringContaining('is a real incident, not a drill') });
  });

  it('discard removes a drill, and a real incident only once confirmed', async () => {
    const dir = withIncidents();
    await broken(dir);
    realIncident(dir, '20261122-2010-real');
    const [drill] = journals(dir)
      .filter((name) => !name.includes('real'))
      .map((name) => name.replace('.jsonl', ''));
    expect(await crisis(['incidents', 'discard', drill!], { cwd: dir })).toMatchObject({
      status: 0,
      stdout: `Removed ${drill} (incidents/${drill}.jsonl).\n`,
    });
    const refused = await crisis(['incidents', 'discard', '20261122-2010-real'], { cwd: dir });
    expect(refused).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('is a real incident, not a drill, so it is kept'),
    });
    expect(journals(dir)).toEqual(['20261122-2010-real.jsonl']);
    expect((await crisis(['incidents', 'discard', '20261122-2010-real', '--yes'], { cwd: dir })).status).toBe(0);
    expect(journals(dir)).toEqual([]);
    expect(await crisis(['incidents', 'discard', 'nope'], { cwd: dir })).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('No incident nope in'),
    });
  });
});

describe('report without an id', () => {
  it('takes the incident opened last by its journal, not the highest id, comparing times with their offsets', async () => {
    const dir = withIncidents();
    realIncident(dir, '20991231-2359-ffff');
    realIncident(dir, '20000101-0000-0000');
    // The higher id was opened at 10:00+05:00 (05:00Z); the lower one at 06:00Z, an hour later.
    const retime = (id: string, at: string) => {
      const file = join(dir, 'incidents', `${id}.jsonl`);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^(\{"type":"opened","at":")[^"]+/, `$1${at}`));
    };
    retime('20991231-2359-ffff', '2026-11-22T10:00:00+05:00');
    retime('20000101-0000-0000', '2026-11-22T06:00:00Z');
    expect(JSON.parse((await crisis(['report', '--format', 'json'], { cwd: dir })).stdout).incident.id).toBe(
      '20000101-0000-0000',
    );
  });
});

describe('the lock', () => {
  it('of a closed incident left by a killed process is cleaned up; one from another host names it, and --take-over takes it', async () => {
    const dir = withIncidents();
    realIncident(dir, '20261122-2010-real');
    const lock = join(dir, 'incidents/20261122-2010-real.jsonl.lock');
    writeFileSync(lock, JSON.stringify({ pid: 2 ** 22 + 12345, host: hostname(), since: AT }));
    expect((await crisis(['incidents'], { cwd: dir })).status).toBe(0);
    expect(existsSync(lock)).toBe(false);
    writeFileSync(lock, JSON.stringify({ pid: 321, host: 'caja-de-la-tienda', since: AT }));
    const refused = await crisis(['promises', 'done', '20261122-2010-real-1'], { cwd: dir });
    expect(refused).toMatchObject({
      status: 2,
      stderr: expect.stringContaining(`A crisis process on caja-de-la-tienda (pid 321, since ${AT}) holds the lock`),
    });
    expect(refused.stderr).toContain('--take-over');
    expect(await crisis(['promises', 'done', '20261122-2010-real-1', '--take-over'], { cwd: dir })).toMatchObject({
      status: 0,
      stdout: 'Promise 20261122-2010-real-1 recorded as honoured.\n',
    });
    expect(existsSync(lock)).toBe(false);
  });
});
