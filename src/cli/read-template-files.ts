import { dirname, relative, resolve, sep } from 'node:path';
import { staysInside } from '../lint/template-path.js';
import type { TemplateFile } from '../lint/rule-context.js';
import { readWithoutWaiting, realPath } from './read-file.js';

function inside(parent: string, child: string): boolean {
  return child === parent || child.startsWith(parent.endsWith(sep) ? parent : parent + sep);
}

/** Reads one template, refusing any path (or symbolic link) that leaves the playbook's folder. */
export function readTemplateFile(playbookFile: string, templatePath: string, cwd: string): TemplateFile {
  const folder = resolve(cwd, dirname(playbookFile));
  const absolute = resolve(folder, templatePath);
  const file = relative(cwd, absolute) || absolute;
  if (!staysInside(templatePath)) return { file, problem: 'outside' };
  try {
    if (!inside(realPath(folder), realPath(absolute))) return { file, problem: 'outside' };
    // A template is a file beside the plan: a pipe or a device is not one.
    const bytes = readWithoutWaiting(absolute, { pipes: false });
    if (!Buffer.isBuffer(bytes)) return { file, problem: 'notFile' };
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
