import { closeSync, fstatSync, fsyncSync, ftruncateSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { parseJournal, type ParsedJournal } from '../../escalate/parse-journal.js';
import type { IncidentEvent } from '../../escalate/events.js';
import type { Translate } from '../../i18n/index.js';
import { CliError } from '../errors.js';
import { endsWithNewline } from '../write-files.js';
import { lockJournal } from './journal-lock.js';

export interface JournalRead extends Omit<ParsedJournal, 'goodChars'> {
  /** Bytes up to the end of the last complete line: what an append keeps. */
  goodLength: number;
}

/** Reads a journal: the events of its sound lines, and the first damaged line, if any. Never throws for its content. */
export function readJournal(file: string): JournalRead {
  const text = readFileSync(file, 'utf8');
  const { goodChars, ...parsed } = parseJournal(text);
  return {
    ...parsed,
    goodLength: goodChars === text.length ? Buffer.byteLength(text) : Buffer.byteLength(text.slice(0, goodChars)),
  };
}

/** Appends events and flushes each to disk before returning: what was confirmed survives a kill. */
export class JournalWriter {
  private constructor(
    readonly file: string,
    private readonly fd: number,
  ) {}

  /** A new journal, created exclusively: returns undefined when the file already exists. */
  static create(file: string): JournalWriter | undefined {
    try {
      return new JournalWriter(file, openSync(file, 'ax'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return undefined;
      throw error;
    }
  }

  /** An existing journal, cut to `keepBytes` first: a partial line a crash left goes, so the next event starts on a line of its own. */
  static open(file: string, keepBytes: number): JournalWriter {
    const fd = openSync(file, 'a+');
    try {
      if (fstatSync(fd).size > keepBytes) ftruncateSync(fd, keepBytes);
      if (!endsWithNewline(fd)) writeSync(fd, '\n');
    } catch (error) {
      closeSync(fd);
      throw error;
    }
    return new JournalWriter(file, fd);
  }

  append(event: IncidentEvent): void {
    writeSync(this.fd, `${JSON.stringify(event)}\n`);
    fsyncSync(this.fd);
  }

  close(): void {
    closeSync(this.fd);
  }
}

/** The error for an incident a command needs whose journal is damaged: file, line and what is wrong. */
export function damagedError(file: string, damage: NonNullable<JournalRead['damage']>, t: Translate): CliError {
  return new CliError('journal.damagedIncident', { file, line: damage.line, reason: t(damage.reason, damage.params) });
}

async function using<T>(writer: JournalWriter, release: () => void, use: () => T | Promise<T>): Promise<T> {
  try {
    return await use();
  } finally {
    writer.close();
    release();
  }
}

/**
 * Works on an existing journal under its lock. The journal is read again once locked, so what
 * another process appended meanwhile is kept; `use` gets that read and the writer.
 */
export async function withJournal<T>(
  file: string,
  use: (writer: JournalWriter, read: JournalRead) => T | Promise<T>,
  options: { t: Translate; takeOver?: boolean },
): Promise<T> {
  const release = lockJournal(file, options);
  let writer: JournalWriter;
  let read: JournalRead;
  try {
    read = readJournal(file);
    if (read.damage) throw damagedError(file, read.damage, options.t);
    writer = JournalWriter.open(file, read.goodLength);
  } catch (error) {
    release();
    throw error;
  }
  return using(writer, release, () => use(writer, read));
}

/**
 * Starts the journal of a new incident under its lock. The file is created exclusively, so two
 * runs that draw the same id (drills share a fixed clock) never write into one file: the second
 * draws again.
 */
export async function withNewJournal<T>(
  dir: string,
  nextId: () => string,
  use: (writer: JournalWriter, id: string) => T | Promise<T>,
): Promise<T> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const id = nextId();
    const file = join(dir, `${id}.jsonl`);
    const writer = JournalWriter.create(file);
    if (!writer) continue;
    let release: () => void;
    try {
      release = lockJournal(file);
    } catch (error) {
      writer.close();
      rmSync(file, { force: true });
      throw error;
    }
    return using(writer, release, () => use(writer, id));
  }
  throw new CliError('journal.noFreeId', { dir });
}
