import { questionKey as key, DRAFT } from '../../escalate/draft-keys.js';
import { dirname, resolve } from 'node:path';
import { pageMark, statementHint, statementPage } from '../../statement/statement-page.js';
import { replay } from '../../escalate/replay.js';
import type { Playbook } from '../../model/schema.js';
import type { Context } from '../context.js';
import { displayPath } from '../display-path.js';
import { CliError, EXIT } from '../errors.js';
import { readJournal } from '../incident-store/journal-file.js';
import { guardStatementPage, writeStatementPage } from '../statement-file.js';
import type { StatementPageTarget, WalkSession } from './session.js';

/**
 * The page at brand.apology_url follows the incident: once the statement is out, it says how to
 * write the page; after each update or closing recorded since, one yes/no (default yes) writes it
 * again, to the path asked the first time (default: beside the plan, as outputs stay out of the
 * incidents folder). A page that cannot be written is a warning: the incident goes on. Two answers
 * in the journal, so a resumed walkthrough neither asks the path again nor offers a page it already
 * offered: where the page goes (DRAFT.statementPage, asked once), and the last message offered
 * (DRAFT.statementOffered).
 */
export async function offerStatementPage(s: WalkSession, where: StatementPageTarget): Promise<void> {
  const page = statementPage(s.playbook, s.incident);
  if (!page) return;
  const mark = pageMark(page);
  const offered = s.incident.drafts.get(DRAFT.statementOffered);
  if (offered !== undefined && Number(offered) >= mark) return;
  const url = s.playbook.brand.apology_url ?? '';
  const shownDefault = displayPath(where.defaultPath, s.ctx.cwd);
  if (offered === undefined && mark === page.statement.index) {
    s.say(s.t('walk.statement.hint', { command: where.command(shownDefault) }));
    s.draft(DRAFT.statementOffered, String(mark));
    return;
  }
  const again = await s.prompter.confirm({
    key: key.statementOffer,
    message: s.t('walk.statement.offer'),
    default: true,
  });
  let path = s.incident.drafts.get(DRAFT.statementPage);
  if (again && path === undefined) {
    const answer = await s.prompter.input({
      key: key.statementPath,
      message: s.t('walk.statement.path'),
      default: shownDefault,
    });
    path = resolve(s.ctx.cwd, answer.trim() || shownDefault);
    s.draft(DRAFT.statementPage, path);
  }
  s.draft(DRAFT.statementOffered, String(mark));
  if (!again || path === undefined) return;
  const shown = displayPath(path, s.ctx.cwd);
  try {
    writeStatementPage(s.playbook, where, s.incident, path, s.ctx);
    s.say(url ? s.t('statementCmd.written', { path: shown, url }) : s.t('statementCmd.writtenNoUrl', { path: shown }));
  } catch (error) {
    const reason =
      error instanceof CliError
        ? s.ctx.t(error.key, error.params)
        : ((error as NodeJS.ErrnoException).code ?? String(error));
    s.warn(s.t('walk.statement.failed', { path: shown, reason, command: where.command(shown) }));
  }
}

/**
 * `statement: { out: FILE }`: the page at brand.apology_url, written from the drill's journal once
 * the run ends, to FILE beside the script. Checked before the drill runs: a wrong `statement.out`
 * stops it with nothing done. Returns what writes it from the journal once the run ends: a drill
 * that asked for it and published no statement fails, its message starting at `where`.
 */
export function drillStatement(
  playbook: Playbook,
  plan: { playbookFile: string; incidentsDir: string },
  scriptFile: string,
  out: string | undefined,
  where: string,
  ctx: Context,
): (journal: string) => number {
  if (out === undefined) return () => EXIT.ok;
  const path = resolve(dirname(scriptFile), out);
  const source = { ...plan, others: [scriptFile] };
  guardStatementPage(playbook, source, path, ctx);
  return (journal) => {
    const state = replay(readJournal(journal).events);
    const page = writeStatementPage(playbook, source, state, path, ctx, true);
    if (!page) {
      ctx.log.error(`${where} ${ctx.t('escalate.noStatementPage', statementHint(playbook))}`);
      return EXIT.findings;
    }
    // Before the statement, the page shows what is out, as `crisis statement` does, and says so.
    if (!('statement' in page)) ctx.log.warn(ctx.t('statementCmd.early', { id: state.id, ...statementHint(playbook) }));
    ctx.log.info(ctx.t('escalate.statementWritten', { path: displayPath(path, ctx.cwd) }));
    return EXIT.ok;
  };
}
