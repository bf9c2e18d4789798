import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Context } from '../cli/context.js';
import { displayPath } from '../cli/display-path.js';
import { CliError, EXIT } from '../cli/errors.js';
import { incidentsFolderAround } from '../cli/output-guard.js';
import { terminalPrompter, type Prompter } from '../cli/prompts.js';
import { keepWhole, screenWidth, wrapRow, wrapText } from '../cli/terminal-text.js';
import { lintFile } from '../cli/load-playbook.js';
import { writeAllOrNone } from '../cli/write-files.js';
import { LANGS, type Lang } from '../i18n/index.js';
import { defaultAnswers } from '../init/answers.js';
import { buildPlan, PLAN_FILE, SCHEMA_FILE } from '../init/build-plan.js';
import { forBrand, withRolesAsPeople } from '../init/for-brand.js';
import { interview, validators } from '../init/interview.js';
import { canonicalZone } from '../init/time-zone.js';
import { parsePlaybook } from '../lint/lint-playbook.js';
import { printable } from '../model/control-chars.js';
import { playbookJsonSchema } from '../model/json-schema.js';

interface InitOptions {
  yes?: boolean;
  name?: string;
  /** The global --lang (checked by commander): the plan's language, as well as the messages'. */
  lang?: Lang;
  from?: string;
  dir?: string;
  force?: boolean;
}

const EXAMPLES_DIR = fileURLToPath(new URL('../../playbooks/', import.meta.url));
const EXAMPLE_FOR: Record<Lang, string> = { es: 'es-optica-miravista', en: 'en-northside-bakery' };

function filesBelow(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesBelow(join(dir, entry.name), base) : [relative(base, join(dir, entry.name))],
  );
}

function exampleFolder(from: string, cwd: string): string {
  const candidates = [resolve(cwd, from), join(EXAMPLES_DIR, from)];
  const folder = candidates.find((candidate) => existsSync(join(candidate, PLAN_FILE)));
  if (!folder)
    throw new CliError('init.unknownExample', { value: from, options: readdirSync(EXAMPLES_DIR).join(', ') });
  return folder;
}

/** A bundled or given example: it must be a valid plan to start from. */
function loadExample(folder: string) {
  const parsed = parsePlaybook(readFileSync(join(folder, PLAN_FILE)));
  if (!parsed.playbook) throw new CliError('init.brokenExample', { path: folder });
  return parsed.playbook;
}

/** The answers a plan in `lang` starts from: the bundled example's, for the business to change. */
const defaultsFor = (lang: Lang, machineZone?: string) =>
  defaultAnswers(loadExample(join(EXAMPLES_DIR, EXAMPLE_FOR[lang])), lang, machineZone);

/** `--from`: the example's own files, pointed at the schema written beside them. */
function filesFromExample(folder: string, name: string | undefined, schemaJson: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const path of filesBelow(folder).filter((file) => file === PLAN_FILE || file.startsWith('templates'))) {
    let text = readFileSync(join(folder, path), 'utf8');
    if (path === PLAN_FILE) {
      text = text.replace(/^# yaml-language-server: \$schema=.*$/m, `# yaml-language-server: $schema=./${SCHEMA_FILE}`);
      if (name) text = text.replace(/^(brand:\n(?:.*\n)*? {2}name: ).*$/m, `$1${JSON.stringify(name)}`);
    }
    files.set(path, text);
  }
  files.set(SCHEMA_FILE, schemaJson);
  return files;
}

async function planFiles(
  options: InitOptions,
  ctx: Context,
  prompter: () => Promise<Prompter>,
  schemaJson: string,
): Promise<Map<string, string>> {
  if (options.from) return filesFromExample(exampleFolder(options.from, ctx.cwd), options.name, schemaJson);
  let lang = options.lang;
  if (!lang && !options.yes) {
    lang = await (
      await prompter()
    ).select({
      message: ctx.t('init.ask.lang'),
      choices: LANGS.map((value) => ({ value, name: ctx.t(`init.lang.${value}`) })),
      default: ctx.lang,
    });
  }
  lang ??= ctx.lang;
  // The machine's zone is the best guess for a small business: the owner runs init where they work.
  // TZ as set (`CET` stays CET) before Intl's reading of it, which names the city a link points to.
  const machineZone = canonicalZone(ctx.env.TZ?.replace(/^:/, '') ?? '');
  const defaults = defaultsFor(lang, machineZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone);
  const answers = options.yes
    ? withRolesAsPeople(forBrand(defaults, options.name ?? (await askName(await prompter(), ctx))))
    : await interview(await prompter(), defaults, ctx.t, { name: options.name });
  return buildPlan(answers, schemaJson);
}

/** `--yes` on a terminal without `--name`: the one answer no default can give. */
async function askName(prompter: Prompter, ctx: Context): Promise<string> {
  const name = await prompter.input({ message: ctx.t('init.ask.name'), validate: validators(ctx.t).name });
  return name.trim();
}

/** The files init would write: known before any question (their names depend on no answer). */
function plannedFiles(options: InitOptions, ctx: Context, schemaJson: string): string[] {
  if (options.from) return [...filesFromExample(exampleFolder(options.from, ctx.cwd), undefined, schemaJson).keys()];
  const lang = options.lang ?? ctx.lang;
  return [...buildPlan(defaultsFor(lang), schemaJson).keys()];
}

/**
 * What to do next, wrapped at the screen's width at spaces, each step's later lines under its
 * text; a command to type stays on one line when it fits one, to be copied whole.
 */
function nextSteps(ctx: Context, plan: string, dir: string): string {
  const width = screenWidth(ctx.streams.stdout, ctx.env);
  const command = (text: string) => keepWhole(text, width - STEP_LEAD.length);
  const text = ctx.t('init.nextSteps', {
    plan,
    lint: command(`crisis lint ${plan}`),
    git: command(`git add ${dir} && git commit -m ${JSON.stringify(ctx.t('init.commitMessage'))}`),
  });
  return text
    .split('\n')
    .map((line) => {
      const lead = /^ *\d+\. /.exec(line)?.[0];
      return lead ? wrapRow(lead, line.slice(lead.length), width) : wrapText(line, width);
    })
    .join('\n');
}
const STEP_LEAD = '  1. ';

function refuseOverwrite(paths: string[], dir: string, shown: string): void {
  const existing = paths.filter((path) => existsSync(join(dir, path)));
  if (existing.length > 0)
    throw new CliError('init.wouldOverwrite', { files: existing.map((path) => join(shown, path)).join(', ') });
}

export async function init(
  options: InitOptions,
  ctx: Context,
  prompter: () => Promise<Prompter> = () => terminalPrompter(ctx.t),
): Promise<number> {
  const { log, t } = ctx;
  if (!options.yes && !options.from && !ctx.interactive) throw new CliError('init.needsTerminal');
  // Without it, a plan would silently carry a name nobody chose.
  if (options.yes && !options.from && options.name === undefined && !ctx.interactive)
    throw new CliError('init.needsName');
  // Checked before any file is written: a blank name would leave a plan that fails lint, and a rerun needing --force.
  if (options.name !== undefined && options.name.trim() === '') throw new CliError('init.emptyName');
  if (options.name !== undefined && validators(t).name(options.name) !== true) throw new CliError('init.invalid.name');
  const dir = resolve(ctx.cwd, options.dir ?? '.');
  const shown = relative(ctx.cwd, dir) || '.';
  const schemaJson = `${JSON.stringify(playbookJsonSchema(), null, 2)}\n`;
  // Not even with --force: the incidents folder is the journals' and their locks' alone.
  const journals = incidentsFolderAround(dir, PLAN_FILE);
  if (journals !== undefined)
    throw new CliError('output.inIncidents', { path: shown, dir: displayPath(journals, ctx.cwd) });
  // Before the interview, not after twenty questions; and again after it, for what appeared meanwhile.
  if (!options.force) refuseOverwrite(plannedFiles(options, ctx, schemaJson), dir, shown);
  const files = await planFiles(options, ctx, prompter, schemaJson);
  if (!options.force) refuseOverwrite([...files.keys()], dir, shown);
  writeAllOrNone(dir, files);

  // The plan must lint clean; warnings the defaults leave are shown with what to do.
  const planPath = join(shown, PLAN_FILE);
  const { findings } = lintFile(planPath, ctx.cwd, t);
  log.out(t('init.created', { files: [...files.keys()].map((path) => join(shown, path)).join('\n  ') }));
  for (const finding of findings) {
    const say = finding.severity === 'error' ? log.error : log.warn;
    say(`${printable(finding.file)}:${finding.line}:${finding.column} ${finding.message} (${finding.ruleId})`);
  }
  log.out(nextSteps(ctx, planPath, shown));
  return findings.some((finding) => finding.severity === 'error') ? EXIT.findings : EXIT.ok;
}
