import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Context } from '../context.js';
import { displayPath } from '../display-path.js';
import { commandLine } from '../command-line.js';
import { CliError, EXIT } from '../errors.js';
import { IncidentQueue } from '../comments/incident-queue.js';
import { chooseToResume, incidentsDir, readJournals, type StoredJournal } from '../incident-store/journal-folder.js';
import { withJournal, withNewJournal, type JournalRead, type JournalWriter } from '../incident-store/journal-file.js';
import { keepWhole, screenWidth, wrapText } from '../terminal-text.js';
import { terminalPrompter, type Prompter } from '../prompts.js';
import type { IncidentEvent } from '../../escalate/events.js';
import type { Playbook, Response } from '../../model/schema.js';
import { brandWallClock } from '../../escalate/wall-clock.js';
import { printableParams } from '../../model/control-chars.js';
import { WalkSession } from './session.js';
import { walkthrough } from './walkthrough.js';

export interface EscalateOptions {
  playbook?: string;
  script?: string;
  resume?: string | boolean;
  incidentsDir?: string;
  allowWarnings?: boolean;
  as?: string;
  takeOver?: boolean;
  /** A mention crisis watch stored, to open the incident from. */
  fromMention?: string;
  watchDir?: string;
}

/** Answers a new incident starts with (its summary and link, from a mention), as drafts. */
export type Prefill = ReadonlyArray<readonly [key: string, value: string]>;

/**
 * Short and sortable: the start on the brand's clock (the date its team would say, not the
 * server's UTC one), then four random hex digits; the journal's exclusive creation makes it unique,
 * even for the hour an autumn clock change repeats.
 */
export function incidentId(start: Date, timeZone: string | undefined): string {
  const wall = new Date(brandWallClock(start.getTime(), timeZone));
  const stamp = wall.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  return `${stamp}-${Math.floor(Math.random() * 0x10000)
    .toString(16)
    .padStart(4, '0')}`;
}

/** The last words on a closed incident, a drill's as the walkthrough's: its journal, and how to write its report. */
export function sayClosed(ctx: Context, id: string, journal: string, options: Parameters<typeof commandLine>[1]): void {
  const width = screenWidth(ctx.streams.stdout, ctx.env);
  const params = printableParams({ id, journal, command: commandLine(['report', id], options) });
  ctx.log.out(wrapText(ctx.t('walk.closed', params), width));
  ctx.log.out(wrapText(ctx.t('walk.reportHint', { command: keepWhole(params.command, width) }), width));
}

/**
 * A new incident's journal, created under a fresh id, or with --resume the open one chosen (one
 * that `fits`, when none is named), under its lock: `walk` gets the id, the file, the writer and,
 * on --resume, the journal read.
 */
export async function onJournal(
  ctx: Context,
  open: { dir: string; resume?: string | boolean; takeOver?: boolean; fits?: (entry: StoredJournal) => boolean },
  newId: () => string,
  walk: (id: string, file: string, writer: JournalWriter, read?: JournalRead) => Promise<number>,
): Promise<number> {
  if (open.resume === undefined)
    return withNewJournal(open.dir, newId, (writer, id) => walk(id, join(open.dir, `${id}.jsonl`), writer));
  const chosen = chooseToResume(open.dir, open.resume, ctx, open.fits);
  // A script answers for a drill; a real incident is continued by a person, on a terminal.
  if (open.fits && !open.fits(chosen)) throw new CliError('escalate.resumeNotDrill', { id: chosen.id });
  return withJournal(chosen.file, (writer, read) => walk(chosen.id, chosen.file, writer, read), {
    t: ctx.t,
    takeOver: open.takeOver,
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
  prefill: Prefill = [],
): Promise<number> {
  const { log, t } = ctx;
  const dir = incidentsDir(file, options.incidentsDir, ctx.cwd);
  mkdirSync(dir, { recursive: true });
  if (options.resume === undefined) {
    // Someone may be starting a second incident for what is already open: say how to continue it.
    const open = readJournals(dir, ctx).filter(
      ({ journal }) =>
        journal.events.some((e) => e.type === 'opened' && !e.drill) && !journal.events.some((e) => e.type === 'closed'),
    );
    const last = open.at(-1)?.journal.events.find((e) => e.type === 'opened');
    if (last?.type === 'opened') {
      const width = screenWidth(ctx.streams.stderr, ctx.env);
      const command = keepWhole(commandLine(['escalate', '--resume', last.id], options), width);
      log.info(wrapText(t('walk.openIncident', { id: last.id, summary: last.summary, command }), width));
    }
  }
  const walk = async (id: string, journal: string, writer: JournalWriter, read?: JournalRead) => {
    // Written before the first question, as if answered: the walkthrough then asks what is left.
    const events =
      read?.events ??
      prefill.map(([key, value]): IncidentEvent => ({ type: 'answer', at: now().toISOString(), key, value }));
    if (!read) for (const event of events) writer.append(event);
    let written = events.length;
    // Nothing answered yet: leave no empty journal behind and offer nothing to resume.
    const saved = () => {
      if (written > 0) return true;
      rmSync(journal, { force: true });
      return false;
    };
    const width = screenWidth(ctx.streams.stdout, ctx.env);
    const resume = t('walk.paused', { command: commandLine(['escalate', '--resume', id], options) });
    try {
      const session = new WalkSession({
        ctx,
        playbook,
        prompter: await prompter(),
        templateText,
        events,
        record: (event) => {
          writer.append(event);
          written += 1;
        },
        now,
        id,
        as: options.as,
        comments: new IncidentQueue(journal, file, undefined, ctx),
        statementPage: {
          playbookFile: file,
          incidentsDir: dir,
          defaultPath: join(dirname(resolve(ctx.cwd, file)), `${id}.html`),
          command: (out) => commandLine(['statement', id, '--out', out], options),
        },
      });
      if ((await walkthrough(session)) === 'closed') sayClosed(ctx, id, displayPath(journal, ctx.cwd), options);
      else log.out(wrapText(saved() ? resume : t('walk.nothingSaved'), width));
      return EXIT.ok;
    } catch (error) {
      // Ctrl-C at a question: everything confirmed is already on disk.
      if (error instanceof Error && error.name === 'ExitPromptError') {
        log.info('');
        log.warn(wrapText(saved() ? resume : t('walk.nothingSaved'), width));
        return EXIT.interrupted;
      }
      saved();
      throw error;
    }
  };
  return onJournal(ctx, { dir, ...options }, () => incidentId(now(), playbook.brand.timezone), walk);
}
