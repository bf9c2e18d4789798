import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockJournal } from '../../src/cli/incident-store/journal-lock.js';
import { tempDir } from '../helpers.js';

// A lock no process can hold used to hold forever: kill(0) and kill(-1) ask about a whole process
// group, so pid 0 and -1 looked alive, and a lock that could not be read was retried and refused.
// Each is now named, and taken over with --take-over.
const holder = (pid: unknown, host = hostname()) => JSON.stringify({ pid, host, since: '2026-11-22T20:10:00.000Z' });

/** A minute old: past the time a lock still being written is given. */
const aged = (path: string) => utimesSync(path, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));

const CASES: Array<[string, (lock: string) => void, string]> = [
  ['pid 0', (lock) => writeFileSync(lock, holder(0)), 'journal.lockImpossible'],
  ['pid -1', (lock) => writeFileSync(lock, holder(-1)), 'journal.lockImpossible'],
  ['pid 0 on another host', (lock) => writeFileSync(lock, holder(0, 'caja')), 'journal.lockImpossible'],
  ['pid 1.5', (lock) => writeFileSync(lock, holder(1.5)), 'journal.lockImpossible'],
  ['a link to nothing', (lock) => symlinkSync(`${lock}.gone`, lock), 'journal.lockDangling'],
  ['an empty folder', (lock) => mkdirSync(lock), 'journal.lockIsFolder'],
  // Past the ten seconds a lock being written is given: still no lock anybody may take unasked.
  ['text that is no lock, a minute old', (lock) => (writeFileSync(lock, 'hello'), aged(lock)), 'journal.lockNotLock'],
];

describe('a lock nobody can hold', () => {
  it.each(CASES)('%s: named without --take-over, taken over with it', (_, plant, key) => {
    const file = join(tempDir(), 'i1.jsonl');
    writeFileSync(file, '');
    const lock = `${file}.lock`;
    plant(lock);
    expect(() => lockJournal(file)).toThrow(
      expect.objectContaining({ key, params: expect.objectContaining({ lock }) }),
    );
    const release = lockJournal(file, { takeOver: true });
    expect(lstatSync(lock).isFile()).toBe(true);
    expect(JSON.parse(readFileSync(lock, 'utf8'))).toMatchObject({ pid: process.pid, host: hostname() });
    release();
    expect(existsSync(lock)).toBe(false);
  });

  it('a folder with files in it is never removed: it is named, with or without --take-over', () => {
    const file = join(tempDir(), 'i1.jsonl');
    const lock = `${file}.lock`;
    mkdirSync(lock);
    writeFileSync(join(lock, 'keep.txt'), 'mine');
    for (const takeOver of [false, true])
      expect(() => lockJournal(file, { takeOver })).toThrow(expect.objectContaining({ key: 'journal.lockFolder' }));
    expect(readdirSync(lock)).toEqual(['keep.txt']);
  });

  it('an empty file a minute old is taken over unasked: a process killed before it wrote its lock', () => {
    const file = join(tempDir(), 'i1.jsonl');
    writeFileSync(`${file}.lock`, '');
    aged(`${file}.lock`);
    lockJournal(file)();
    expect(existsSync(`${file}.lock`)).toBe(false);
  });
});
