import { draftVariable, DRAFT_GROUP, STEP_DRAFT_PARTS, type DraftKey } from './draft-keys.js';
import { isUpdateStep, type EventOf, type IncidentEvent } from './events.js';

export interface LevelChange {
  level: string;
  at: string;
  reason: string;
}

export interface IncidentState {
  id: string;
  summary: string;
  channel: string;
  link?: string;
  detectedAt: string;
  openedAt: string;
  drill: boolean;
  triage?: EventOf<'triaged'>['answers'];
  /** Every level the incident has had, in order; the last is the current one. */
  levels: LevelChange[];
  /** The contact who runs the walkthrough, when they said so. */
  onDuty?: string;
  contacts: Map<string, { status: EventOf<'contact'>['status']; at: string }>;
  /** Keyed by step id: a step done at one level (asking a department) is done at the next. */
  steps: Map<
    string,
    { status: EventOf<'step'>['status']; at: string; level: string; reason?: string; interrupted?: boolean }
  >;
  departments: Map<string, { askedAt: string; step: string; answeredAt?: string }>;
  published: Array<EventOf<'published'>>;
  handoffs: Array<EventOf<'handoff'>>;
  notes: Array<EventOf<'note'>>;
  promises: Map<string, EventOf<'promise'> & { doneAt?: string }>;
  /** Confirmed answers whose fact is not complete yet, by question key (see events.ts). */
  drafts: Map<DraftKey, string>;
  /** The last value given to each message variable, by name: the default wherever it is asked again. */
  vars: Map<string, string>;
  closed?: EventOf<'closed'>;
  /** The time of the last event: where the incident's own clock stands. */
  lastAt: string;
}

export function currentLevel(state: IncidentState): string | undefined {
  return state.levels.at(-1)?.level;
}

/** Answers given before the incident was opened (its first questions), by key. */
export function openingDrafts(events: readonly IncidentEvent[]): Map<DraftKey, string> {
  const drafts = new Map<DraftKey, string>();
  for (const event of events) {
    if (event.type !== 'answer') break;
    drafts.set(event.key as DraftKey, event.value);
  }
  return drafts;
}

/** True when the journal has an `opened` event after its opening drafts. */
export function isOpened(events: readonly IncidentEvent[]): boolean {
  return events.some((event) => event.type === 'opened');
}

/** The state right after `opened`; fold the rest in with `apply`. */
export function openState(opened: EventOf<'opened'>): IncidentState {
  return {
    id: opened.id,
    summary: opened.summary,
    channel: opened.channel,
    link: opened.link,
    detectedAt: opened.detected_at,
    openedAt: opened.at,
    drill: opened.drill === true,
    levels: [],
    contacts: new Map(),
    steps: new Map(),
    departments: new Map(),
    published: [],
    handoffs: [],
    notes: [],
    promises: new Map(),
    drafts: new Map(),
    vars: new Map(),
    lastAt: opened.at,
  };
}

/**
 * Rebuilds the state of an incident from its journal. Answers given before `opened` are
 * skipped (they are the opening questions); any other event before it is an error.
 */
export function replay(events: readonly IncidentEvent[]): IncidentState {
  const start = events.findIndex((event) => event.type !== 'answer');
  const first = events[start];
  if (!first || first.type !== 'opened') throw new Error('A journal starts with an "opened" event.');
  const state = openState(first);
  for (let index = start + 1; index < events.length; index += 1) apply(state, events[index]!);
  return state;
}

function dropDrafts(state: IncidentState, prefix: string): void {
  for (const key of [...state.drafts.keys()]) if (key.startsWith(prefix)) state.drafts.delete(key);
}

function dropStepDrafts(state: IncidentState, step: string): void {
  for (const key of [...state.drafts.keys()]) {
    if (STEP_DRAFT_PARTS.some((part) => key === `${part}.${step}` || key.startsWith(`${part}.${step}.`)))
      state.drafts.delete(key);
  }
}

/** Folds one event into the state: the walkthrough keeps one state and applies each event it records. */
export function apply(state: IncidentState, event: IncidentEvent): void {
  state.lastAt = event.at;
  switch (event.type) {
    case 'opened':
      throw new Error('An incident is opened once.');
    case 'answer': {
      // A key from the journal: one this version does not know is kept, and asks nothing.
      state.drafts.set(event.key as DraftKey, event.value);
      const variable = draftVariable(event.key);
      if (variable) state.vars.set(variable.name, event.value);
      break;
    }
    case 'triaged':
      state.triage = event.answers;
      state.levels.push({ level: event.level, at: event.at, reason: '' });
      dropDrafts(state, DRAFT_GROUP.triage);
      break;
    case 'level':
      state.levels.push({ level: event.level, at: event.at, reason: event.reason });
      dropDrafts(state, DRAFT_GROUP.level);
      // A step an earlier change interrupted is owed again by any level that has it.
      for (const [id, step] of [...state.steps]) if (step.interrupted) state.steps.delete(id);
      break;
    case 'on-duty':
      state.onDuty = event.contact;
      break;
    case 'contact':
      state.contacts.set(event.contact, { status: event.status, at: event.at });
      break;
    case 'step':
      // An update's end clears its drafts; it is no step of the plan (see update-step.ts).
      if (isUpdateStep(event.step)) {
        dropDrafts(state, DRAFT_GROUP.update);
        dropStepDrafts(state, event.step);
        break;
      }
      state.steps.set(event.step, {
        status: event.status,
        at: event.at,
        level: event.level,
        reason: event.reason,
        interrupted: event.interrupted,
      });
      // A step done or skipped needs none of its answers again; one left for later keeps them.
      if (event.status !== 'later') dropStepDrafts(state, event.step);
      break;
    case 'asked':
      state.departments.set(event.department, { askedAt: event.at, step: event.step });
      break;
    case 'answered': {
      const asked = state.departments.get(event.department);
      if (asked) asked.answeredAt = event.at;
      break;
    }
    case 'published':
      state.published.push({ ...event });
      break;
    case 'post-link': {
      const post = state.published.findLast((p) => p.channel === event.channel && p.step === event.step);
      if (post) post.url = event.url;
      break;
    }
    case 'handoff':
      state.handoffs.push(event);
      break;
    case 'note':
      state.notes.push(event);
      break;
    case 'promise':
      state.promises.set(event.promise, { ...event });
      dropDrafts(state, DRAFT_GROUP.promise);
      break;
    case 'promise-done': {
      const promise = state.promises.get(event.promise);
      if (promise) promise.doneAt = event.at;
      break;
    }
    case 'closed':
      state.closed = event;
      dropDrafts(state, DRAFT_GROUP.close);
      break;
  }
}

/** The id of the next promise of this incident: the incident's id and a count, as scripts and the terminal both number them. */
export function nextPromiseId(state: Pick<IncidentState, 'id' | 'promises'>): string {
  return `${state.id}-${state.promises.size + 1}`;
}
