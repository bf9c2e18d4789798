import { lateDepartments, responseDeadline } from '../../escalate/deadlines.js';
import { currentLevel } from '../../escalate/replay.js';
import type { WalkSession } from './session.js';

/** The first-response deadline: counting down, late, or frozen at met / missed once the response is out. */
export function deadlineLine(s: WalkSession): string | undefined {
  const deadline = responseDeadline(s.playbook, s.incident, s.now());
  if (!deadline) return undefined;
  const level = s.levelName(deadline.level);
  const due = s.time(deadline.due);
  if (deadline.response) {
    const response = s.playbook.responses.find((r) => r.id === deadline.response!.response);
    const channel = s.playbook.channels.find((c) => c.id === deadline.response!.channel)?.name ?? deadline.response.channel;
    const by = s.t('walk.deadline.by', { kind: s.t(`kind.${response?.kind ?? 'apology'}`), channel, time: s.time(deadline.response.at, 'time') });
    return deadline.status === 'met'
      ? s.color.green(s.t('walk.deadline.met', { level, due, by }))
      : s.color.red(s.t('walk.deadline.missed', { level, due, by, minutes: -deadline.minutesLeft }));
  }
  if (deadline.minutesLeft >= 0) return s.color.yellow(s.t('walk.deadline.left', { level, due, minutes: deadline.minutesLeft }));
  return s.color.red(s.t('walk.deadline.late', { level, due, minutes: -deadline.minutesLeft }));
}

export function showDeadline(s: WalkSession): void {
  const line = deadlineLine(s);
  if (line) s.say(line);
  for (const late of lateDepartments(s.playbook, s.incident, s.now())) {
    const department = s.playbook.departments?.find((d) => d.id === late.id);
    s.say(s.color.red(s.t('walk.late', { department: department?.name ?? late.id, asked: s.time(late.askedAt, 'time'), within: department?.respond_within ?? '' })));
  }
}

/** On --resume, before any question: which incident this is, where it stands, and what comes next. */
export function recap(s: WalkSession, next: string): void {
  const state = s.incident;
  const level = currentLevel(state);
  s.say(s.color.bold(s.t('walk.recap.title', { id: state.id, summary: state.summary })));
  s.say(s.t('walk.recap.opened', { seen: s.time(state.detectedAt), level: level ? s.levelName(level) : '—' }));
  const steps = s.playbook.levels.flatMap((l) => l.steps).filter((step, index, all) => all.findIndex((other) => other.id === step.id) === index);
  const done = steps.filter((step) => state.steps.get(step.id)?.status === 'done').map((step) => step.title);
  const later = steps.filter((step) => state.steps.get(step.id)?.status === 'later').map((step) => step.title);
  const reached = [...state.contacts].filter(([, c]) => c.status === 'reached').map(([id]) => s.contactName(id));
  if (reached.length > 0) s.say(s.t('walk.recap.reached', { names: reached.join(', ') }));
  if (done.length > 0) s.say(s.t('walk.recap.done', { steps: done.join('; ') }));
  if (later.length > 0) s.say(s.t('walk.recap.later', { steps: later.join('; ') }));
  s.say(s.t('walk.recap.next', { next }));
}
