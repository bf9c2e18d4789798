import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { displayPath } from './display-path.js';
import { CliError } from './errors.js';

const YAML_FILE = /\.ya?ml$/i;
const SKIPPED_DIRS = new Set(['node_modules', 'incidents']);

function yamlFilesBelow(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || SKIPPED_DIRS.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...yamlFilesBelow(path));
    else if (entry.isFile() && YAML_FILE.test(entry.name)) found.push(path);
  }
  return found;
}

function stat(path: string, shown: string) {
  try {
    return statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new CliError('error.noSuchPath', { path: shown });
    throw new CliError('error.unreadable', { path: shown, reason: code ?? String(error) });
  }
}

/**
 * The playbook files to check, as paths relative to `cwd` when inside it: each given file,
 * every *.yaml / *.yml below each given folder, or by default ./crisis.yaml, else ./playbooks.
 */
export function findPlaybooks(paths: string[], cwd: string): string[] {
  const show = (path: string) => displayPath(path, cwd);
  if (paths.length === 0) {
    if (existsSync(join(cwd, 'crisis.yaml'))) return ['crisis.yaml'];
    const dir = join(cwd, 'playbooks');
    const found = existsSync(dir) && statSync(dir).isDirectory() ? yamlFilesBelow(dir) : [];
    if (found.length === 0) throw new CliError('error.noPlaybook');
    return found.sort().map(show);
  }
  const files: string[] = [];
  for (const path of paths) {
    const full = resolve(cwd, path);
    if (stat(full, path).isDirectory()) {
      const found = yamlFilesBelow(full).sort();
      if (found.length === 0) throw new CliError('error.noYamlInFolder', { path });
      files.push(...found.map(show));
    } else files.push(show(full));
  }
  return [...new Set(files)];
}
