import { readFileSync, realpathSync } from 'node:fs';
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
    return readFileSync(full);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new CliError('error.noSuchPath', { path });
    if (error instanceof Error) throw Object.assign(error, { path: (error as NodeJS.ErrnoException).path ?? full });
    throw error;
  }
}

/**
 * The system's realpath(3): one call, where Node's own realpathSync lstat()s every component of
 * every path. Lint resolves each plan's folder and each template, so on 1,000 plans the
 * JavaScript version was a tenth of the run (issue 11). Errors carry the same codes (ENOENT, ELOOP).
 */
export const realPath = (path: string): string => realpathSync.native(path);
