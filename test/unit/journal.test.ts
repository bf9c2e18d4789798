import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JournalWriter, lockJournal, readJournal, withJournal } from '../../src/cli/journal.js';
import type { IncidentEvent } from '../../src/escalate/events.js';
import { tempDir } from '../helpers.js';

const note = (text: string): IncidentEvent => ({ type: 'note', at: '2026-11-22T21:10:00+01:00', text });

describe('the journal', () => {
  it('reads back every appended event, in order', () => {
    const file = join(tempDir(), 'i1.jsonl');
    const writer = new JournalWriter(file);
    ['uno', 'dos', 'tres «ñ»'].forEach((text) => writer.append(note(text)));
    writer.close();
    expect(readJournal(file)).toEqual({ events: ['uno', 'dos', 'tres «ñ»'].map(note), goodLength: readFileSync(file).length, truncated: false });
  });

  it('skips a partial last line left by a crash, and the next append starts clean', () => {
    const file = join(tempDir(), 'i1.jsonl');
    writeFileSync(file, `${JSON.stringify(note('uno'))}\n${JSON.stringify(note('dos')).slice(0, 15)}`);
    const read = readJournal(file);
    expect(read).toMatchObject({ events: [note('uno')], truncated: true });
    const writer = new JournalWriter(file, read.goodLength);
    writer.append(note('tres'));
    writer.close();
    expect(readJournal(file)).toMatchObject({ events: [note('uno'), note('tres')], truncated: false });
  });

  it('refuses a journal damaged before its last line, naming the line', () => {
    const file = join(tempDir(), 'i1.jsonl');
    writeFileSync(file, `${JSON.stringify(note('uno'))}\n{broken\n${JSON.stringify(note('tres'))}\n`);
    expect(() => readJournal(file)).toThrow(expect.objectContaining({ key: 'journal.corrupt', params: { file, line: 2 } }));
  });

  it('keeps a complete last line that lacks only its newline', () => {
    const file = join(tempDir(), 'i1.jsonl');
    writeFileSync(file, JSON.stringify(note('uno')));
    const writer = new JournalWriter(file, readJournal(file).goodLength);
    writer.append(note('dos'));
    writer.close();
    expect(readJournal(file).events).toEqual([note('uno'), note('dos')]);
  });
});

describe('the lock', () => {
  it('refuses a second live process and takes over from a dead one', () => {
    const file = join(tempDir(), 'i1.jsonl');
    writeFileSync(`${file}.lock`, JSON.stringify({ pid: process.ppid, host: hostname() }));
    expect(() => lockJournal(file)).toThrow(expect.objectContaining({ key: 'journal.locked' }));
    writeFileSync(`${file}.lock`, JSON.stringify({ pid: 2 ** 22 + 12345, host: hostname() }));
    const release = lockJournal(file);
    expect(JSON.parse(readFileSync(`${file}.lock`, 'utf8')).pid).toBe(process.pid);
    release();
    appendFileSync(file, '');
    expect(() => readFileSync(`${file}.lock`)).toThrow();
  });
});

describe('withJournal', () => {
  it('appends under the lock and releases it', async () => {
    const file = join(tempDir(), 'i1.jsonl');
    await withJournal(file, undefined, (writer) => {
      expect(existsSync(`${file}.lock`)).toBe(true);
      writer.append(note('uno'));
    });
    expect(readJournal(file).events).toEqual([note('uno')]);
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it('releases the lock when the journal cannot be opened', async () => {
    const file = join(tempDir(), 'a-folder.jsonl');
    mkdirSync(file);
    await expect(withJournal(file, undefined, () => undefined)).rejects.toThrow(/EISDIR/);
    expect(existsSync(`${file}.lock`)).toBe(false);
  });
});
