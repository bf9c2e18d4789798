import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Context } from '../cli/context.js';
import { CliError, EXIT } from '../cli/errors.js';
import { JournalWriter, lockJournal } from '../cli/journal.js';
import { loadPlaybook } from '../cli/load-playbook.js';
import { runScript, ScriptStop } from '../escalate/run-script.js';
import { parseTime, readScript } from '../escalate/script.js';

interface EscalateOptions {
  playbook?: string;
  script?: string;
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
  // The interactive walkthrough is not built yet: say so plainly rather than pretend.
  if (!options.script) throw new CliError(ctx.interactive ? 'escalate.interactiveNotBuilt' : 'escalate.needsScript');
  const { file, playbook, templateFiles } = loadPlaybook(options.playbook, ctx);

  let bytes: Uint8Array;
  try {
    bytes = readFileSync(resolve(ctx.cwd, options.script));
  } catch (error) {
    throw new CliError('error.unreadable', { path: options.script, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
  const { script, problems } = readScript(bytes, playbook);
  if (!script) {
    for (const problem of problems) log.error(`${options.script}:${problem.line}:${problem.column} ${t(problem.report.messageId, { where: '', ...problem.report.data })}`);
    return EXIT.findings;
  }

  const start = script.clock === undefined ? new Date() : parseTime(script.clock, new Date())!;
  const id = incidentId(start);
  const dir = resolve(ctx.cwd, options.incidentsDir ?? join(dirname(file), 'incidents'));
  mkdirSync(dir, { recursive: true });
  const journal = join(dir, `${id}.jsonl`);
  const shown = relative(ctx.cwd, journal).startsWith('..') ? journal : relative(ctx.cwd, journal);
  const release = lockJournal(journal);
  const writer = new JournalWriter(journal);
  try {
    const run = runScript({
      playbook,
      script,
      id,
      start,
      allowWarnings: options.allowWarnings === true,
      templateText: (response) => response.text ?? templateFiles.get(response.template ?? '')?.text ?? '',
    });
    let step = run.next();
    while (!step.done) {
      writer.append(step.value);
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
  } finally {
    writer.close();
    release();
  }
}
