import { closeSync, existsSync, fsyncSync, ftruncateSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import type { IncidentEvent } from '../escalate/events.js';
import { CliError } from './errors.js';

export interface JournalRead {
  events: IncidentEvent[];
  /** Bytes up to the end of the last complete line: what a resume keeps. */
  goodLength: number;
  /** True when a crash left a partial last line, which is skipped. */
  truncated: boolean;
}

/** Reads a journal. A partial last line (a crash mid-write) is skipped; damage elsewhere is an error. */
export function readJournal(file: string): JournalRead {
  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n');
  const events: IncidentEvent[] = [];
  let goodLength = 0;
  let truncated = false;
  lines.forEach((line, index) => {
    if (line.trim() === '') {
      goodLength += line.length + (index < lines.length - 1 ? 1 : 0);
      return;
    }
    const isLast = lines.slice(index + 1).every((rest) => rest.trim() === '');
    try {
      events.push(JSON.parse(line) as IncidentEvent);
      goodLength += line.length + (index < lines.length - 1 ? 1 : 0);
    } catch {
      if (!isLast) throw new CliError('journal.corrupt', { file, line: index + 1 });
      truncated = true;
    }
  });
  // A complete last line with no newline is still whole: JSON.parse accepted it.
  return { events, goodLength: Buffer.byteLength(text.slice(0, goodLength)), truncated };
}

/** Appends events and flushes each to disk before returning: what was confirmed survives a kill. */
export class JournalWriter {
  private readonly fd: number;

  constructor(readonly file: string, keepBytes?: number) {
    this.fd = openSync(file, 'a');
    // Cut a partial line a crash left, so the next event starts on a line of its own.
    if (keepBytes !== undefined) ftruncateSync(this.fd, keepBytes);
    const bytes = readFileSync(file);
    if (bytes.length > 0 && bytes.at(-1) !== 0x0a) writeSync(this.fd, '\n');
  }

  append(event: IncidentEvent): void {
    writeSync(this.fd, `${JSON.stringify(event)}\n`);
    fsyncSync(this.fd);
  }

  close(): void {
    closeSync(this.fd);
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One process per incident. The lock names its holder; a lock whose process is gone (killed)
 * is stale and taken over, so a crash never blocks a resume.
 */
export function lockJournal(file: string): () => void {
  const lock = `${file}.lock`;
  if (existsSync(lock)) {
    try {
      const holder = JSON.parse(readFileSync(lock, 'utf8')) as { pid: number; host: string };
      if (holder.host === hostname() && holder.pid !== process.pid && alive(holder.pid)) {
        throw new CliError('journal.locked', { file, pid: holder.pid });
      }
    } catch (error) {
      if (error instanceof CliError) throw error;
    }
  }
  writeFileSync(lock, JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() }));
  return () => rmSync(lock, { force: true });
}

/**
 * Works on a journal under its lock: `use` gets the writer, and the writer and the lock are
 * released whatever happens, also when the writer cannot be opened.
 */
export async function withJournal<T>(file: string, keepBytes: number | undefined, use: (writer: JournalWriter) => T | Promise<T>): Promise<T> {
  const release = lockJournal(file);
  let writer: JournalWriter | undefined;
  try {
    writer = new JournalWriter(file, keepBytes);
    return await use(writer);
  } finally {
    writer?.close();
    release();
  }
}
