import { existsSync, lstatSync, readdirSync, statSync, type Stats } from 'node:fs';
import { join, resolve } from 'node:path';
import { displayPath } from './display-path.js';
import { CliError } from './errors.js';
import { realPath } from './read-file.js';

const YAML_FILE = /\.ya?ml$/i;
// incidents/ holds journals, drills/ a plan's drill scripts (docs/escalate-script.md): YAML, but no plan.
const SKIPPED_DIRS = new Set(['node_modules', 'incidents', 'drills']);

/** What a symbolic link points at; undefined when it points nowhere. */
function target(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Every *.yaml / *.yml below `dir`, symbolic links followed: a linked playbook skipped would be a
 * false green in CI. `seen` holds the real path of each folder walked, so a link back up the
 * tree (or to a folder already walked) ends there instead of looping. `reals` gets each file's
 * real path. Below a folder whose real path is known, an entry that is no link has that path plus
 * its name: only links are resolved (realpath reads every part of a path; per folder and per
 * file it was most of the system calls of a 1,000-plan lint).
 */
function yamlFilesBelow(
  dir: string,
  reals: Map<string, string>,
  seen = new Set<string>(),
  real = realPath(dir),
): string[] {
  if (seen.has(real)) return [];
  seen.add(real);
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || SKIPPED_DIRS.has(entry.name)) continue;
    const path = join(dir, entry.name);
    const link = entry.isSymbolicLink();
    const kind = link ? target(path) : entry;
    // A loop, not push(...list): a tree of some 100k files would overflow the call stack.
    if (kind?.isDirectory()) {
      for (const file of yamlFilesBelow(path, reals, seen, link ? realPath(path) : join(real, entry.name)))
        found.push(file);
    }
    // A link to nothing is listed too: reading it then says the file is missing, rather than lint passing.
    else if (YAML_FILE.test(entry.name) && (kind === undefined || kind.isFile())) {
      found.push(path);
      if (!link) reals.set(path, join(real, entry.name));
    }
  }
  return found;
}

/** One path per file: a playbook reached twice (a link to it) is linted once, by its own name rather than the link's. */
function onePerFile(paths: string[], reals: ReadonlyMap<string, string>): string[] {
  const chosen = new Map<string, string>();
  for (const path of paths) {
    let real = reals.get(path);
    try {
      real ??= realPath(path);
    } catch {
      real = path; // A link to nothing: kept as it is, for reading it to say so.
    }
    const held = chosen.get(real);
    if (held === undefined || (lstatSync(held).isSymbolicLink() && !lstatSync(path).isSymbolicLink()))
      chosen.set(real, path);
  }
  const kept = new Set(chosen.values());
  return paths.filter((path) => kept.has(path));
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
    const reals = new Map<string, string>();
    const found =
      existsSync(dir) && statSync(dir).isDirectory() ? onePerFile(yamlFilesBelow(dir, reals).sort(), reals) : [];
    if (found.length === 0) throw new CliError('error.noPlaybook');
    return found.map(show);
  }
  const files: string[] = [];
  const reals = new Map<string, string>();
  for (const path of paths) {
    const full = resolve(cwd, path);
    if (stat(full, path).isDirectory()) {
      const found = yamlFilesBelow(full, reals).sort();
      if (found.length === 0) throw new CliError('error.noYamlInFolder', { path });
      for (const file of found) files.push(file);
    } else files.push(full);
  }
  return onePerFile(files, reals).map(show);
}
