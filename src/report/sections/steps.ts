import { isLate, stepDue } from '../../escalate/deadlines.js';
import { stepOf } from '../../model/plan-index.js';
import type { Outcome, ReportData } from '../report-data.js';
import type { Facts, ViewFormat } from './facts.js';

// The steps of the levels reached: each one recorded, against its time, and those left undone.

export function stepsData({ playbook, state, index }: Facts): Pick<ReportData, 'steps' | 'stepsUndone'> {
  const allSteps = playbook.levels.flatMap((level) => level.steps.map((step) => ({ level, step })));
  const steps = [...state.steps].map(([id, record]) => {
    // The step as the level it was recorded at has it; else as the first level that has it (the level may have changed since).
    const level = index.levels.get(record.level);
    const step = stepOf(playbook, record.level, id);
    const found = level && step ? { level, step } : allSteps.find((entry) => entry.step.id === id);
    const due =
      found &&
      stepDue(
        { ...state, levels: state.levels.filter((l) => Date.parse(l.at) <= Date.parse(record.at)) },
        found.step.within,
      );
    const outcome: Outcome | undefined =
      due && record.status === 'done' ? (isLate(record.at, due) ? 'missed' : 'met') : undefined;
    return {
      level: found?.level.id ?? '',
      step: id,
      title: found?.step.title ?? id,
      status: record.status,
      at: record.at,
      due: due?.toISOString(),
      outcome,
      reason: record.reason,
    };
  });
  const reachedLevels = new Set(state.levels.map((l) => l.level));
  const stepsUndone = allSteps
    .filter(
      ({ level, step }) =>
        reachedLevels.has(level.id) && !['done', 'skipped'].includes(state.steps.get(step.id)?.status ?? ''),
    )
    .map(({ level, step }) => ({ level: level.id, step: step.id, title: step.title }));
  return { steps, stepsUndone };
}

export function stepsView(data: ReportData, { esc, time, labels, outcome, levelName }: ViewFormat) {
  const { open } = data.incident;
  return {
    steps: data.steps.map((s) => ({
      ...s,
      title: esc(s.title),
      // A step the walkthrough left because the level changed says so in words, not as its code.
      reason: s.reason === 'level-change' ? labels.levelChanged : s.reason === undefined ? undefined : esc(s.reason),
      time: time(s.at),
      dueTime: time(s.due),
      statusLabel: s.status === 'later' && !open ? labels.notDone : labels[s.status],
      outcomeLabel: outcome(s.outcome),
      missed: s.outcome === 'missed',
      levelName: levelName(s.level),
    })),
    stepsUndone: data.stepsUndone.map((s) => ({ ...s, title: esc(s.title), levelName: levelName(s.level) })),
  };
}
