import { existsSync, lstatSync, readdirSync, readlinkSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve, sep } from 'node:path';
import type { MessageKey, Params } from '../i18n/index.js';
import type { Playbook } from '../model/schema.js';
import { displayPath } from './display-path.js';
import { CliError } from './errors.js';
import { realPath } from './read-file.js';

/** What a command reads, and what crisis keeps: never the file an output option writes. */
export interface CommandInputs {
  playbook: string;
  /** The plan's templates and the command's own (--template, the bundled one); a missing one is skipped. */
  templates: readonly string[];
  /** Journals and their locks live here; so does nothing else crisis writes. */
  incidentsDir: string;
  /** What `crisis watch` stored (`watch/` beside the plan): append-only, never an output either. */
  watchDir?: string;
  /** Any other file the command reads: a drill's script. */
  others?: readonly string[];
  /** Where `crisis statement` looks for the brand's own page template: no output may land there either. */
  statementTemplate?: string;
  /** The plan's language, in which a refusal is said. */
  lang?: string;
}

/** The brand's own statement page template, beside the plan: `crisis statement` and the walkthrough use it when it is there. */
export const STATEMENT_TEMPLATE = join('templates', 'statement.html.hbs');

/** The plan, its response templates, and `extra` templates a command reads, as absolute paths. */
export function planInputs(
  playbookFile: string,
  playbook: Playbook | undefined,
  incidentsDir: string,
  cwd: string,
  extra: readonly string[] = [],
): CommandInputs {
  const folder = dirname(resolve(cwd, playbookFile));
  const own = (playbook?.responses ?? []).flatMap((response) =>
    response.template === undefined ? [] : [resolve(folder, response.template)],
  );
  return {
    playbook: resolve(cwd, playbookFile),
    templates: [...own, ...extra.map((path) => resolve(cwd, path))],
    incidentsDir: resolve(cwd, incidentsDir),
    watchDir: join(folder, 'watch'),
    statementTemplate: join(folder, STATEMENT_TEMPLATE),
    lang: playbook?.brand.language,
  };
}

const MAX_LINKS = 40;

/**
 * The real path a write to `path` (absolute) lands on: links followed, `..` after a link taken as
 * the system takes it. A name that does not exist yet is its folder's real path and the name; a
 * link to nothing lands where it points.
 */
function landingPath(path: string, links = 0): string {
  try {
    return realPath(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink()) {
    if (links >= MAX_LINKS) throw Object.assign(new Error(`ELOOP: ${path}`), { code: 'ELOOP', syscall: 'open', path });
    return landingPath(resolve(dirname(path), readlinkSync(path)), links + 1);
  }
  const parent = dirname(path);
  return parent === path ? path : join(landingPath(parent, links), basename(path));
}

/** Whether `path` is `folder` or lies below it (both absolute). */
export const inside = (folder: string, path: string) =>
  path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);

const sameFile = (a: Stats | undefined, b: Stats | undefined) =>
  a !== undefined && b !== undefined && a.dev === b.dev && a.ino === b.ino;

/**
 * Checks that `given` (as the user wrote it) names no input of the command and nothing in the
 * incidents folder, comparing where the write would land, so a link, a `./a/../` spelling or a
 * hard link of the plan is caught too. Returns that real path, the one to write to.
 */
export function guardOutput(given: string, cwd: string, inputs: CommandInputs): string {
  const asGiven = resolve(cwd, given);
  // A pipe or a terminal (`/dev/stdout`, `/dev/fd/1`, `>(…)`) holds no file to keep: it is written
  // to as named. Its link leads to `pipe:[…]`, no path at all, so its landing cannot be compared.
  const stream = statSync(asGiven, { throwIfNoEntry: false });
  if (stream && !stream.isFile() && !stream.isDirectory()) return asGiven;
  const target = landingPath(asGiven);
  // As typed, unless it was a full path made by crisis (a drill's statement.out, beside its script).
  const shown = isAbsolute(given) ? displayPath(given, cwd) : given;
  const incidents = landingPath(inputs.incidentsDir);
  const refuse = (key: MessageKey, params: Params) => Object.assign(new CliError(key, params), { lang: inputs.lang });
  if (inside(incidents, target))
    throw refuse('output.inIncidents', { path: shown, dir: displayPath(inputs.incidentsDir, cwd) });
  if (inputs.watchDir !== undefined && inside(landingPath(inputs.watchDir), target))
    throw refuse('output.inWatch', { path: shown, dir: displayPath(inputs.watchDir, cwd) });
  const existing = statSync(target, { throwIfNoEntry: false });
  if (existing?.isDirectory())
    throw Object.assign(new Error(`EISDIR: ${given}`), { code: 'EISDIR', syscall: 'open', path: resolve(cwd, given) });
  const read: Array<[MessageKey, string | undefined]> = [
    ['output.isPlaybook', inputs.playbook],
    ...inputs.templates.map((file): [MessageKey, string] => ['output.isTemplate', file]),
    ...(inputs.others ?? []).map((file): [MessageKey, string] => ['output.isInput', file]),
    // A report written there would become the brand's statement page the next time one is made.
    ['output.isStatementTemplate', inputs.statementTemplate],
  ];
  for (const [key, file] of read) {
    if (!file) continue;
    let same: boolean;
    try {
      same = landingPath(file) === target || sameFile(existing, statSync(file, { throwIfNoEntry: false }));
    } catch {
      // An input that cannot be reached cannot be written over through this path either.
      continue;
    }
    if (same) throw refuse(key, { path: shown, file: displayPath(file, cwd) });
  }
  return target;
}

const holdsJournals = (dir: string) => {
  try {
    return readdirSync(dir).some((name) => name.endsWith('.jsonl'));
  } catch {
    return false;
  }
};

/**
 * The incidents folder `dir` (absolute) is or lies in, for a command that knows no plan yet (init):
 * a folder named `incidents` beside a `planFile` (where the journals of that plan go), or one that
 * holds journals.
 */
export function incidentsFolderAround(dir: string, planFile: string): string | undefined {
  let real: string;
  try {
    real = landingPath(dir);
  } catch {
    // A path that cannot be a folder is said by init itself, when it tries to make it.
    return undefined;
  }
  if (holdsJournals(real)) return real;
  for (let at = real; dirname(at) !== at; at = dirname(at))
    if (basename(at) === 'incidents' && existsSync(join(dirname(at), planFile))) return at;
  return undefined;
}
