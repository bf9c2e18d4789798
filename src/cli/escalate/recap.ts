import { DRAFT } from '../../escalate/draft-keys.js';
import { lateDepartments, responseDeadline } from '../../escalate/deadlines.js';
import { currentLevel } from '../../escalate/replay.js';
import { updateCadence, type JudgedUpdate } from '../../escalate/update-cadence.js';
import { commentsLine } from './comments.js';
import type { WalkSession } from './session.js';
import { stepOf } from '../../model/plan-index.js';

/** The first-response deadline: counting down, late, or frozen at met / missed once the response is out. */
export function deadlineLine(s: WalkSession): string | undefined {
  const deadline = responseDeadline(s.playbook, s.incident, s.now());
  if (!deadline) return undefined;
  const level = s.levelName(deadline.level);
  const due = s.clock(deadline.due);
  if (deadline.response) {
    const response = s.index.responses.get(deadline.response.response);
    const channel = s.index.channels.get(deadline.response.channel)?.name ?? deadline.response.channel;
    const by = s.t('walk.deadline.by', {
      kind: s.t(`kind.${response?.kind ?? 'apology'}`),
      channel,
      time: s.clock(deadline.response.at),
    });
    return deadline.status === 'met'
      ? s.color.green(s.t('walk.deadline.met', { level, due, by }))
      : s.color.red(s.t('walk.deadline.missed', { level, due, by, late: s.span(-deadline.minutesLeft) }));
  }
  // The due time, not minutes left: the line stays on screen while a question waits, and a
  // countdown printed once would soon say "0 min left" of a deadline long gone.
  // A drill's transcript is read afterwards, as of the script's clock: there the minutes stay true.
  const minutes = s.span(Math.abs(deadline.minutesLeft));
  if (deadline.minutesLeft >= 0)
    return s.color.yellow(
      s.drill
        ? s.t('walk.drill.deadlineLeft', { level, due, left: minutes })
        : s.t('walk.deadline.left', { level, due }),
    );
  return s.color.red(
    s.drill ? s.t('walk.drill.deadlineLate', { level, due, late: minutes }) : s.t('walk.deadline.late', { level, due }),
  );
}

/**
 * The next public update, once the first public response is out: counting down, or late in red.
 * The last update's verdict stays beside it, frozen as it went out, until the next public message;
 * alone once none is owed (after the public closing message, which may itself have been late).
 */
export function updateLine(s: WalkSession): string | undefined {
  const { next, last } = updateCadence(s.incident, s.playbook, s.now());
  const verdict = last && !s.incident.closed ? updateVerdict(s, last) : undefined;
  if (!next) return verdict;
  const due = s.clock(next.due);
  const minutes = s.span(Math.abs(next.minutesLeft));
  const since = s.clock(next.since);
  if (next.overdue)
    return s.color.red(
      s.drill ? s.t('walk.drill.updateLate', { due, late: minutes, since }) : s.t('walk.update.late', { due, since }),
    );
  const left = s.color.yellow(
    s.drill ? s.t('walk.drill.updateLeft', { due, left: minutes }) : s.t('walk.update.left', { due }),
  );
  return verdict ? `${verdict} ${left}` : left;
}

/** A public update's verdict as the report gives it (update-cadence.ts judges both). */
function updateVerdict(s: WalkSession, out: JudgedUpdate): string {
  const params = { time: s.clock(out.message.at), due: s.clock(out.due), late: s.span(-out.minutesLeft) };
  return out.late ? s.color.red(s.t('walk.update.outLate', params)) : s.color.green(s.t('walk.update.out', params));
}

/**
 * The deadlines still running, for a question that may wait on screen: the message menu's. A
 * drill's transcript, read top to bottom, has only those that changed since it last said them: a
 * deadline passed since the status above (an update fallen due) shows here, as on a terminal.
 */
export function runningDeadlines(s: WalkSession): string[] {
  const deadline = responseDeadline(s.playbook, s.incident, s.now());
  const first = deadline && !deadline.response ? deadlineLine(s) : undefined;
  const lines = [first, updateLine(s)].filter((line) => line !== undefined);
  if (!s.drill) return lines;
  const news = lines.filter((line) => !s.deadlinesSaid.includes(line));
  s.deadlinesSaid = lines;
  return news;
}

export function showDeadline(s: WalkSession): void {
  const line = deadlineLine(s);
  if (line) s.say(line);
  const update = updateLine(s);
  if (update) s.say(update);
  s.deadlinesSaid = [line, update].filter((said) => said !== undefined);
  const comments = commentsLine(s);
  if (comments) s.say(comments);
  for (const late of lateDepartments(s.playbook, s.incident, s.now())) {
    const department = s.index.departments.get(late.id);
    s.say(
      s.color.red(
        s.t('walk.late', {
          department: department?.name ?? late.id,
          asked: s.clock(late.askedAt),
          within: department?.respond_within ?? '',
        }),
      ),
    );
  }
}

/** On --resume of an incident whose first answers are all there is: which one it is. */
export function recapDraft(s: WalkSession, id: string): void {
  const summary = s.opening.get(DRAFT.summary);
  if (summary) s.say(s.color.bold(s.t('walk.recap.draft', { id, summary })));
}

/** On --resume, before any question: which incident this is, where it stands, and what comes next. */
export function recap(s: WalkSession, next: string): void {
  const state = s.incident;
  const level = currentLevel(state);
  s.say(s.color.bold(s.t('walk.recap.title', { id: state.id, summary: state.summary })));
  s.say(s.t('walk.recap.opened', { seen: s.clock(state.detectedAt), level: level ? s.levelName(level) : '—' }));
  // A step id may stand in several levels: its title is the one of the level it was handled at.
  const title = (id: string, level: string) => stepOf(s.playbook, level, id)?.title ?? id;
  const handled = (status: string) =>
    [...state.steps].filter(([, record]) => record.status === status).map(([id, record]) => title(id, record.level));
  const done = handled('done');
  const later = handled('later');
  const reached = [...state.contacts].filter(([, c]) => c.status === 'reached').map(([id]) => s.contactName(id));
  // Who was called and never reached, said beside who was: "reached" alone reads as everyone.
  const missed = [...state.contacts].filter(([, c]) => c.status !== 'reached').map(([id]) => s.contactName(id));
  if (reached.length > 0) s.say(s.t('walk.recap.reached', { names: reached.join(', ') }));
  if (missed.length > 0) s.say(s.t('walk.recap.notReached', { names: missed.join(', ') }));
  if (done.length > 0) s.say(s.t('walk.recap.done', { steps: done.join('; ') }));
  if (later.length > 0) s.say(s.t('walk.recap.later', { steps: later.join('; ') }));
  s.say(s.t('walk.recap.next', { next }));
}
