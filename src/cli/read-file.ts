import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readFileSync,
  readSync,
  realpathSync,
  statSync,
  type Stats,
} from 'node:fs';
import { resolve } from 'node:path';
import { CliError } from './errors.js';

/**
 * Reads a file the user named. A missing one is said as such; any other refusal (a folder,
 * permissions) goes to handle-error.ts, which says it in one line: here it only gains its path,
 * which Node leaves out of some errors (EISDIR from read).
 */
export function readUserFile(path: string, cwd: string): Buffer {
  const full = resolve(cwd, path);
  try {
    return readNamed(full, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new CliError('error.noSuchPath', { path });
    if (error instanceof Error && !(error instanceof CliError))
      throw Object.assign(error, { path: (error as NodeJS.ErrnoException).path ?? full });
    throw error;
  }
}

/**
 * The bytes of a regular file, and with `pipes` of a pipe until its writer is done; otherwise what
 * was opened (a folder, a device), undefined bytes. Opened without waiting and judged by what was
 * opened, not by a stat before it: a named pipe nobody writes to made lint wait forever,
 * and a device such as /dev/zero never ends. A pipe with no writer reads as empty.
 */
export function readWithoutWaiting(path: string, { pipes }: { pipes: boolean }): Buffer | Stats {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = fstatSync(fd);
    if (stat.isFile()) return readFileSync(fd);
    return pipes && stat.isFIFO() ? drain(fd) : stat;
  } finally {
    closeSync(fd);
  }
}

/**
 * A playbook, script or template may come through a pipe (`crisis lint <(git show HEAD:crisis.yaml)`),
 * never from a device. A pipe nothing came through is said as such: it is no empty file.
 */
function readNamed(full: string, path: string): Buffer {
  const read = readWithoutWaiting(full, { pipes: true });
  if (Buffer.isBuffer(read)) {
    if (read.length === 0 && statSync(full).isFIFO()) throw new CliError('error.emptyPipe', { path });
    return read;
  }
  if (read.isDirectory())
    throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read`), {
      code: 'EISDIR',
      syscall: 'read',
    });
  throw new CliError('error.notAFile', { path });
}

/** Reads a pipe to its end: no writer (or the writer done) is the end; nothing yet means wait a little. */
function drain(fd: number): Buffer {
  const chunks: Buffer[] = [];
  const chunk = Buffer.alloc(64 * 1024);
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      const count = readSync(fd, chunk);
      if (count === 0) return Buffer.concat(chunks);
      chunks.push(Buffer.from(chunk.subarray(0, count)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(pause, 0, 0, 10);
    }
  }
}

/**
 * The system's realpath(3): one call, where Node's own realpathSync lstat()s every component of
 * every path. Lint resolves each plan's folder and each template, so on 1,000 plans the
 * JavaScript version was a tenth of the run. Errors carry the same codes (ENOENT, ELOOP).
 */
export const realPath = (path: string): string => realpathSync.native(path);
