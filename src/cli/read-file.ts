import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CliError } from './errors.js';

/** Reads a file the user named; a failure becomes one line saying which file and why (exit 2). */
export function readUserFile(path: string, cwd: string): Buffer {
  try {
    return readFileSync(resolve(cwd, path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? 'error.noSuchPath' : 'error.unreadable', { path, reason: code ?? String(error) });
  }
}
