import {
  closeSync,
  linkSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';

// The lock file itself: created whole and atomically, read back, and replaced by a rename so it
// is never missing. Who may hold it, and when it counts as abandoned, is journal-lock.ts's to judge.

export interface Holder {
  pid: number;
  host: string;
  since: string;
}

/** A lock file still being written by the fallback (no hard links) is given this long before it counts as abandoned. */
export const YOUNG_MS = 10_000;

/** A lock that is no file to read: a link to nothing, a folder, or one the system will not let us read. */
interface Unreadable {
  /** Stands for the lock as it was seen, so a take-over acts only on that one. */
  text: string;
  key: 'journal.lockDangling' | 'journal.lockIsFolder' | 'journal.lockFolder' | 'journal.lockUnreadable';
  reason: string;
}
export type Found = { text: string; holder?: Holder } | Unreadable;

function unreadable(lock: string, error: unknown): Unreadable | undefined {
  const seen = lstatSync(lock, { throwIfNoEntry: false });
  const code = (error as NodeJS.ErrnoException).code ?? String(error);
  if (!seen) return undefined;
  const text = `\0${seen.ino}:${seen.mtimeMs}`;
  if (seen.isSymbolicLink() && code === 'ENOENT') return { text, key: 'journal.lockDangling', reason: code };
  if (!seen.isDirectory()) return { text, key: 'journal.lockUnreadable', reason: code };
  const empty = readdirSync(lock).length === 0;
  return { text, key: empty ? 'journal.lockIsFolder' : 'journal.lockFolder', reason: code };
}

export function readHolder(lock: string): Found | undefined {
  let text: string;
  try {
    text = readFileSync(lock, 'utf8');
  } catch (error) {
    return unreadable(lock, error);
  }
  try {
    const holder = JSON.parse(text) as Holder;
    return typeof holder?.pid === 'number' && typeof holder.host === 'string' ? { text, holder } : { text };
  } catch {
    return { text };
  }
}

/** Creates the lock with its content, or returns false when one is there. */
export function create(lock: string, content: string): boolean {
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

export const age = (path: string) => Date.now() - (lstatSync(path, { throwIfNoEntry: false })?.mtimeMs ?? 0);

/**
 * Acts on a lock judged abandoned only if it is still the one judged so, and only one process at
 * a time: a guard file is taken first, so two processes taking over never both win, and the lock
 * is replaced by a rename, so there is no moment without it.
 */
export function whileStill(lock: string, seen: string, content: string, act: () => boolean | void): boolean {
  const guard = `${lock}.takeover`;
  if (!create(guard, content)) {
    // A guard is held for microseconds; an old one was left by a killed process.
    if (age(guard) > YOUNG_MS) rmSync(guard, { force: true });
    return false;
  }
  try {
    if (readHolder(lock)?.text !== seen) return false;
    return act() !== false;
  } finally {
    rmSync(guard, { force: true });
  }
}

export function replace(lock: string, content: string): boolean {
  // An empty folder in the lock's place goes: a file cannot be renamed over it. The lock is then
  // created as any new one, so a process that took the free name meanwhile keeps it.
  if (lstatSync(lock, { throwIfNoEntry: false })?.isDirectory()) {
    rmdirSync(lock);
    return create(lock, content);
  }
  const staging = `${lock}.${process.pid}.tmp`;
  writeFileSync(staging, content);
  renameSync(staging, lock);
  return true;
}
