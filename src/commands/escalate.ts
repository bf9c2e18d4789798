import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Context } from '../cli/context.js';
import { displayPath } from '../cli/display-path.js';
import { CliError, EXIT } from '../cli/errors.js';
import { incidentsDir, readIncidents } from '../cli/incidents-dir.js';
import { readJournal, withJournal } from '../cli/journal.js';
import { loadPlaybook } from '../cli/load-playbook.js';
import { terminalPrompter, type Prompter } from '../cli/prompts.js';
import { readUserFile } from '../cli/read-file.js';
import { walkthrough } from '../cli/walkthrough.js';
import type { IncidentEvent } from '../escalate/events.js';
import { runScript, ScriptStop } from '../escalate/run-script.js';
import { parseTime, readScript } from '../escalate/script.js';
import type { Playbook, Response } from '../model/schema.js';

interface EscalateOptions {
  playbook?: string;
  script?: string;
  resume?: string | boolean;
  incidentsDir?: string;
  allowWarnings?: boolean;
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
  if (!options.script) return interactive(options, ctx, playbook, file, textOf);

  const { script, problems } = readScript(readUserFile(options.script, ctx.cwd), playbook);
  if (!script) {
    for (const problem of problems) log.error(`${options.script}:${problem.line}:${problem.column} ${t(problem.report.messageId, { where: '', ...problem.report.data })}`);
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
    const incidents = readIncidents(dir, ctx);
    const open = incidents.filter((incident) => !incident.state.closed);
    const chosen = typeof options.resume === 'string' ? incidents.find((incident) => incident.state.id === options.resume) : open.at(-1);
    if (!chosen) {
      if (typeof options.resume === 'string') throw new CliError('escalate.unknownIncident', { id: options.resume, dir, open: open.map((i) => i.state.id).join(', ') || '—' });
      throw new CliError('escalate.noOpenIncident', { dir });
    }
    if (chosen.state.closed) throw new CliError('escalate.alreadyClosed', { id: chosen.state.id });
    id = chosen.state.id;
    ({ events } = readJournal(chosen.file));
    keep = chosen.journal.goodLength;
  } else id = incidentId(now());

  const journal = join(dir, `${id}.jsonl`);
  const shown = displayPath(journal, ctx.cwd);
  return withJournal(journal, keep, async (writer) => {
    try {
      const outcome = await walkthrough({ ctx, playbook, prompter: await prompter(), templateText, events, record: (event) => writer.append(event), now, id });
      log.out(outcome === 'closed' ? t('walk.closed', { id, journal: shown }) : t('walk.paused', { id }));
      return EXIT.ok;
    } catch (error) {
      // Ctrl-C at a question: everything confirmed is already on disk.
      if (error instanceof Error && error.name === 'ExitPromptError') {
        log.info('');
        log.warn(t('walk.paused', { id }));
        return EXIT.interrupted;
      }
      throw error;
    }
  });
}
