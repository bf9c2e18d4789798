import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/cli/context.js';
import { chooseToResume } from '../../src/cli/incident-store/journal-folder.js';
import { clearAbandonedLock, lockJournal } from '../../src/cli/incident-store/journal-lock.js';
import { JournalWriter, readJournal, withJournal, withNewJournal } from '../../src/cli/incident-store/journal-file.js';
import type { IncidentEvent } from '../../src/escalate/events.js';
import { translator } from '../../src/i18n/index.js';
import { growth } from '../count-operations.js';
import { tempDir } from '../helpers.js';

const t = translator('en');
const AT = '2026-11-22T21:10:00+01:00';
const note = (text: string): IncidentEvent => ({ type: 'note', at: AT, text });
const opened = (id = 'i1'): IncidentEvent => ({
  type: 'opened',
  at: AT,
  id,
  summary: 'Retrasos',
  channel: 'x',
  detected_at: AT,
});
const lines = (...events: unknown[]) =>
  events.map((event) => (typeof event === 'string' ? event : JSON.stringify(event))).join('\n') + '\n';
const DEAD_PID = 2 ** 22 + 12345;

function journalWith(text: string): string {
  const file = join(tempDir(), 'i1.jsonl');
  writeFileSync(file, text);
  return file;
}

describe('the journal', () => {
  it('reads back every appended event, in order', async () => {
    const dir = tempDir();
    const id = await withNewJournal(
      dir,
      () => 'i1',
      (writer, id) => {
        [opened(), note('uno'), note('tres «ñ»')].forEach((event) => writer.append(event));
        return id;
      },
    );
    const file = join(dir, `${id}.jsonl`);
    expect(readJournal(file)).toEqual({
      events: [opened(), note('uno'), note('tres «ñ»')],
      lines: [1, 2, 3],
      goodLength: readFileSync(file).length,
      truncated: false,
    });
  });

  it('skips a partial last line left by a crash, and the next append starts clean', async () => {
    const file = journalWith(`${JSON.stringify(opened())}\n${JSON.stringify(note('dos')).slice(0, 15)}`);
    expect(readJournal(file)).toMatchObject({ events: [opened()], truncated: true });
    await withJournal(file, (writer) => writer.append(note('tres')), { t });
    expect(readJournal(file)).toMatchObject({ events: [opened(), note('tres')], truncated: false });
  });

  it('keeps a complete last line that lacks only its newline', async () => {
    const file = journalWith(JSON.stringify(opened()));
    await withJournal(file, (writer) => writer.append(note('dos')), { t });
    expect(readJournal(file).events).toEqual([opened(), note('dos')]);
  });

  it('keeps what another process appended between reading and locking', async () => {
    const file = journalWith(lines(opened()));
    const before = readJournal(file);
    appendFileSync(file, lines(note('de otro proceso')));
    await withJournal(
      file,
      (writer, read) => {
        expect(read.events).toHaveLength(2);
        writer.append(note('mía'));
      },
      { t },
    );
    expect(readJournal(file).events).toEqual([...before.events, note('de otro proceso'), note('mía')]);
  });

  it('takes opening answers before `opened`', () => {
    const answer = { type: 'answer', at: AT, key: 'open.summary', value: 'Retrasos' };
    expect(readJournal(journalWith(lines(answer, opened(), note('uno'))))).toMatchObject({
      events: [answer, opened(), note('uno')],
      lines: [1, 2, 3],
    });
  });
});

describe('a damaged line is reported, never thrown, and keeps the lines before it', () => {
  const bad = (change: Record<string, unknown>) => ({ ...note('x'), ...change });
  it.each([
    ['bad JSON', '{broken', 'journal.damage.json', {}],
    ['null', 'null', 'journal.damage.notEvent', {}],
    ['an array', '[1,2]', 'journal.damage.notEvent', {}],
    ['a number', '42', 'journal.damage.notEvent', {}],
    ['an unknown type', bad({ type: 'nope' }), 'journal.damage.type', { type: '"nope"' }],
    ['no type', { at: AT, text: 'x' }, 'journal.damage.type', { type: 'null' }],
    ['a prototype name as type', bad({ type: 'constructor' }), 'journal.damage.type', { type: '"constructor"' }],
    ['a field of the wrong type', bad({ text: 5 }), 'journal.damage.field', { type: 'note', field: 'text' }],
    [
      'a missing field',
      { type: 'promise-done', at: AT },
      'journal.damage.field',
      { type: 'promise-done', field: 'promise' },
    ],
    [
      'a wrong enum value',
      { type: 'contact', at: AT, contact: 'ana', status: 'maybe' },
      'journal.damage.field',
      { type: 'contact', field: 'status' },
    ],
    ['a month 13', bad({ at: '2026-13-01T10:00:00Z' }), 'journal.damage.field', { type: 'note', field: 'at' }],
    ['31 February', bad({ at: '2026-02-31T10:00:00Z' }), 'journal.damage.field', { type: 'note', field: 'at' }],
    [
      'a time too far to be a date',
      bad({ at: '+275761-01-01T00:00:00Z' }),
      'journal.damage.field',
      { type: 'note', field: 'at' },
    ],
    [
      'a time without offset',
      bad({ at: '2026-11-22T21:10:00' }),
      'journal.damage.field',
      { type: 'note', field: 'at' },
    ],
    ['a time as a number', bad({ at: 1764000000000 }), 'journal.damage.field', { type: 'note', field: 'at' }],
    ['a second opened', opened('i2'), 'journal.damage.secondOpened', { id: 'i2' }],
  ])('%s', (_name, line, reason, params) => {
    const file = journalWith(lines(opened(), note('uno'), line as object, note('tres')));
    const read = readJournal(file);
    expect(read.damage).toEqual({ line: 3, reason, params });
    expect(read.events).toEqual([opened(), note('uno')]);
    // The message reads as a sentence in both languages.
    expect(t(read.damage!.reason, read.damage!.params)).not.toMatch(/[{}]/);
    // A long journal is checked with zod's compiled schema: the same line, said the same way.
    const before = Array.from({ length: 12000 }, (_, index) => note(`nota ${index} del registro largo`));
    const long = readJournal(journalWith(lines(opened(), ...before, line as object, note('tres'))));
    expect(long.damage).toEqual({ line: 12002, reason, params });
    expect(long.events).toHaveLength(12001);
  });

  it('an event before `opened` other than an answer', () => {
    expect(readJournal(journalWith(lines(note('uno'), opened()))).damage).toEqual({
      line: 1,
      reason: 'journal.damage.beforeOpened',
      params: { type: 'note' },
    });
  });

  it("a last line that is whole JSON but no event is damage, not a crash's partial line", () => {
    expect(readJournal(journalWith(lines(opened(), 'null')))).toMatchObject({ truncated: false, damage: { line: 2 } });
  });

  it('refuses to append to a damaged journal, naming file and line', async () => {
    const file = journalWith(lines(opened(), 'null', note('tres')));
    await expect(withJournal(file, () => undefined, { t })).rejects.toMatchObject({
      key: 'journal.damagedIncident',
      params: { file, line: 2, reason: 'not an event (a JSON object with a type)' },
    });
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it('reads a journal in one pass (the old reader copied the rest of the file per line)', () => {
    const journal = (size: number) =>
      journalWith(lines(opened(), ...Array.from({ length: size }, (_, index) => note(`n${index}`))));
    expect(readJournal(journal(40_000)).events).toHaveLength(40_001);
    const files = new Map([500, 1000, 4000].map((size) => [size, journal(size)]));
    expect(growth((size) => void readJournal(files.get(size)!), 500)).toBeLessThan(8.5);
  });
});

describe('a new journal', () => {
  it('is created exclusively: a drawn id whose file exists is drawn again', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'same.jsonl'), lines(opened('same')));
    const ids = ['same', 'same', 'other'];
    const id = await withNewJournal(
      dir,
      () => ids.shift()!,
      (writer, id) => {
        writer.append(opened(id));
        return id;
      },
    );
    expect(id).toBe('other');
    expect(readJournal(join(dir, 'same.jsonl')).events).toEqual([opened('same')]);
    expect(readJournal(join(dir, 'other.jsonl')).events).toEqual([opened('other')]);
    expect(readdirSync(dir).sort()).toEqual(['other.jsonl', 'same.jsonl']);
  });

  it('gives up with a message when no id is free', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'same.jsonl'), '');
    await expect(
      withNewJournal(
        dir,
        () => 'same',
        () => undefined,
      ),
    ).rejects.toMatchObject({ key: 'journal.noFreeId' });
  });

  it('refuses to create a file that exists, at the lowest level too', () => {
    const file = journalWith(lines(opened()));
    expect(JournalWriter.create(file)).toBeUndefined();
  });
});

describe('the lock', () => {
  const plant = (file: string, holder: object | string) =>
    writeFileSync(`${file}.lock`, typeof holder === 'string' ? holder : JSON.stringify(holder));
  const holderOf = (file: string) => JSON.parse(readFileSync(`${file}.lock`, 'utf8'));

  it('refuses a second live process and takes over from a dead one', () => {
    const file = journalWith('');
    plant(file, { pid: process.ppid, host: hostname() });
    expect(() => lockJournal(file)).toThrow(expect.objectContaining({ key: 'journal.locked' }));
    plant(file, { pid: DEAD_PID, host: hostname() });
    const release = lockJournal(file);
    expect(holderOf(file).pid).toBe(process.pid);
    release();
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it('refuses a lock from another host, naming it, unless told to take over', () => {
    const file = journalWith('');
    plant(file, { pid: 4242, host: 'caja-de-la-tienda', since: '2026-11-22T20:10:00.000Z' });
    expect(() => lockJournal(file)).toThrow(
      expect.objectContaining({
        key: 'journal.lockedElsewhere',
        params: { file, host: 'caja-de-la-tienda', pid: 4242, since: '2026-11-22T20:10:00.000Z' },
      }),
    );
    const release = lockJournal(file, { takeOver: true });
    expect(holderOf(file)).toMatchObject({ pid: process.pid, host: hostname() });
    release();
  });

  it('waits for a lock still being written, and takes over one long abandoned half-written', () => {
    const file = journalWith('');
    plant(file, '');
    expect(() => lockJournal(file)).toThrow(expect.objectContaining({ key: 'journal.locked' }));
    const old = new Date(Date.now() - 60_000);
    plant(file, '{"pid":');
    utimesSync(`${file}.lock`, old, old);
    lockJournal(file)();
  });

  it('a release never removes a lock someone else took over', () => {
    const file = journalWith('');
    const release = lockJournal(file);
    plant(file, { pid: 4242, host: 'another' });
    release();
    expect(holderOf(file).host).toBe('another');
  });

  it("a closed incident's lock left by a dead process is cleared; a live or foreign one is not", () => {
    const file = journalWith('');
    for (const [holder, kept] of [
      [{ pid: DEAD_PID, host: hostname() }, false],
      [{ pid: process.ppid, host: hostname() }, true],
      [{ pid: DEAD_PID, host: 'another' }, true],
    ] as const) {
      plant(file, holder);
      clearAbandonedLock(file);
      expect(existsSync(`${file}.lock`)).toBe(kept);
    }
  });
});

describe('withJournal', () => {
  it('appends under the lock and releases it', async () => {
    const file = journalWith(lines(opened()));
    await withJournal(
      file,
      (writer) => {
        expect(existsSync(`${file}.lock`)).toBe(true);
        writer.append(note('uno'));
      },
      { t },
    );
    expect(readJournal(file).events).toEqual([opened(), note('uno')]);
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it('releases the lock when the journal cannot be opened', async () => {
    const file = join(tempDir(), 'a-folder.jsonl');
    mkdirSync(file);
    await expect(withJournal(file, () => undefined, { t })).rejects.toThrow(/EISDIR/);
    expect(existsSync(`${file}.lock`)).toBe(false);
  });
});

describe('which incident --resume continues', () => {
  const ctxIn = (dir: string) =>
    createContext([], '0.0.0', {
      cwd: dir,
      env: { NO_COLOR: '1' },
      streams: { stdout: new PassThrough(), stderr: new PassThrough() },
      interactive: false,
    });
  const at = (time: string) => ({ ...opened(), at: time });
  function folder(): string {
    const dir = tempDir();
    writeFileSync(join(dir, '20991231-2359-ffff.jsonl'), lines({ ...at('2026-11-22T10:00:00+05:00'), id: 'high' }));
    writeFileSync(join(dir, '20000101-0000-0000.jsonl'), lines({ ...at('2026-11-22T06:00:00Z'), id: 'low' }));
    writeFileSync(
      join(dir, '20000101-0000-0001.jsonl'),
      lines(
        { ...at('2026-11-23T06:00:00Z'), id: 'closed' },
        { type: 'closed', at: '2026-11-23T07:00:00Z', resolution: 'ok' },
      ),
    );
    writeFileSync(join(dir, '20000101-0000-0002.jsonl'), lines(opened('damaged'), 'null'));
    return dir;
  }

  it('without an id, the open one opened last by its journal, times compared with their offsets', () => {
    const dir = folder();
    expect(chooseToResume(dir, true, ctxIn(dir)).id).toBe('20000101-0000-0000');
    // Opening answers alone count, timed by the first one.
    writeFileSync(
      join(dir, '20000101-0000-0003.jsonl'),
      lines({ type: 'answer', at: '2026-11-22T07:00:00Z', key: 'open.summary', value: 'x' }),
    );
    expect(chooseToResume(dir, true, ctxIn(dir)).id).toBe('20000101-0000-0003');
  });

  it.each([
    ['an unknown id', 'nope', 'escalate.unknownIncident'],
    ['a closed incident', '20000101-0000-0001', 'escalate.alreadyClosed'],
    ['a damaged journal', '20000101-0000-0002', 'journal.damagedIncident'],
  ])('refuses %s with a message', (_name, id, key) => {
    const dir = folder();
    expect(() => chooseToResume(dir, id, ctxIn(dir))).toThrow(expect.objectContaining({ key }));
  });
});
