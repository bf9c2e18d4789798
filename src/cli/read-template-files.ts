import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { staysInside } from '../lint/template-path.js';
import type { TemplateFile } from '../lint/rule-context.js';
import { realPath } from './read-file.js';

function inside(parent: string, child: string): boolean {
  return child === parent || child.startsWith(parent.endsWith(sep) ? parent : parent + sep);
}

/**
 * The bytes of a regular file, or undefined for anything else. A FIFO with no writer made lint
 * wait forever, and a device such as /dev/zero never ends (issue 9): O_NONBLOCK makes opening a
 * FIFO return at once, and the file is judged by what was opened, not by a stat before it.
 */
function readRegularFile(path: string): Buffer | undefined {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    return fstatSync(fd).isFile() ? readFileSync(fd) : undefined;
  } finally {
    closeSync(fd);
  }
}

/** Reads one template, refusing any path (or symbolic link) that leaves the playbook's folder. */
export function readTemplateFile(playbookFile: string, templatePath: string, cwd: string): TemplateFile {
  const folder = resolve(cwd, dirname(playbookFile));
  const absolute = resolve(folder, templatePath);
  const file = relative(cwd, absolute) || absolute;
  if (!staysInside(templatePath)) return { file, problem: 'outside' };
  try {
    if (!inside(realPath(folder), realPath(absolute))) return { file, problem: 'outside' };
    const bytes = readRegularFile(absolute);
    if (bytes === undefined) return { file, problem: 'notFile' };
    if (bytes.includes(0)) return { file, problem: 'binary' };
    try {
      return { file, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    } catch {
      return { file, problem: 'binary' };
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') return { file, problem: 'notFile' };
    return { file, problem: code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'unreadable' };
  }
}

export function readTemplateFiles(
  playbookFile: string,
  templatePaths: string[],
  cwd: string,
): Map<string, TemplateFile> {
  return new Map(templatePaths.map((path) => [path, readTemplateFile(playbookFile, path, cwd)]));
}
