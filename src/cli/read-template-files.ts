import { lstatSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { staysInside } from '../lint/template-path.js';
import type { TemplateFile } from '../lint/rule-context.js';
import { decodeText } from '../source/parse-yaml.js';
import { inside } from './output-guard.js';
import { readWithoutWaiting, realPath } from './read-file.js';

/**
 * Whether no part of `absolute` below `folder` is a symbolic link: the file is then inside, as
 * written, and two lstat calls say so where resolving both real paths read every part of each.
 */
function noLinkBelow(folder: string, absolute: string): boolean {
  let at = folder;
  for (const part of relative(folder, absolute).split(sep)) {
    at = join(at, part);
    if (lstatSync(at).isSymbolicLink()) return false;
  }
  return true;
}

/**
 * Reads one template, refusing any path (or symbolic link) that leaves the playbook's folder.
 * `folderReal`: the folder's real path, resolved once per plan, and only when a link asks for it.
 */
function readTemplateFile(folder: string, templatePath: string, cwd: string, folderReal: () => string): TemplateFile {
  const absolute = resolve(folder, templatePath);
  const file = relative(cwd, absolute) || absolute;
  if (!staysInside(templatePath)) return { file, problem: 'outside' };
  try {
    if (!noLinkBelow(folder, absolute) && !inside(folderReal(), realPath(absolute)))
      return { file, problem: 'outside' };
    // A template is a file beside the plan: a pipe or a device is not one.
    const bytes = readWithoutWaiting(absolute, { pipes: false });
    if (!Buffer.isBuffer(bytes)) return { file, problem: 'notFile' };
    const text = decodeText(bytes);
    return text === undefined ? { file, problem: 'binary' } : { file, text };
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
  const folder = resolve(cwd, dirname(playbookFile));
  let real: string | undefined;
  const folderReal = () => (real ??= realPath(folder));
  return new Map(templatePaths.map((path) => [path, readTemplateFile(folder, path, cwd, folderReal)]));
}
