import type { Audience } from '../escalate/events.js';
import type { ResponseKind } from '../model/schema.js';

// What a report knows of an incident: the JSON format as it is, and what templates receive
// (formatted by report-view.ts, section by section in sections/). Kept apart from the builder
// so a template's author reads it alone.
export type Outcome = 'met' | 'missed' | 'pending';
/** `unanswered`: the incident closed before the department answered, and before its time ran out. */
export type DepartmentOutcome = Outcome | 'unanswered';
export type PromiseOutcome = 'kept' | 'kept-late' | 'open' | 'overdue';

/** Every fact and metric of an incident, as data: the JSON report, and what templates receive. */
export interface ReportData {
  incident: {
    id: string;
    summary: string;
    channel: string;
    link?: string;
    detectedAt: string;
    declaredAt: string;
    closedAt?: string;
    open: boolean;
    level?: string;
    /** The channel's name in the plan; absent when the incident started somewhere the plan does not list. */
    channelName?: string;
    /** The most severe level reached, which `level` (the last) may be below. */
    peakLevel?: string;
    /** Who ran the walkthrough (`escalate --as`, or the answer to "who are you?"). */
    onDuty?: { contact: string; name: string };
  };
  levels: Array<{ level: string; name: string; at: string; reason: string }>;
  triage: Array<{ question: string; option: string; level: string }>;
  contacts: Array<{
    contact: string;
    name: string;
    role: string;
    status: string;
    at: string;
    backupFor?: string;
    external: boolean;
    phone?: string;
    email?: string;
  }>;
  unreachableChains: string[];
  /** The first public response against its deadline, and which response it was (its kind and channel). */
  firstResponse?: {
    due: string;
    at?: string;
    kind?: ResponseKind;
    channel?: string;
    channelName?: string;
    outcome: Outcome;
    lateMinutes?: number;
  };
  steps: Array<{
    level: string;
    step: string;
    title: string;
    status: string;
    at: string;
    due?: string;
    outcome?: Outcome;
    reason?: string;
  }>;
  stepsUndone: Array<{ level: string; step: string; title: string }>;
  departments: Array<{
    department: string;
    name: string;
    askedAt: string;
    answeredAt?: string;
    tookMinutes?: number;
    commitment?: string;
    outcome: DepartmentOutcome;
  }>;
  /** `audience`: a public post, a private reply to one person, or a notice to the team. */
  messages: Array<{
    at: string;
    step?: string;
    response: string;
    kind?: ResponseKind;
    audience: 'public' | Audience;
    channel: string;
    channelName: string;
    text: string;
    url?: string;
    edited: boolean;
    /** The checks the message as rendered failed, when the operator edited it before publishing. */
    failedChecks?: string[];
    /**
     * A public message after the first public response, judged against the update cadence
     * (`update_every`): when it was due, and, when it came late, by how many minutes. A message
     * posted on several channels is judged once, on its first post.
     */
    update?: true;
    updateDue?: string;
    late?: true;
    minutesLate?: number;
  }>;
  promises: Array<{
    id: string;
    to: string;
    what: string;
    approvedBy: string;
    at: string;
    honoured: boolean;
    doneAt?: string;
    /** When it was due; absent when none was given. */
    due?: string;
    /** Kept on time, kept late, or still open (overdue or not) when the report was made. */
    outcome: PromiseOutcome;
    /** How late it was kept, or how late it is now while overdue. */
    lateMinutes?: number;
  }>;
  /**
   * The comment queue (sections/comments.ts): present when it holds something, or when the watch saw
   * the incident coming. Counts by each item's final state; `coverage` is the share answered or
   * reviewed (0 to 1); times to answer run from when each was first seen to its first answer.
   */
  comments?: {
    received: number;
    answeredPublic: number;
    answeredPrivate: number;
    reviewed: { count: number; reasons: Array<{ reason: string; count: number }> };
    hidden: { count: number; reasons: Array<{ reason: string; count: number }> };
    blocked: { count: number; reasons: Array<{ reason: string; count: number }> };
    waiting: number;
    coverage?: number;
    answerMedianMinutes?: number;
    answerP90Minutes?: number;
    /** Mentions the watch saw, by the hour they were first seen in. */
    mentionsPerHour: Array<{ hour: string; count: number }>;
    /** The first mention seen in the day before the incident was declared: how early it was visible. */
    firstSeen?: { at: string; feed: string; link?: string; minutesBeforeDeclared: number };
  };
  notes: Array<{ at: string; text: string }>;
  resolution?: string;
  lessons?: string;
  metrics: {
    firstResponseMinutes?: number;
    reachEveryoneMinutes?: number;
    statementMinutes?: number;
    durationMinutes: number;
    deadlinesMet: number;
    deadlinesMissed: number;
    /**
     * The update cadence, from the first public response to the close (or now): updates that went
     * out by their deadline, of those due (each judged update, and one owed past its deadline at
     * the end); none before a first public response or where no level reached sets update_every.
     */
    updatesOnTime?: number;
    updatesDue?: number;
    /** The longest time without a public message, from the first public response to the close (or now). */
    longestSilenceMinutes?: number;
  };
}
