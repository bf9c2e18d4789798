import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Context } from '../context.js';
import { displayPath } from '../display-path.js';
import { CliError, EXIT } from '../errors.js';
import { handleError } from '../handle-error.js';
import { chooseToResume, incidentsDir, type StoredJournal } from '../incident-store/incident-folder.js';
import { readUserFile } from '../read-file.js';
import { readJournal, withJournal, withNewJournal, type JournalWriter } from '../incident-store/journal-file.js';
import { guardStatementPage, writeStatementPage } from '../statement-file.js';
import { replay } from '../../escalate/replay.js';
import { statementHint } from '../../statement/statement-page.js';
import { continueDrill, DrillDiverges } from '../../escalate/continue-drill.js';
import type { IncidentEvent } from '../../escalate/events.js';
import { runScript, ScriptStop, type RunInput } from '../../escalate/run-script.js';
import { keyPath, parseTime, readScript, type Script } from '../../escalate/script.js';
import type { Params } from '../../i18n/index.js';
import { printable } from '../../model/control-chars.js';
import type { Playbook, Response } from '../../model/schema.js';
import { readableParams } from '../../source/schema-issues.js';
import { incidentId, type EscalateOptions } from './interactive.js';
import { cadenceLines } from './drill-cadence.js';

export interface DrillInput extends Omit<RunInput, 'id' | 'start' | 'script'> {
  dir: string;
  /** The script's path as given, for the hint that continues it. */
  scriptPath: string;
  /** The playbook's file: the statement page finds the brand's own template beside it. */
  playbookFile: string;
  /** The script's `statement.out`: where to write the statement page once the run ends. */
  statementOut?: string;
  resume?: string | boolean;
  takeOver?: boolean;
  /** `--as`: the contact on duty, journaled as the walkthrough journals it (the report's "On duty"). */
  as?: string;
  newId: (start: Date) => string;
  /** `file:line:column` of a key of the script, to start each message about it. */
  where: (key: string) => string;
}

const isDrill = ({ journal }: StoredJournal) =>
  journal.events.some((event) => event.type === 'opened' && event.drill === true);

/** Appends what the run yields, and says how it ended; a stop keeps everything before it and says how to go on. */
function drive(
  input: DrillInput,
  ctx: Context,
  id: string,
  file: string,
  writer: JournalWriter,
  run: Generator<IncidentEvent, 'open' | 'closed'>,
  before: { level?: string; lines?: number[]; events?: readonly IncidentEvent[] } = {},
): number {
  const { log, t } = ctx;
  const cadence = cadenceLines(input.playbook, ctx);
  for (const event of before.events ?? []) cadence.see(event, true);
  const shown = displayPath(file, ctx.cwd);
  let level = before.level ?? '';
  let written = before.lines?.length ?? 0;
  // Who is on duty (--as), as the walkthrough records it: once opened, and again when someone else continues.
  let onDuty = before.events?.findLast((event) => event.type === 'on-duty')?.contact;
  const onDutyAt = (at: string) => {
    if (input.as === undefined || input.as === onDuty) return;
    onDuty = input.as;
    writer.append({ type: 'on-duty', at, contact: input.as });
  };
  try {
    let step = run.next();
    while (!step.done) {
      const event = step.value;
      if (event.type !== 'opened' && written > 0) onDutyAt(event.at);
      writer.append(event);
      written += 1;
      if (event.type === 'opened') onDutyAt(event.at);
      if (event.type === 'triaged' || event.type === 'level') level = event.level;
      // The script answered a step the new level no longer has: say so, rather than drop its answers unseen.
      if (event.type === 'step' && event.interrupted) log.warn(t('escalate.interrupted', { step: event.step, level }));
      cadence.see(event);
      step = run.next();
    }
    if (step.value === 'open') cadence.end();
    log.out(t(step.value === 'closed' ? 'escalate.closed' : 'escalate.open', quoted({ id, journal: shown })));
    return statementOut(input, ctx, file);
  } catch (error) {
    if (error instanceof DrillDiverges)
      throw new CliError('escalate.scriptDiverges', {
        id,
        file: shown,
        line: before.lines?.[error.index] ?? 0,
        script: input.scriptPath,
      });
    if (error instanceof ScriptStop) {
      // A check's message names the response checked; the script's key is said before it.
      const detail = error.problem
        ? t(error.problem.messageId, quoted({ id: error.data.response ?? error.data.key ?? '', ...error.problem.data }))
        : '';
      const key = String(error.data.key ?? '');
      log.error(`${input.where(key)} ${t(error.messageId, quoted({ where: key, ...error.data }))}${detail}`);
    }
    // Anything else is a bug, said as one; the drill stopped there all the same, and goes on from there.
    const code = error instanceof ScriptStop ? EXIT.findings : handleError(error, ctx, 'escalate');
    // Stopped before the incident was opened: no empty journal is left to list or discard.
    if (written === 0) {
      rmSync(file, { force: true });
      return code;
    }
    log.info(t('escalate.keptJournal', quoted({ id, journal: shown })));
    log.info(t('escalate.drillHint', quoted({ id, script: input.scriptPath })));
    return code;
  }
}

/**
 * `statement: { out: FILE }`: the page at brand.apology_url, written from the drill's journal once
 * the run ends, to FILE beside the script. A drill that asked for it and published no statement fails.
 */
function statementSource(input: DrillInput, ctx: Context) {
  const out = input.statementOut;
  if (out === undefined) return undefined;
  const path = resolve(dirname(resolve(ctx.cwd, input.scriptPath)), out);
  const source = {
    playbookFile: input.playbookFile,
    incidentsDir: input.dir,
    others: [resolve(ctx.cwd, input.scriptPath)],
  };
  return { path, source };
}

function statementOut(input: DrillInput, ctx: Context, file: string): number {
  const target = statementSource(input, ctx);
  if (!target) return EXIT.ok;
  const { path, source } = target;
  const shown = displayPath(path, ctx.cwd);
  const page = writeStatementPage(input.playbook, source, replay(readJournal(file).events), path, ctx);
  if (!page) {
    ctx.log.error(
      `${input.where('statement.out')} ${ctx.t('escalate.noStatementPage', statementHint(input.playbook))}`,
    );
    return EXIT.findings;
  }
  ctx.log.info(ctx.t('escalate.statementWritten', { path: shown }));
  return EXIT.ok;
}

/** A drill: a new incident answered by the script, or with --resume the drill it stopped, continued from the script. */
export async function runDrill(script: Script, input: DrillInput, ctx: Context): Promise<number> {
  const statement = statementSource(input, ctx);
  if (statement) guardStatementPage(input.playbook, statement.source, statement.path, ctx);
  if (input.resume === undefined) {
    const start = script.clock === undefined ? new Date() : parseTime(script.clock, new Date())!;
    return withNewJournal(
      input.dir,
      () => input.newId(start),
      (writer, id) =>
        drive(input, ctx, id, join(input.dir, `${id}.jsonl`), writer, runScript({ ...input, script, id, start })),
    );
  }
  const chosen = chooseToResume(input.dir, input.resume, ctx, isDrill);
  // A script answers for a drill; a real incident is continued by a person, on a terminal.
  if (!isDrill(chosen)) throw new CliError('escalate.resumeNotDrill', { id: chosen.id });
  return withJournal(
    chosen.file,
    (writer, { events, lines }) => {
      const opened = events.find((event) => event.type === 'opened')!;
      // The drill's own start, so `+10m` in the script means what it meant the first time.
      const run = runScript({ ...input, script, id: chosen.id, start: new Date(opened.at) });
      const level = events.findLast((event) => event.type === 'triaged' || event.type === 'level');
      return drive(input, ctx, chosen.id, chosen.file, writer, continueDrill(run, events), {
        level: level && 'level' in level ? level.level : undefined,
        lines,
        events,
      });
    },
    { t: ctx.t, takeOver: input.takeOver },
  );
}

/** Every value quoted in a message about the script printable: a value may hold CR, LF or ESC and forge a line. */
function quoted(params: Params): Params {
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, typeof value === 'string' ? printable(value) : value]),
  );
}

/** `escalate --script FILE`: the script read and checked before anything runs, then the drill. */
export async function drill(
  options: EscalateOptions & { script: string },
  ctx: Context,
  playbook: Playbook,
  file: string,
  templateText: (response: Response) => string,
): Promise<number> {
  const { log, t } = ctx;
  const { script, problems, position } = readScript(readUserFile(options.script, ctx.cwd), playbook);
  // Every message about the script names it, with the line of the key it is about.
  const where = (line: number, column: number) => `${printable(options.script)}:${line}:${column}`;
  if (!script) {
    for (const problem of problems)
      log.error(
        `${where(problem.line, problem.column)} ${t(problem.report.messageId, quoted({ where: '', ...readableParams(problem.report.data, t) }))}`,
      );
    return EXIT.findings;
  }
  const dir = incidentsDir(file, options.incidentsDir, ctx.cwd);
  mkdirSync(dir, { recursive: true });
  return runDrill(
    script,
    {
      playbook,
      dir,
      scriptPath: options.script,
      playbookFile: file,
      statementOut: script.statement?.out,
      resume: options.resume,
      takeOver: options.takeOver,
      as: options.as,
      allowWarnings: options.allowWarnings === true,
      templateText,
      newId: incidentId,
      where: (key) => {
        const { line, column } = position(keyPath(key));
        return where(line, column);
      },
    },
    ctx,
  );
}
