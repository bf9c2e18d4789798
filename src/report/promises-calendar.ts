import ICAL from 'ical.js';
import { printable } from '../model/control-chars.js';
import type { ListedPromise } from '../escalate/promise-due.js';
import type { Translate } from '../i18n/index.js';

// The promises as an iCalendar file (RFC 5545) for Apple Calendar and Reminders, Outlook and
// Google Calendar: ical.js (Mozilla's, Thunderbird's) writes it, with escaping, CRLF and folding
// by octets done there. Times are UTC with Z, so no VTIMEZONE is needed and every client agrees.
// Nothing in it depends on when it is exported but the reminders still to come: DTSTAMP is when
// the incident last changed, so exporting an unchanged journal again gives the same bytes.

/** A promise as the calendar shows it: the listing's facts, with the approver's name. */
export interface CalendarPromise extends ListedPromise {
  approvedByName: string;
  /** When its incident's journal last changed. */
  changedAt: string;
}

/** An incident's next public update, due at `due` (the update cadence). */
export interface UpdateDeadline {
  incidentId: string;
  summary: string;
  due: string;
  /** Grows with the journal (its count of events), so a re-import replaces the copy a calendar holds. */
  sequence: number;
  changedAt: string;
  /**
   * The incident closed: the deadline it had is sent once more as cancelled, or the event would
   * stay in every calendar that imported it, since a client never deletes what a file leaves out.
   */
  cancelled?: boolean;
}

export interface CalendarInput {
  brand: string;
  lang: string;
  version: string;
  promises: readonly CalendarPromise[];
  updates: readonly UpdateDeadline[];
  now: Date;
  t: Translate;
}

const HOUR = 3_600_000;
// RFC 5545 §3.1: lines of at most 75 octets, the space that starts a folded line included.
const FOLD_OCTETS = 74;

const utc = (when: string | Date) => ICAL.Time.fromJSDate(typeof when === 'string' ? new Date(when) : when, true);

/** A text property's value: one kind of line break, and no control character but the line breaks (§3.3.11). */
const text = (value: string) => printable(value.replace(/\r\n?/g, '\n'), { lines: true }).replaceAll('\t', ' ');

function todo(p: CalendarPromise, input: CalendarInput): ICAL.Component {
  const { t } = input;
  const component = new ICAL.Component('vtodo');
  // Stable across exports: importing the file again updates each promise instead of adding it twice.
  component.addPropertyWithValue('uid', `promise-${p.id}@crisis`);
  component.addPropertyWithValue('dtstamp', utc(p.changedAt));
  component.addPropertyWithValue('created', utc(p.at));
  component.addPropertyWithValue('last-modified', utc(p.doneAt ?? p.at));
  // A client keeps the copy with the higher sequence: honouring a promise is its one change.
  component.addPropertyWithValue('sequence', p.doneAt ? 1 : 0);
  component.addPropertyWithValue('summary', text(t('ics.todo', { to: p.to, what: p.what })));
  const description = t('ics.todoDescription', {
    what: p.what,
    to: p.to,
    by: p.approvedByName,
    incident: p.incidentId,
    summary: p.summary,
    id: p.id,
  });
  component.addPropertyWithValue('description', text(description));
  if (p.due) component.addPropertyWithValue('due', utc(p.due));
  if (p.doneAt) {
    component.addPropertyWithValue('status', 'COMPLETED');
    component.addPropertyWithValue('completed', utc(p.doneAt));
    component.addPropertyWithValue('percent-complete', 100);
  } else {
    component.addPropertyWithValue('status', 'NEEDS-ACTION');
    // An absolute trigger: clients read it alike, where one relative to DUE is read by some as relative to a start.
    if (p.due)
      addAlarm(component, new Date(Date.parse(p.due) - HOUR), t('ics.alarm', { to: p.to, what: p.what }), input);
  }
  return component;
}

/** A reminder at `at`, unless that is already past when the file is made: a client would show it at once, or late. */
function addAlarm(parent: ICAL.Component, at: Date, description: string, input: CalendarInput): void {
  if (at < input.now) return;
  const component = new ICAL.Component('valarm');
  component.addPropertyWithValue('action', 'DISPLAY');
  component.addPropertyWithValue('description', text(description));
  // A time as its value makes the trigger a DATE-TIME one.
  component.addPropertyWithValue('trigger', utc(at));
  parent.addSubcomponent(component);
}

function updateEvent(update: UpdateDeadline, input: CalendarInput): ICAL.Component {
  const title = input.t('ics.update', { summary: update.summary });
  const component = new ICAL.Component('vevent');
  component.addPropertyWithValue('uid', `update-${update.incidentId}@crisis`);
  component.addPropertyWithValue('dtstamp', utc(update.changedAt));
  component.addPropertyWithValue('sequence', update.sequence);
  if (update.cancelled) component.addPropertyWithValue('status', 'CANCELLED');
  component.addPropertyWithValue('dtstart', utc(update.due));
  component.addPropertyWithValue('dtend', utc(new Date(Date.parse(update.due) + 15 * 60_000)));
  component.addPropertyWithValue('summary', text(title));
  const description = input.t('ics.updateDescription', { incident: update.incidentId, summary: update.summary });
  component.addPropertyWithValue('description', text(description));
  component.addPropertyWithValue('transp', 'TRANSPARENT');
  if (!update.cancelled) addAlarm(component, new Date(Date.parse(update.due) - 10 * 60_000), title, input);
  return component;
}

/**
 * The calendar file: one VTODO per promise, one VEVENT per incident's next update deadline.
 * Undefined when it would hold neither: RFC 5545 (§3.6) wants at least one component.
 */
export function promisesCalendar(input: CalendarInput): string | undefined {
  if (input.promises.length === 0 && input.updates.length === 0) return undefined;
  const calendar = new ICAL.Component(['vcalendar', [], []]);
  calendar.addPropertyWithValue('prodid', `-//crisis//crisis ${input.version}//${input.lang.toUpperCase()}`);
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  // Outlook and Google Calendar import a PUBLISH calendar as entries, not as invitations to answer.
  calendar.addPropertyWithValue('method', 'PUBLISH');
  calendar.addPropertyWithValue('x-wr-calname', text(input.t('ics.calendar', { brand: input.brand })));
  for (const p of input.promises) calendar.addSubcomponent(todo(p, input));
  for (const update of input.updates) calendar.addSubcomponent(updateEvent(update, input));
  const fold = ICAL.foldLength;
  ICAL.foldLength = FOLD_OCTETS;
  try {
    // Every content line ends with CRLF, the last one too.
    return `${calendar.toString()}\r\n`;
  } finally {
    ICAL.foldLength = fold;
  }
}
