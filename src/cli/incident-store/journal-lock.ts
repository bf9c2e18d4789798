import {
  closeSync,
  linkSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { CliError } from '../errors.js';

// One process per incident. The lock is a file beside the journal, created atomically: written
// whole under a private name, then hard-linked into place, which fails if a lock is there. So no
// process ever reads a half-written lock, and two processes starting together never both win.

interface Holder {
  pid: number;
  host: string;
  since: string;
}

/** A lock file still being written by the fallback (no hard links) is given this long before it counts as abandoned. */
const YOUNG_MS = 10_000;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(lock: string): { text: string; holder?: Holder } | undefined {
  let text: string;
  try {
    text = readFileSync(lock, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const holder = JSON.parse(text) as Holder;
    return typeof holder?.pid === 'number' && typeof holder.host === 'string' ? { text, holder } : { text };
  } catch {
    return { text };
  }
}

/** Creates the lock with its content, or returns false when one is there. */
function create(lock: string, content: string): boolean {
  const staging = `${lock}.${process.pid}.tmp`;
  writeFileSync(staging, content);
  try {
    linkSync(staging, lock);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error;
    // A file system without hard links: exclusive creation, then the content.
    try {
      const fd = openSync(lock, 'wx');
      writeSync(fd, content);
      closeSync(fd);
      return true;
    } catch (inner) {
      if ((inner as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw inner;
    }
  } finally {
    rmSync(staging, { force: true });
  }
}

const age = (path: string) => Date.now() - (statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? 0);

/**
 * Acts on a lock judged abandoned only if it is still the one judged so, and only one process at
 * a time: a guard file is taken first, so two processes taking over never both win, and the lock
 * is replaced by a rename, so there is no moment without it.
 */
function whileStill(lock: string, seen: string, content: string, act: () => void): boolean {
  const guard = `${lock}.takeover`;
  if (!create(guard, content)) {
    // A guard is held for microseconds; an old one was left by a killed process.
    if (age(guard) > YOUNG_MS) rmSync(guard, { force: true });
    return false;
  }
  try {
    if (readHolder(lock)?.text !== seen) return false;
    act();
    return true;
  } finally {
    rmSync(guard, { force: true });
  }
}

function replace(lock: string, content: string): void {
  const staging = `${lock}.${process.pid}.tmp`;
  writeFileSync(staging, content);
  renameSync(staging, lock);
}

/** Why the lock cannot be taken now, or undefined when it is abandoned (its process is gone). */
function refusal(
  file: string,
  lock: string,
  found: { text: string; holder?: Holder },
  takeOver: boolean,
): CliError | undefined {
  const { holder } = found;
  if (!holder) {
    return age(lock) < YOUNG_MS ? new CliError('journal.locked', { file, pid: '?' }) : undefined;
  }
  if (holder.host !== hostname()) {
    // Another machine's process cannot be asked whether it lives: a person decides.
    return takeOver
      ? undefined
      : new CliError('journal.lockedElsewhere', {
          file,
          host: holder.host,
          pid: holder.pid,
          since: holder.since ?? '?',
        });
  }
  return alive(holder.pid) ? new CliError('journal.locked', { file, pid: holder.pid }) : undefined;
}

/**
 * Takes the lock of a journal and returns its release. A lock whose process died on this
 * host is taken over; one from another host only with `takeOver` (the --take-over flag).
 */
export function lockJournal(file: string, options: { takeOver?: boolean } = {}): () => void {
  const lock = `${file}.lock`;
  const content = JSON.stringify({
    pid: process.pid,
    host: hostname(),
    since: new Date().toISOString(),
  } satisfies Holder);
  // Only our own lock goes: one taken over from us with --take-over stays.
  const release = () => {
    if (readHolder(lock)?.text === content) rmSync(lock, { force: true });
  };
  for (let attempt = 0; attempt < 8; attempt += 1) {
    if (create(lock, content)) return release;
    const found = readHolder(lock);
    if (!found) continue;
    const refused = refusal(file, lock, found, options.takeOver === true);
    if (refused) throw refused;
    if (whileStill(lock, found.text, content, () => replace(lock, content))) return release;
  }
  throw new CliError('journal.locked', { file, pid: '?' });
}

/** Removes the lock of a closed incident left by a process that died on this host: nobody will resume it. */
export function clearAbandonedLock(file: string): void {
  const lock = `${file}.lock`;
  const found = readHolder(lock);
  if (found?.holder && found.holder.host === hostname() && !alive(found.holder.pid))
    whileStill(lock, found.text, found.text, () => rmSync(lock, { force: true }));
}
