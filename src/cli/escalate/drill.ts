import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Context } from '../context.js';
import { displayPath } from '../display-path.js';
import { CliError, EXIT } from '../errors.js';
import { handleError } from '../handle-error.js';
import { chooseToResume, incidentsDir, type StoredJournal } from '../incident-store/journal-folder.js';
import { IncidentQueue } from '../comments/incident-queue.js';
import { readUserFile } from '../read-file.js';
import { screenWidth, wrapText } from '../terminal-text.js';
import { withJournal, withNewJournal, type JournalWriter, readJournal } from '../incident-store/journal-file.js';
import type { IncidentEvent } from '../../escalate/events.js';
import { keyPath, parseTime, readScript, ScriptStop, type Script } from '../../escalate/script.js';
import { printable, printableParams } from '../../model/control-chars.js';
import type { Playbook, Response } from '../../model/schema.js';
import { readableParams } from '../../source/schema-issues.js';
import { incidentId, sayClosed, type EscalateOptions } from './interactive.js';
import { divergence } from '../../escalate/script-events.js';
import { guardStatementPage, writeStatementPage } from '../statement-file.js';
import { replay } from '../../escalate/replay.js';
import { statementHint } from '../../statement/statement-page.js';
import { scriptPrompter } from './script-prompter.js';
import { walkthrough } from './walkthrough.js';

export interface DrillInput {
  playbook: Playbook;
  dir: string;
  /** The script's path as given, for the hint that continues it. */
  scriptPath: string;
  /** The playbook's file: the statement page finds the brand's own template beside it. */
  playbookFile: string;
  /** `file:line:column` of a key of the script, to start each message about it. */
  where: (key: string) => string;
  templateText: (response: Response) => string;
  allowWarnings: boolean;
  resume?: string | boolean;
  takeOver?: boolean;
  /** `--as`: the contact on duty, journaled as the walkthrough journals it (the report's "On duty"). */
  as?: string;
  newId: (start: Date) => string;
  /** `--playbook` and `--incidents-dir` as given, for the commands printed to run next. */
  commands?: { playbook?: string; incidentsDir?: string };
}

const isDrill = ({ journal }: StoredJournal) =>
  journal.events.some((event) => event.type === 'opened' && event.drill === true);

/**
 * `statement: { out: FILE }`: the page at brand.apology_url, written from the drill's journal once
 * the run ends, to FILE beside the script. Checked before the drill runs: a wrong `statement.out`
 * stops it with nothing done.
 */
function statementTarget(input: DrillInput, script: Script, ctx: Context) {
  const out = script.statement?.out;
  if (out === undefined) return undefined;
  const scriptFile = resolve(ctx.cwd, input.scriptPath);
  const path = resolve(dirname(scriptFile), out);
  const source = { playbookFile: input.playbookFile, incidentsDir: input.dir, others: [scriptFile] };
  guardStatementPage(input.playbook, source, path, ctx);
  return { path, source };
}

/** The statement page once the run ends: a drill that asked for it and published no statement fails. */
function writeDrillStatement(
  input: DrillInput,
  target: ReturnType<typeof statementTarget>,
  ctx: Context,
  file: string,
): number {
  if (!target) return EXIT.ok;
  const state = replay(readJournal(file).events);
  const page = writeStatementPage(input.playbook, target.source, state, target.path, ctx, true);
  if (!page) {
    ctx.log.error(
      `${input.where('statement.out')} ${ctx.t('escalate.noStatementPage', statementHint(input.playbook))}`,
    );
    return EXIT.findings;
  }
  // Before the statement, the page shows what is out, as `crisis statement` does, and says so.
  if (!('statement' in page))
    ctx.log.warn(ctx.t('statementCmd.early', { id: state.id, ...statementHint(input.playbook) }));
  ctx.log.info(ctx.t('escalate.statementWritten', { path: displayPath(target.path, ctx.cwd) }));
  return EXIT.ok;
}

/** A drill: a new incident answered by the script, or with --resume the drill it stopped, continued from the script. */
export async function runDrill(script: Script, input: DrillInput, ctx: Context): Promise<number> {
  const { log, t } = ctx;
  const statement = statementTarget(input, script, ctx);
  /**
   * The walkthrough, answered by the script: each event on disk before the next question. A stop
   * keeps everything before it and says how to go on.
   */
  const drive = async (start: Date, id: string, file: string, writer: JournalWriter, events: IncidentEvent[] = []) => {
    const shown = displayPath(file, ctx.cwd);
    let opened = events.some((event) => event.type === 'opened');
    const answers = scriptPrompter({ ...input, script, start, journal: events });
    try {
      const outcome = await walkthrough({
        ctx,
        playbook: input.playbook,
        prompter: answers.prompter,
        templateText: input.templateText,
        events,
        record: (event) => {
          writer.append(event);
          if (event.type === 'opened') opened = true;
          answers.recorded(event);
        },
        now: answers.now,
        id,
        as: input.as,
        drill: true,
        comments: new IncidentQueue(file, input.playbookFile, undefined, ctx),
      });
      if (outcome === 'closed') sayClosed(ctx, id, shown, input.commands ?? {});
      else
        log.out(
          wrapText(
            t('escalate.open', printableParams({ id, journal: shown })),
            screenWidth(ctx.streams.stdout, ctx.env),
          ),
        );
      return writeDrillStatement(input, statement, ctx, file);
    } catch (error) {
      if (error instanceof ScriptStop) {
        // A check's message names the response checked; the script's key is said before it.
        const detail = error.problem
          ? t(
              error.problem.messageId,
              printableParams({ id: error.data.response ?? error.data.key ?? '', ...error.problem.data }),
            )
          : '';
        const key = String(error.data.key ?? '');
        log.error(`${input.where(key)} ${t(error.messageId, printableParams({ where: key, ...error.data }))}${detail}`);
      }
      // Anything else is a bug, said as one; the drill stopped there all the same, and goes on from there.
      const code = error instanceof ScriptStop ? EXIT.findings : handleError(error, ctx, 'escalate');
      // Stopped before the incident was opened: no journal is left to list or discard.
      if (!opened) {
        rmSync(file, { force: true });
        return code;
      }
      log.info(t('escalate.keptJournal', printableParams({ id, journal: shown })));
      log.info(t('escalate.drillHint', printableParams({ id, script: input.scriptPath })));
      return code;
    }
  };
  if (input.resume === undefined) {
    const start = script.clock === undefined ? new Date() : parseTime(script.clock, new Date())!;
    return withNewJournal(
      input.dir,
      () => input.newId(start),
      (writer, id) => drive(start, id, join(input.dir, `${id}.jsonl`), writer),
    );
  }
  const chosen = chooseToResume(input.dir, input.resume, ctx, isDrill);
  // A script answers for a drill; a real incident is continued by a person, on a terminal.
  if (!isDrill(chosen)) throw new CliError('escalate.resumeNotDrill', { id: chosen.id });
  return withJournal(
    chosen.file,
    (writer, { events, lines }) => {
      // The drill's own start, so `+10m` in the script means what it meant the first time.
      const start = new Date(events.find((event) => event.type === 'opened')!.at);
      const differs = divergence(script, events, (value) => parseTime(value, start));
      if (differs !== undefined)
        throw new CliError('escalate.scriptDiverges', {
          id: chosen.id,
          file: displayPath(chosen.file, ctx.cwd),
          line: lines[differs] ?? 0,
          script: input.scriptPath,
        });
      return drive(start, chosen.id, chosen.file, writer, events);
    },
    { t: ctx.t, takeOver: input.takeOver },
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
  const where = ({ line, column }: { line: number; column: number }) =>
    `${printable(options.script)}:${line}:${column}`;
  if (!script) {
    for (const problem of problems)
      log.error(
        `${where(problem)} ${t(problem.report.messageId, printableParams({ where: '', ...readableParams(problem.report.data, t) }))}`,
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
      resume: options.resume,
      takeOver: options.takeOver,
      as: options.as,
      allowWarnings: options.allowWarnings === true,
      templateText,
      newId: (start) => incidentId(start, playbook.brand.timezone),
      commands: options,
      where: (key) => where(position(keyPath(key))),
    },
    ctx,
  );
}
