import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Context } from '../cli/context.js';
import { displayPath } from '../cli/display-path.js';
import { CliError, EXIT } from '../cli/errors.js';
import { incidentsDir, readJournals } from '../cli/incidents-dir.js';
import { withJournal } from '../cli/journal.js';
import { loadPlaybook } from '../cli/load-playbook.js';
import { terminalPrompter, type Prompter } from '../cli/prompts.js';
import { readUserFile } from '../cli/read-file.js';
import { walkthrough } from '../cli/walkthrough/index.js';
import type { IncidentEvent } from '../escalate/events.js';
import { toLang, translator } from '../i18n/index.js';
import { runScript, ScriptStop } from '../escalate/run-script.js';
import { parseTime, readScript } from '../escalate/script.js';
import { printable } from '../model/control-chars.js';
import type { Playbook, Response } from '../model/schema.js';

interface EscalateOptions {
  playbook?: string;
  script?: string;
  resume?: string | boolean;
  incidentsDir?: string;
  allowWarnings?: boolean;
  as?: string;
}

/** Sortable and unique enough for one business: the start time, then four random hex digits. */
export function incidentId(start: Date): string {
  const stamp = start.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  return `${stamp}-${Math.floor(Math.random() * 0x10000).toString(16).padStart(4, '0')}`;
}

export async function escalate(options: EscalateOptions, ctx: Context): Promise<number> {
  const { log, t } = ctx;
  if (!options.script && !ctx.interactive) throw new CliError('escalate.needsScript');
  const { file, playbook, textOf } = loadPlaybook(options.playbook, ctx);
  if (options.as !== undefined && !playbook.contacts.some((contact) => contact.id === options.as)) {
    throw new CliError('escalate.unknownContact', { id: options.as, known: playbook.contacts.map((contact) => contact.id).join(', ') });
  }
  if (!options.script) return interactive(options, speakingThePlan(ctx, playbook), playbook, file, textOf);

  const { script, problems } = readScript(readUserFile(options.script, ctx.cwd), playbook);
  if (!script) {
    for (const problem of problems) log.error(`${printable(options.script)}:${problem.line}:${problem.column} ${t(problem.report.messageId, { where: '', ...problem.report.data })}`);
    return EXIT.findings;
  }

  const start = script.clock === undefined ? new Date() : parseTime(script.clock, new Date())!;
  const id = incidentId(start);
  const dir = incidentsDir(file, options.incidentsDir, ctx.cwd);
  mkdirSync(dir, { recursive: true });
  const journal = join(dir, `${id}.jsonl`);
  const shown = displayPath(journal, ctx.cwd);
  return withJournal(journal, undefined, (writer) => {
    try {
      const run = runScript({ playbook, script, id, start, allowWarnings: options.allowWarnings === true, templateText: textOf });
      let level = '';
      let step = run.next();
      while (!step.done) {
        const event = step.value;
        writer.append(event);
        if (event.type === 'triaged' || event.type === 'level') level = event.level;
        // The script answered a step the new level no longer has: say so, rather than drop its answers unseen.
        if (event.type === 'step' && event.interrupted) log.warn(t('escalate.interrupted', { step: event.step, level }));
        step = run.next();
      }
      log.out(t(step.value === 'closed' ? 'escalate.closed' : 'escalate.open', { id, journal: shown }));
      return EXIT.ok;
    } catch (error) {
      if (!(error instanceof ScriptStop)) throw error;
      const detail = error.problem ? t(error.problem.messageId, { id: error.data.key ?? '', ...error.problem.data }) : '';
      log.error(t(error.messageId, { where: String(error.data.key ?? ''), ...error.data }) + detail);
      log.info(t('escalate.keptJournal', { id, journal: shown }));
      return EXIT.findings;
    }
  });
}

/** The walkthrough speaks the plan's language, so one language is on the screen, unless --lang says otherwise. */
export function speakingThePlan(ctx: Context, playbook: Playbook): Context {
  const lang = toLang(playbook.brand.language);
  if (ctx.langFlag !== undefined || !lang || lang === ctx.lang) return ctx;
  return { ...ctx, lang, t: translator(lang) };
}

/** The walkthrough on a terminal: a new incident, or `--resume [ID]` exactly where it stopped. */
export async function interactive(
  options: EscalateOptions,
  ctx: Context,
  playbook: Playbook,
  file: string,
  templateText: (response: Response) => string,
  prompter: () => Promise<Prompter> = () => terminalPrompter(ctx.t),
  now: () => Date = () => new Date(),
): Promise<number> {
  const { log, t } = ctx;
  const dir = incidentsDir(file, options.incidentsDir, ctx.cwd);
  mkdirSync(dir, { recursive: true });
  let id: string;
  let events: IncidentEvent[] = [];
  let keep: number | undefined;
  if (options.resume !== undefined) {
    const journals = readJournals(dir, ctx).filter(({ journal }) => journal.events.length > 0);
    const isClosed = (events: IncidentEvent[]) => events.some((event) => event.type === 'closed');
    const open = journals.filter(({ journal }) => !isClosed(journal.events));
    const chosen = typeof options.resume === 'string' ? journals.find((entry) => entry.id === options.resume) : open.at(-1);
    if (!chosen) {
      if (typeof options.resume === 'string') throw new CliError('escalate.unknownIncident', { id: options.resume, dir, open: open.map((entry) => entry.id).join(', ') || '—' });
      throw new CliError('escalate.noOpenIncident', { dir });
    }
    if (isClosed(chosen.journal.events)) throw new CliError('escalate.alreadyClosed', { id: chosen.id });
    id = chosen.id;
    events = chosen.journal.events;
    keep = chosen.journal.goodLength;
  } else id = incidentId(now());

  const journal = join(dir, `${id}.jsonl`);
  const shown = displayPath(journal, ctx.cwd);
  let written = events.length;
  return withJournal(journal, keep, async (writer) => {
    const record = (event: IncidentEvent) => {
      writer.append(event);
      written += 1;
    };
    // Nothing answered yet: leave no empty journal behind and offer nothing to resume.
    const saved = () => {
      if (written > 0) return true;
      rmSync(journal, { force: true });
      return false;
    };
    try {
      const outcome = await walkthrough({ ctx, playbook, prompter: await prompter(), templateText, events, record, now, id, as: options.as });
      if (outcome === 'closed') {
        log.out(t('walk.closed', { id, journal: shown }));
        log.out(t('walk.reportHint', { id }));
      } else log.out(saved() ? t('walk.paused', { id }) : t('walk.nothingSaved'));
      return EXIT.ok;
    } catch (error) {
      // Ctrl-C at a question: everything confirmed is already on disk.
      if (error instanceof Error && error.name === 'ExitPromptError') {
        log.info('');
        if (saved()) log.warn(t('walk.paused', { id }));
        else log.warn(t('walk.nothingSaved'));
        return EXIT.interrupted;
      }
      saved();
      throw error;
    }
  });
}
