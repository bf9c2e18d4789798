import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Context } from '../context.js';
import { displayPath } from '../display-path.js';
import { CliError, EXIT } from '../errors.js';
import { handleError } from '../handle-error.js';
import { incidentsDir, type StoredJournal } from '../incident-store/journal-folder.js';
import { IncidentQueue } from '../comments/incident-queue.js';
import { readUserFile } from '../read-file.js';
import { screenWidth, wrapText } from '../terminal-text.js';
import type { JournalRead, JournalWriter } from '../incident-store/journal-file.js';
import { keyPath, parseTime, readScript, ScriptStop, type Script } from '../../escalate/script.js';
import { printable, printableParams } from '../../model/control-chars.js';
import type { Playbook, Response } from '../../model/schema.js';
import { readableParams } from '../../source/schema-issues.js';
import { incidentId, onJournal, sayClosed, type EscalateOptions } from './interactive.js';
import { divergence } from '../../escalate/script-events.js';
import { scriptPrompter, type ScriptAnswers } from './script-prompter.js';
import { drillStatement } from './statement.js';
import { WalkSession, type WalkInput } from './session.js';
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
 * The walkthrough answered by a script (script-prompter.ts): each event recorded, then told to
 * the answers, so an action is over once its event is in the journal.
 */
export function scriptWalk(
  input: Omit<WalkInput, 'prompter' | 'now' | 'drill'> & Omit<ScriptAnswers, 'journal' | 'incident'>,
): Promise<'closed' | 'paused'> {
  const answers = scriptPrompter({ ...input, journal: input.events, incident: () => session.state });
  const session: WalkSession = new WalkSession({
    ...input,
    prompter: answers.prompter,
    now: answers.now,
    drill: true,
    record: (event) => {
      input.record(event);
      answers.recorded(event);
    },
  });
  return walkthrough(session);
}

/** A drill: a new incident answered by the script, or with --resume the drill it stopped, continued from the script. */
export async function runDrill(script: Script, input: DrillInput, ctx: Context): Promise<number> {
  const { log, t } = ctx;
  const scriptFile = resolve(ctx.cwd, input.scriptPath);
  const plan = { playbookFile: input.playbookFile, incidentsDir: input.dir };
  const where = input.where('statement.out');
  const statement = drillStatement(input.playbook, plan, scriptFile, script.statement?.out, where, ctx);
  const clock = script.clock === undefined ? new Date() : parseTime(script.clock, new Date())!;
  /**
   * The walkthrough, answered by the script: each event on disk before the next question. A stop
   * keeps everything before it and says how to go on.
   */
  const drive = async (id: string, file: string, writer: JournalWriter, read?: JournalRead) => {
    const events = read?.events ?? [];
    // On --resume, the drill's own start, so `+10m` in the script means what it meant the first time.
    const opening = events.find((event) => event.type === 'opened');
    const start = opening ? new Date(opening.at) : clock;
    const differs = read && divergence(script, events, (value) => parseTime(value, start));
    if (differs !== undefined)
      throw new CliError('escalate.scriptDiverges', {
        id,
        file: displayPath(file, ctx.cwd),
        line: read!.lines[differs] ?? 0,
        script: input.scriptPath,
      });
    const shown = displayPath(file, ctx.cwd);
    let opened = opening !== undefined;
    try {
      const outcome = await scriptWalk({
        ...input,
        ctx,
        script,
        start,
        events,
        record: (event) => {
          writer.append(event);
          if (event.type === 'opened') opened = true;
        },
        id,
        comments: new IncidentQueue(file, input.playbookFile, undefined, ctx),
      });
      const width = screenWidth(ctx.streams.stdout, ctx.env);
      if (outcome === 'closed') sayClosed(ctx, id, shown, input.commands ?? {});
      else log.out(wrapText(t('escalate.open', printableParams({ id, journal: shown })), width));
      return statement(file);
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
  return onJournal(ctx, { ...input, fits: isDrill }, () => input.newId(clock), drive);
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
