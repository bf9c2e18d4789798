import { draftVariable } from '../../escalate/draft-keys.js';
import type { StepQuestion } from '../../escalate/step-progress.js';
import type { Step } from '../../model/schema.js';
import { dictionary } from '../../model/user-keys.js';
import { messageLength, type MessageProblem } from '../../messages/check-message.js';
import { frameMessage, isRewrapped, wrapText } from '../terminal-text.js';
import { adviceText } from '../comments/comment-words.js';
import { runningDeadlines } from './recap.js';
import type { WalkSession } from './session.js';

// How a message waits to go out: under the deadlines still running, framed to copy, with the
// advice of its checks below it, and a page at a time when it does not fit the terminal.

/** Rows a menu needs below a message: its question, four choices, its key hints and the cursor's. */
const MENU_ROWS = 7;

/**
 * Prints a message to publish, a page at a time when it and its menu do not fit the terminal
 * together (a statement at 80x24), so its top never scrolls away unread. Only on a terminal a
 * person answers: a drill's transcript is printed whole, and asks no extra question. Returns the
 * rows of the last page, which the menu keeps in view.
 */
async function showPaged(s: WalkSession, text: string, below: number): Promise<number> {
  const height = (s.ctx.streams.stdout as { rows?: number; isTTY?: boolean }).rows;
  let lines = text.split('\n');
  const page = (height ?? 0) - 2;
  if (s.drill || !s.ctx.streams.stdout.isTTY || !height || page < 4) {
    s.ctx.log.out(text);
    return s.rows(text);
  }
  const pages = Math.ceil(s.rows(text) / page);
  for (let shown = 1; lines.length > 0 && s.rows(lines.join('\n')) + below + MENU_ROWS > height; shown += 1) {
    s.ctx.log.out(lines.slice(0, page).join('\n'));
    lines = lines.slice(page);
    const message = lines.length > 0 ? s.t('walk.frame.more', { page: shown, pages }) : s.t('walk.frame.choices');
    await s.prompter.pause({ key: 'more', message, hint: s.t('walk.frame.noText') });
  }
  if (lines.length === 0) return 0;
  s.ctx.log.out(lines.join('\n'));
  return s.rows(lines.join('\n'));
}

/**
 * The message in its frame, with the deadlines above it (a long statement may take a while to go
 * out) and its warnings below. Returns the rows the menu keeps in view.
 */
export async function showMessage(
  s: WalkSession,
  to: { audience: Extract<StepQuestion, { kind: 'message' }>['audience']; channel: string; max?: number },
  text: string,
  problems: MessageProblem[],
): Promise<number> {
  const warnings = problems.map((problem) => wrapText(adviceText(problem, s.t.bind(s)), s.width - 2));
  const label = s.t(`walk.message.${to.audience}`, { channel: to.channel });
  const length = to.max ? `${messageLength(text)}/${to.max}` : String(messageLength(text));
  const above = runningDeadlines(s).map((line) => wrapText(line, s.width));
  above.push(frameMessage(`${label} · ${length}`, text, s.width));
  if (isRewrapped(text, s.width))
    above.push(s.color.dim(wrapText(s.t('walk.frame.rewrapped', { copy: s.t('walk.copy') }), s.width)));
  const warned = s.rows(warnings.map((warning) => `! ${warning}`).join('\n'));
  const shown = await showPaged(s, above.join('\n'), warned);
  for (const warning of warnings) s.ctx.log.warn(warning);
  return shown + warned;
}

export function variables(s: WalkSession, step: Step): Record<string, string> {
  return dictionary(
    [...s.incident.drafts].flatMap(([key, value]) => {
      const variable = draftVariable(key);
      return variable?.step === step.id ? [[variable.name, value] as [string, string]] : [];
    }),
  );
}

/** The checks a text failed, by rule id; none when it no longer renders (the plan changed since): a note must not stop a publication. */
export function failedChecks(check: () => MessageProblem[]): string[] {
  try {
    return [...new Set(check().map((problem) => problem.ruleId))];
  } catch {
    return [];
  }
}
