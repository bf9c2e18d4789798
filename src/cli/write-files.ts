import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fchmodSync,
  fstatSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Each step of an undo is tried: one that fails must not keep the others from running. */
function attempt(step: () => void): void {
  try {
    step();
  } catch {
    // Nothing more can be done: the error that started the undo is the one reported.
  }
}

function existing(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Writes a set of files into `dir`, every one or none: `init` must never leave half a plan that
 * a second run then refuses to overwrite. Each file is first written beside its target under a
 * temporary name (one folder, one disk, so the final rename is atomic); only when all are written
 * are they moved into place, replacing the old ones (`--force`). A failure at any point removes
 * what was written and the folders made for it, puts back what was replaced, and is rethrown for
 * handle-error.ts to say in one line.
 */
export function writeAllOrNone(dir: string, files: ReadonlyMap<string, string>): void {
  const suffix = `.crisis-${randomBytes(4).toString('hex')}.tmp`;
  const madeDirs: string[] = [];
  const staged: Array<{ temp: string; target: string }> = [];
  const replaced: Array<{ backup: string; target: string }> = [];
  const placed: string[] = [];
  try {
    for (const [path, content] of files) {
      const target = join(dir, path);
      const made = mkdirSync(dirname(target), { recursive: true });
      if (made !== undefined) madeDirs.push(made);
      // A folder where a file goes is refused before anything moves, as writing to it would be.
      if (existing(target)?.isDirectory())
        throw Object.assign(new Error(`EISDIR: ${target}`), { code: 'EISDIR', syscall: 'open', path: target });
      const temp = target + suffix;
      try {
        writeFileSync(temp, content, { flag: 'wx' });
      } catch (error) {
        // Said about the file the person asked for, not its temporary name.
        throw Object.assign(error as Error, { path: target });
      }
      staged.push({ temp, target });
    }
    for (const { temp, target } of staged) {
      if (existing(target)) {
        const backup = `${target}${suffix}.old`;
        renameSync(target, backup);
        replaced.push({ backup, target });
      }
      renameSync(temp, target);
      placed.push(target);
    }
  } catch (error) {
    for (const target of placed) attempt(() => rmSync(target, { force: true }));
    for (const { backup, target } of replaced) attempt(() => renameSync(backup, target));
    for (const { temp } of staged) attempt(() => rmSync(temp, { force: true }));
    // The first folder mkdir made holds the others: removing it removes all it made.
    for (const made of madeDirs.reverse()) attempt(() => rmSync(made, { recursive: true, force: true }));
    throw error;
  }
  for (const { backup } of replaced) attempt(() => rmSync(backup, { force: true }));
}

/** The temporary name a file is first written under: beside it, so the rename stays on one disk. */
export function stagingPath(target: string): string {
  return join(dirname(target), `.${basename(target)}.crisis-${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Writes `content` to `target` (a real path, see output-guard.ts) so that it holds either the old
 * bytes or the new ones, never half of either: written whole and flushed under a temporary name
 * beside it, with the old file's permissions, then renamed over it. A device or a pipe
 * (`--out /dev/stdout`) is written to as it is: renaming over it would replace it.
 */
export function replaceFile(target: string, content: string | Uint8Array, shown: string = target): void {
  const old = statSync(target, { throwIfNoEntry: false });
  if (old && !old.isFile()) {
    writeFileSync(target, content);
    return;
  }
  const temp = stagingPath(target);
  try {
    const fd = openSync(temp, 'wx', 0o666);
    try {
      if (old) fchmodSync(fd, old.mode & 0o7777);
      writeFileSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
  } catch (error) {
    attempt(() => rmSync(temp, { force: true }));
    // Said about the file the person asked for, not its temporary name.
    throw Object.assign(error as Error, { path: shown });
  }
}

export function readIfExists(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const failure = error as NodeJS.ErrnoException;
    if (failure.code === 'ENOENT') return undefined;
    // Reading a folder fails at read(), after open(): Node names no path then, and the message must.
    failure.path ??= file;
    throw failure;
  }
}

/** Whether the file's last byte ends a line (an empty file does). */
export function endsWithNewline(fd: number): boolean {
  const size = fstatSync(fd).size;
  if (size === 0) return true;
  const last = Buffer.alloc(1);
  return readSync(fd, last, 0, 1, size - 1) === 1 && last[0] === 0x0a;
}

/**
 * Appends whole lines in one write (O_APPEND: two writers never write over each other), flushed
 * first with `flush`. A line a kill left unended is closed first, so the new ones start on lines of
 * their own (the partial line is then one damaged line, said when read, rather than a lost one).
 */
export function appendLines(file: string, lines: string, { flush = false } = {}): void {
  if (lines === '') return;
  const fd = openSync(file, 'a+');
  try {
    writeSync(fd, (endsWithNewline(fd) ? '' : '\n') + lines);
    if (flush) fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
