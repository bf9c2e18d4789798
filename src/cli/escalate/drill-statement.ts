import { dirname, resolve } from 'node:path';
import type { Context } from '../context.js';
import { displayPath } from '../display-path.js';
import { EXIT } from '../errors.js';
import { readJournal } from '../incident-store/journal-file.js';
import { guardStatementPage, writeStatementPage } from '../statement-file.js';
import { replay } from '../../escalate/replay.js';
import type { Playbook } from '../../model/schema.js';
import { statementHint } from '../../statement/statement-page.js';

/** What a drill's statement page needs of the drill (the rest of DrillInput is in drill.ts). */
export interface DrillStatement {
  playbook: Playbook;
  dir: string;
  /** The script's path as given, for the hint that continues it. */
  scriptPath: string;
  /** The playbook's file: the statement page finds the brand's own template beside it. */
  playbookFile: string;
  /** The script's `statement.out`: where to write the statement page once the run ends. */
  statementOut?: string;
  /** `file:line:column` of a key of the script, to start each message about it. */
  where: (key: string) => string;
}

/**
 * `statement: { out: FILE }`: the page at brand.apology_url, written from the drill's journal once
 * the run ends, to FILE beside the script. A drill that asked for it and published no statement fails.
 */
function statementSource(input: DrillStatement, ctx: Context) {
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

/** Before the drill runs: a wrong `statement.out` stops it with nothing done. */
export function guardDrillStatement(input: DrillStatement, ctx: Context): void {
  const statement = statementSource(input, ctx);
  if (statement) guardStatementPage(input.playbook, statement.source, statement.path, ctx);
}

export function statementOut(input: DrillStatement, ctx: Context, file: string): number {
  const target = statementSource(input, ctx);
  if (!target) return EXIT.ok;
  const { path, source } = target;
  const shown = displayPath(path, ctx.cwd);
  const state = replay(readJournal(file).events);
  const page = writeStatementPage(input.playbook, source, state, path, ctx, true);
  if (!page) {
    ctx.log.error(
      `${input.where('statement.out')} ${ctx.t('escalate.noStatementPage', statementHint(input.playbook))}`,
    );
    return EXIT.findings;
  }
  // Before the statement, the page shows what is out, as `crisis statement` does, and says so.
  if (!('statement' in page))
    ctx.log.warn(ctx.t('statementCmd.early', { id: state.id, ...statementHint(input.playbook) }));
  ctx.log.info(ctx.t('escalate.statementWritten', { path: shown }));
  return EXIT.ok;
}
