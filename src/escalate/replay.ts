import type { ContactStatus, EventOf, IncidentEvent, StepStatus } from './events.js';

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
  triage?: EventOf<'triaged'>['answers'];
  /** Every level the incident has had, in order; the last is the current one. */
  levels: LevelChange[];
  contacts: Map<string, { status: ContactStatus; at: string }>;
  /** Keyed by step id: a step done at one level (asking a department) is done at the next. */
  steps: Map<string, { status: StepStatus; at: string; level: string; reason?: string }>;
  departments: Map<string, { askedAt: string; step: string; answeredAt?: string }>;
  published: Array<EventOf<'published'>>;
  notes: Array<EventOf<'note'>>;
  promises: Map<string, EventOf<'promise'> & { doneAt?: string }>;
  closed?: EventOf<'closed'>;
  /** The time of the last event: where the incident's own clock stands. */
  lastAt: string;
}

export function currentLevel(state: IncidentState): string | undefined {
  return state.levels.at(-1)?.level;
}

/** Rebuilds the state of an incident from its journal. Events before `opened` are an error. */
export function replay(events: readonly IncidentEvent[]): IncidentState {
  const [first, ...rest] = events;
  if (!first || first.type !== 'opened') throw new Error('A journal starts with an "opened" event.');
  const state: IncidentState = {
    id: first.id,
    summary: first.summary,
    channel: first.channel,
    link: first.link,
    detectedAt: first.detected_at,
    openedAt: first.at,
    levels: [],
    contacts: new Map(),
    steps: new Map(),
    departments: new Map(),
    published: [],
    notes: [],
    promises: new Map(),
    lastAt: first.at,
  };
  for (const event of rest) apply(state, event);
  return state;
}

function apply(state: IncidentState, event: IncidentEvent): void {
  state.lastAt = event.at;
  switch (event.type) {
    case 'opened':
      throw new Error('An incident is opened once.');
    case 'triaged':
      state.triage = event.answers;
      state.levels.push({ level: event.level, at: event.at, reason: '' });
      break;
    case 'level':
      state.levels.push({ level: event.level, at: event.at, reason: event.reason });
      break;
    case 'contact':
      state.contacts.set(event.contact, { status: event.status, at: event.at });
      break;
    case 'step':
      state.steps.set(event.step, { status: event.status, at: event.at, level: event.level, reason: event.reason });
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
      state.published.push(event);
      break;
    case 'note':
      state.notes.push(event);
      break;
    case 'promise':
      state.promises.set(event.promise, { ...event });
      break;
    case 'promise-done': {
      const promise = state.promises.get(event.promise);
      if (promise) promise.doneAt = event.at;
      break;
    }
    case 'closed':
      state.closed = event;
      break;
  }
}
