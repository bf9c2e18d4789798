import type { IncidentState } from '../escalate/replay.js';
import type { Playbook } from '../model/schema.js';
import { REPORT_VERSION, type ReportData } from './report-data.js';
import { commentsData, type CommentsInput } from './sections/comments.js';
import { contactsData } from './sections/contacts.js';
import { departmentsData } from './sections/departments.js';
import { factsOf } from './sections/facts.js';
import { firstResponseData } from './sections/first-response.js';
import { incidentData, recordData } from './sections/incident.js';
import { messagesData } from './sections/messages.js';
import { metricsData } from './sections/metrics.js';
import { promisesData } from './sections/promises.js';
import { stepsData } from './sections/steps.js';

/**
 * Builds the report of one incident from its replayed journal, made at `now`. A closed incident is
 * judged as of its close, so its report reads the same any day; an open one as of `now`.
 * Each section (sections/) builds its part from the same facts; the metrics read the sections.
 * The keys keep the JSON format's order. `comments`: the queue's file and the watch's mentions, when read.
 */
export function buildReport(playbook: Playbook, state: IncidentState, now: Date, comments?: CommentsInput): ReportData {
  const facts = factsOf(playbook, state, now);
  const { incident, levels, triage } = incidentData(facts);
  const { contacts, unreachableChains } = contactsData(facts);
  const { steps, stepsUndone } = stepsData(facts);
  const sections = {
    version: REPORT_VERSION,
    generatedAt: now.toISOString(),
    incident,
    levels,
    triage,
    contacts,
    unreachableChains,
    firstResponse: firstResponseData(facts),
    steps,
    stepsUndone,
    departments: departmentsData(facts),
    messages: messagesData(facts),
    promises: promisesData(facts),
    ...recordData(facts),
    comments: commentsData(facts, comments),
  };
  return { ...sections, metrics: metricsData(facts, sections) };
}
