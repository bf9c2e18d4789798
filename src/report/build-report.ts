import { departmentDue, firstResponseDeadline, isPublicResponse, stepDue } from '../escalate/deadlines.js';
import { audienceOf } from '../escalate/events.js';
import { notifyPlan } from '../escalate/next-question.js';
import type { IncidentState } from '../escalate/replay.js';
import { promiseOutcome } from '../escalate/promise-due.js';
import type { Playbook } from '../model/schema.js';
import type { DepartmentOutcome, Outcome, ReportData } from './report-data.js';
import { updateRecord } from '../escalate/update-cadence.js';
import { planIndex, stepOf } from '../model/plan-index.js';

const MINUTE = 60_000;
const minutesBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / MINUTE);

export type { Outcome, ReportData } from './report-data.js';

/** The most severe level the incident reached, whatever it was lowered to since. */
function peakLevel(playbook: Playbook, state: IncidentState): string | undefined {
  const severity = (id: string) => planIndex(playbook).levels.get(id)?.severity ?? -Infinity;
  return state.levels.reduce<string | undefined>(
    (peak, change) => (peak === undefined || severity(change.level) > severity(peak) ? change.level : peak),
    undefined,
  );
}

/** Builds the report of one incident from its replayed journal; `now` only matters while it is open. */
export function buildReport(playbook: Playbook, state: IncidentState, now: Date): ReportData {
  const index = planIndex(playbook);
  const contactOf = (id: string) => index.contacts.get(id);
  const end = state.closed?.at ?? now.toISOString();
  const kindOf = (id: string) => index.responses.get(id)?.kind;
  const channelName = (id: string) => index.channels.get(id)?.name ?? id;

  const deadline = firstResponseDeadline(playbook, state, now);
  // A private reply or a notice to the team is no public response, whatever its channel.
  const firstPublic = state.published.find((p) => isPublicResponse(playbook, p));
  const firstResponse = deadline && {
    due: deadline.due.toISOString(),
    at: firstPublic?.at,
    kind: firstPublic && kindOf(firstPublic.response),
    channel: firstPublic?.channel,
    channelName: firstPublic && channelName(firstPublic.channel),
    outcome: deadline.status,
    lateMinutes:
      deadline.status === 'missed' ? minutesBetween(deadline.due.toISOString(), firstPublic?.at ?? end) : undefined,
  };

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
      due && record.status === 'done' ? (Date.parse(record.at) <= due.getTime() ? 'met' : 'missed') : undefined;
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

  const departments = [...state.departments].map(([id, asked]) => {
    const department = index.departments.get(id);
    const due = departmentDue(asked.askedAt, department?.respond_within);
    const answered = asked.answeredAt;
    // Once closed, nothing is pending: a department silent at the close gave no answer (missed if its time had run out).
    const silent: DepartmentOutcome = state.closed ? 'unanswered' : 'pending';
    const outcome: DepartmentOutcome = !due
      ? answered
        ? 'met'
        : silent
      : answered
        ? Date.parse(answered) <= due.getTime()
          ? 'met'
          : 'missed'
        : Date.parse(end) > due.getTime()
          ? 'missed'
          : silent;
    return {
      department: id,
      name: department?.name ?? id,
      askedAt: asked.askedAt,
      answeredAt: answered,
      tookMinutes: answered ? minutesBetween(asked.askedAt, answered) : undefined,
      commitment: department?.respond_within,
      outcome,
    };
  });

  const contacts = [...state.contacts].map(([id, record]) => {
    const contact = contactOf(id);
    // A stand-in only once the person replaced was tried: a backup reached earlier was called for themselves.
    const backupFor = [...state.contacts.keys()].find((other) => {
      const tried = state.contacts.get(other);
      return (
        contactOf(other)?.backup === id &&
        tried?.status === 'unreachable' &&
        Date.parse(tried.at) <= Date.parse(record.at)
      );
    });
    return {
      contact: id,
      name: contact?.name ?? id,
      role: contact?.role ?? '',
      status: record.status,
      at: record.at,
      backupFor,
      external: contact?.external ?? false,
      phone: contact?.phone,
      email: contact?.email,
    };
  });
  // In the order they were tried, which a contact tried twice may not keep in the journal's map.
  contacts.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const plan = notifyPlan(playbook, state);
  const reached = contacts
    .filter((c) => c.status === 'reached')
    .map((c) => c.at)
    .sort();
  const statement = state.published.find(
    (p) => kindOf(p.response) === 'apology' && index.channels.get(p.channel)?.format === 'long',
  );
  const cadence = updateRecord(playbook, state, now);
  const judged = new Map(cadence.updates.map((update) => [update.message, update]));
  // The update cadence counts only where a level the incident reached sets one.
  const paced = state.levels.some((change) => index.levels.get(change.level)?.update_every !== undefined);
  const outcomes = [firstResponse?.outcome, ...steps.map((s) => s.outcome), ...departments.map((d) => d.outcome)];

  return {
    incident: {
      id: state.id,
      summary: state.summary,
      channel: state.channel,
      link: state.link,
      detectedAt: state.detectedAt,
      declaredAt: state.openedAt,
      closedAt: state.closed?.at,
      open: !state.closed,
      level: state.levels.at(-1)?.level,
      channelName: index.channels.get(state.channel)?.name,
      peakLevel: peakLevel(playbook, state),
      onDuty:
        state.onDuty === undefined
          ? undefined
          : { contact: state.onDuty, name: contactOf(state.onDuty)?.name ?? state.onDuty },
    },
    levels: state.levels.map((l) => ({ ...l, name: index.levels.get(l.level)?.name ?? l.level })),
    triage: (state.triage ?? []).map((a) => ({
      question: index.triage.get(a.question)?.question ?? a.question,
      option: a.option,
      level: a.level,
    })),
    contacts,
    unreachableChains: plan.exhausted.map((e) => contactOf(e.contact)?.name ?? e.contact),
    firstResponse,
    steps,
    stepsUndone,
    departments,
    messages: state.published.map((p) => {
      const update = judged.get(p);
      return {
        at: p.at,
        step: p.step,
        response: p.response,
        kind: kindOf(p.response),
        audience: audienceOf(p),
        channel: p.channel,
        channelName: channelName(p.channel),
        text: p.text,
        url: p.url,
        edited: p.edited,
        // Always a key, so a strict template may test it on any message; JSON leaves it out when undefined.
        failedChecks: p.failed_checks && p.failed_checks.length > 0 ? p.failed_checks : undefined,
        ...(update && {
          update: true,
          updateDue: update.due.toISOString(),
          ...(update.late && { late: true, minutesLate: -update.minutesLeft }),
        }),
      };
    }),
    promises: [...state.promises.values()].map((p) => ({
      id: p.promise,
      to: p.to,
      what: p.what,
      approvedBy: contactOf(p.approved_by)?.name ?? p.approved_by,
      at: p.at,
      honoured: p.doneAt !== undefined,
      doneAt: p.doneAt,
      due: p.due,
      ...promiseOutcome(p, now),
    })),
    notes: state.notes.map((n) => ({ at: n.at, text: n.text })),
    resolution: state.closed?.resolution,
    lessons: state.closed?.lessons,
    metrics: {
      firstResponseMinutes: firstPublic ? minutesBetween(state.detectedAt, firstPublic.at) : undefined,
      reachEveryoneMinutes:
        !plan.next && plan.exhausted.length === 0 && reached.length > 0
          ? minutesBetween(state.openedAt, reached.at(-1)!)
          : undefined,
      statementMinutes: statement ? minutesBetween(state.detectedAt, statement.at) : undefined,
      durationMinutes: minutesBetween(state.detectedAt, end),
      deadlinesMet: outcomes.filter((o) => o === 'met').length,
      deadlinesMissed: outcomes.filter((o) => o === 'missed').length,
      updatesOnTime: paced && cadence.longestSilence ? cadence.onTime : undefined,
      updatesDue: paced && cadence.longestSilence ? cadence.total : undefined,
      longestSilenceMinutes: cadence.longestSilence?.minutes,
    },
  };
}
