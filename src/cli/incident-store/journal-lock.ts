import { rmSync } from 'node:fs';
import { hostname } from 'node:os';
import { CliError } from '../errors.js';
import { age, create, readHolder, replace, whileStill, YOUNG_MS, type Found, type Holder } from './lock-file.js';

// One process per incident. The lock is a file beside the journal, created atomically: written
// whole under a private name, then hard-linked into place, which fails if a lock is there. So no
// process ever reads a half-written lock, and two processes starting together never both win.

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

/** No process has such an id: `kill(0)` and `kill(-1)` ask about a whole group, so 0 and -1 looked alive forever. */
const impossible = (pid: number) => !Number.isSafeInteger(pid) || pid <= 0 || pid > 0x7fffffff;

/** Why the lock cannot be taken now, or undefined when it is abandoned (its process is gone). */
function refusal(file: string, lock: string, found: Found, takeOver: boolean): CliError | undefined {
  const unlessTakenOver = (error: CliError) => (takeOver ? undefined : error);
  // A lock nobody can hold is stale, but only a person may say so: it may be another tool's doing.
  if ('key' in found) {
    const error = new CliError(found.key, { lock, reason: found.reason });
    return found.key === 'journal.lockFolder' ? error : unlessTakenOver(error);
  }
  const { holder } = found;
  if (holder && impossible(holder.pid))
    return unlessTakenOver(new CliError('journal.lockImpossible', { lock, pid: String(holder.pid) }));
  if (!holder) {
    if (age(lock) < YOUNG_MS) return new CliError('journal.locked', { file, pid: '?' });
    // Empty or cut short, it is the fallback's lock of a process killed while it wrote; text that
    // is no lock of ours is some other hand's, and only a person may say it is stale.
    const ours = OUR_START.startsWith(found.text) || found.text.startsWith(OUR_START);
    return takeOver || ours ? undefined : new CliError('journal.lockNotLock', { lock });
  }
  if (holder.host !== hostname()) {
    // Another machine's process cannot be asked whether it lives: a person decides.
    const { host, pid } = holder;
    return unlessTakenOver(new CliError('journal.lockedElsewhere', { file, host, pid, since: holder.since ?? '?' }));
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
