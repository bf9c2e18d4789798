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

/** How every lock crisis writes begins (JSON.stringify of a Holder). */
const OUR_START = '{"pid":';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A lock that is no file to read: a link to nothing, a folder, or one the system will not let us read. */
interface Unreadable {
  /** Stands for the lock as it was seen, so a take-over acts only on that one. */
  text: string;
  key: 'journal.lockDangling' | 'journal.lockIsFolder' | 'journal.lockFolder' | 'journal.lockUnreadable';
  reason: string;
}
type Found = { text: string; holder?: Holder } | Unreadable;

/** No process has such an id: `kill(0)` and `kill(-1)` ask about a whole group, so 0 and -1 looked alive forever. */
const impossible = (pid: number) => !Number.isSafeInteger(pid) || pid <= 0 || pid > 0x7fffffff;

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

function readHolder(lock: string): Found | undefined {
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

const age = (path: string) => Date.now() - (lstatSync(path, { throwIfNoEntry: false })?.mtimeMs ?? 0);

/**
 * Acts on a lock judged abandoned only if it is still the one judged so, and only one process at
 * a time: a guard file is taken first, so two processes taking over never both win, and the lock
 * is replaced by a rename, so there is no moment without it.
 */
function whileStill(lock: string, seen: string, content: string, act: () => boolean | void): boolean {
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

function replace(lock: string, content: string): boolean {
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

/** Why the lock cannot be taken now, or undefined when it is abandoned (its process is gone). */
function refusal(file: string, lock: string, found: Found, takeOver: boolean): CliError | undefined {
  // A lock nobody can hold is stale, but only a person may say so: it may be another tool's doing.
  if ('key' in found) {
    if (found.key === 'journal.lockFolder') return new CliError(found.key, { lock, reason: found.reason });
    return takeOver ? undefined : new CliError(found.key, { lock, reason: found.reason });
  }
  const { holder } = found;
  if (holder && impossible(holder.pid))
    return takeOver ? undefined : new CliError('journal.lockImpossible', { lock, pid: String(holder.pid) });
  if (!holder) {
    if (age(lock) < YOUNG_MS) return new CliError('journal.locked', { file, pid: '?' });
    // Empty or cut short, it is the fallback's lock of a process killed while it wrote; text that
    // is no lock of ours is some other hand's, and only a person may say it is stale.
    const ours = OUR_START.startsWith(found.text) || found.text.startsWith(OUR_START);
    return takeOver || ours ? undefined : new CliError('journal.lockNotLock', { lock });
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
  if (found && 'holder' in found && found.holder && found.holder.host === hostname() && !alive(found.holder.pid))
    whileStill(lock, found.text, found.text, () => rmSync(lock, { force: true }));
}
