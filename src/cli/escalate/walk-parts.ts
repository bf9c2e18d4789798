import type { DraftKey } from '../../escalate/draft-keys.js';
import type { IncidentEvent } from '../../escalate/events.js';
import type { IncidentState } from '../../escalate/replay.js';
import type { MessageKey, Params } from '../../i18n/index.js';
import type { PlanIndex } from '../../model/plan-index.js';
import type { Playbook, Response } from '../../model/schema.js';
import type { IncidentQueue } from '../comments/incident-queue.js';
import type { Context } from '../context.js';
import type { Logger } from '../logger.js';
import type { Choice, Prompter } from '../prompts.js';

// The parts of a walkthrough a phase may take: each function names the ones it reads, so a
// line of the status needs no prompter and a question no journal it does not write.
// WalkSession (session.ts) is all of them at once, built once by the driver.

/** The plan being walked, and its lists by id. */
export interface PlanLookups {
  readonly playbook: Playbook;
  /** Built once for the plan (see model/plan-index.ts). */
  readonly index: PlanIndex;
  readonly templateText: (response: Response) => string;
  contactName(id: string): string;
  levelName(id: string): string;
  departmentName(id: string): string;
}

/** The incident as journaled, and the clock it is journaled by. */
export interface Journal {
  /** The incident, once opened: every phase after the opening runs on it. */
  readonly incident: IncidentState;
  /** Answers given before the incident was opened. */
  readonly opening: Map<DraftKey, string>;
  /** On disk first, then in the state: a crash between the two loses nothing. */
  record(event: IncidentEvent): void;
  /** A confirmed answer whose fact is not complete yet. */
  draft(key: DraftKey, value: string): void;
  now(): Date;
  at(): string;
}

/** The terminal, in the plan's language and the brand's clock. */
export interface Screen {
  /** The streams, environment and folder of the run, for what is not a line of text. */
  readonly ctx: Context;
  readonly color: Logger['color'];
  /** A drill's transcript: printed whole and read afterwards, its times as of the script's clock. */
  readonly drill: boolean;
  /** The width text is laid out at: the terminal's, read at each line (the window may be resized), at most the frame's 80. */
  readonly width: number;
  /**
   * A message with its parameters made printable: names, titles, a summary or a note come from the
   * playbook or the journal and may hold ESC or a newline; the catalog's own text is trusted.
   */
  t(key: MessageKey, params?: Params): string;
  /** The terminal's rows a text takes: a word wider than the terminal folds onto the next. */
  rows(text: string): number;
  /** A line for the person, wrapped at the terminal's width without splitting a phone, an address or a time. */
  say(text: string): void;
  warn(text: string): void;
  /**
   * The one way the walkthrough shows a time: of today as "22:40", of another day with its date (a
   * deadline at 00:25 is tomorrow's), on the brand's clock and in the plan's words.
   */
  clock(when: string | Date): string;
  /** "12 min", or "22 h 21 min" for a long span: 1341 minutes says nothing at night. */
  span(minutes: number): string;
  /** The deadline lines the screen last showed (recap.ts): a drill's transcript says each change once. */
  deadlinesSaid: string[];
}

/** The questions, through the one prompter. */
export interface Ask {
  readonly prompter: Prompter;
  /** A choice; with one option there is nothing to ask, and it is taken. */
  choose<T extends string>(key: string, message: string, choices: Array<Choice<T>>, fallback?: T): Promise<T>;
  /** A text that may not be empty, trimmed. */
  answer(key: string, message: string): Promise<string>;
  /** Refuses an empty answer: for a prompt's `validate`. */
  readonly required: (value: string) => true | string;
}

/** The incident's comment queue (comments.ts); without it, the status and the menus show none. */
export interface Comments {
  readonly comments?: IncidentQueue;
}

/** A phase with the menu of actions possible at any question: it may do any of them. */
export interface Walk extends PlanLookups, Journal, Screen, Ask, Comments {}
