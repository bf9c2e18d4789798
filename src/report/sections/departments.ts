import { dueAfter, isLate } from '../../escalate/deadlines.js';
import { parseDuration } from '../../model/duration.js';
import { durationText } from '../../i18n/duration-text.js';
import type { DepartmentOutcome, ReportData } from '../report-data.js';
import { minutesBetween, type Facts, type ViewFormat } from './facts.js';

// The departments asked for input, and whether each answered within its commitment.

export function departmentsData({ state, index, end }: Facts): ReportData['departments'] {
  return [...state.departments].map(([id, asked]) => {
    const department = index.departments.get(id);
    const due = dueAfter(asked.askedAt, department?.respond_within);
    const answered = asked.answeredAt;
    // Once closed, nothing is pending: a department silent at the close gave no answer (missed if its time had run out).
    const silent: DepartmentOutcome = state.closed ? 'unanswered' : 'pending';
    // Late: answered after its time, or still silent once its time ran out.
    const late = due !== undefined && isLate(answered ?? end, due);
    const outcome: DepartmentOutcome = late ? 'missed' : answered ? 'met' : silent;
    return {
      department: id,
      name: department?.name ?? id,
      askedAt: asked.askedAt,
      answeredAt: answered,
      tookMinutes: answered ? minutesBetween(asked.askedAt, answered) : undefined,
      commitmentMinutes:
        department?.respond_within === undefined ? undefined : parseDuration(department.respond_within),
      outcome,
    };
  });
}

export function departmentsView(data: ReportData, { esc, time, labels, minutes, outcome, t }: ViewFormat) {
  return data.departments.map((d) => ({
    ...d,
    name: esc(d.name),
    asked: time(d.askedAt),
    /** When it answered, or "no answer". */
    answered: d.answeredAt ? time(d.answeredAt) : labels.noAnswer,
    took: minutes(d.tookMinutes),
    /** The commitment, in words: "1 h". */
    commitment: d.commitmentMinutes === undefined ? '' : durationText(t, d.commitmentMinutes),
    outcomeLabel: d.outcome === 'unanswered' ? labels.noAnswer : outcome(d.outcome),
    missed: d.outcome === 'missed',
  }));
}
