import { relative } from 'node:path';

/** A path as the user should read it: relative to where they are, unless it lies outside. */
export function displayPath(path: string, cwd: string): string {
  const shown = relative(cwd, path);
  return shown === '' || shown.startsWith('..') ? path : shown;
}
