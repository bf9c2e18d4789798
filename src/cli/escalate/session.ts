import type { DraftKey } from '../../escalate/draft-keys.js';
import { formatBrandTime } from '../../escalate/brand-time.js';
import { brandDay } from '../../escalate/wall-clock.js';
import { durationText } from '../../i18n/duration-text.js';
import type { IncidentEvent } from '../../escalate/events.js';
import { apply, openingDrafts, openState, type IncidentState } from '../../escalate/replay.js';
import type { MessageKey, Params } from '../../i18n/index.js';
import { printableParams } from '../../model/control-chars.js';
import type { Playbook, Response } from '../../model/schema.js';
import type { IncidentQueue } from '../comments/incident-queue.js';
import { shownClock, type Context } from '../context.js';
import type { Choice, Prompter } from '../prompts.js';
import stringWidth from 'string-width';
import { columnWidth, screenWidth, wrapText } from '../terminal-text.js';
import { planIndex, type PlanIndex } from '../../model/plan-index.js';
import { isBlank } from '../../messages/render-response.js';

export interface WalkInput {
  ctx: Context;
  playbook: Playbook;
  prompter: Prompter;
  templateText: (response: Response) => string;
  /** The journal so far: empty for a new incident, read back on --resume. */
  events: IncidentEvent[];
  /** Appends to the journal and flushes it to disk before the next question is asked. */
  record: (event: IncidentEvent) => void;
  now: () => Date;
  id: string;
  /** The contact running the walkthrough, from --as. */
  as?: string;
  /** A drill: the walkthrough answered from a script (drill.ts); its incident is opened as one. */
  drill?: boolean;
  /** Where the statement page is written from (statement.ts); without it, it is never offered. */
  statementPage?: StatementPageTarget;
  /** The incident's comment queue (comments.ts); without it, the menus offer none. */
  comments?: IncidentQueue;
}

export interface StatementPageTarget {
  playbookFile: string;
  incidentsDir: string;
  /** Offered the first time the page is written: beside the plan. */
  defaultPath: string;
  /** The command that writes the page to a path, for a person to run. */
  command: (out: string) => string;
}

/**
 * One incident being walked, the one object every phase of this folder takes: the plan and its
 * lookups, the journal and its clock, the screen, the questions and the comment queue. The state
 * is read once from the journal and folded forward with each event recorded, so no phase replays
 * the journal.
 */
export class WalkSession {
  readonly ctx: Context;
  readonly playbook: Playbook;
  readonly prompter: Prompter;
  readonly templateText: (response: Response) => string;
  readonly now: () => Date;
  /** A drill's transcript: printed whole and read afterwards, its times as of the script's clock. */
  readonly drill: boolean;
  /** The incident's comment queue (comments.ts); without it, the status and the menus show none. */
  readonly comments?: IncidentQueue;
  /** Answers given before the incident was opened. */
  readonly opening: Map<DraftKey, string>;
  state?: IncidentState;
  /** The deadline lines the screen last showed (recap.ts): a drill's transcript says each change once. */
  deadlinesSaid: string[] = [];
  private readonly write: (event: IncidentEvent) => void;

  constructor(readonly input: WalkInput) {
    this.ctx = input.ctx;
    this.playbook = input.playbook;
    this.prompter = input.prompter;
    this.templateText = input.templateText;
    this.now = input.now;
    this.drill = input.drill === true;
    this.comments = input.comments;
    this.write = input.record;
    this.opening = openingDrafts(input.events);
    const start = input.events.findIndex((event) => event.type === 'opened');
    if (start >= 0) {
      this.state = openState(input.events[start] as Extract<IncidentEvent, { type: 'opened' }>);
      for (const event of input.events.slice(start + 1)) apply(this.state, event);
    }
  }

  /** The incident, once opened: every phase after the opening runs on it. */
  get incident(): IncidentState {
    if (!this.state) throw new Error('The incident is not opened yet.');
    return this.state;
  }

  /** On disk first, then in the state: a crash between the two loses nothing. */
  record(event: IncidentEvent): void {
    this.write(event);
    if (event.type === 'opened') this.state = openState(event);
    else if (this.state) apply(this.state, event);
    else if (event.type === 'answer') this.opening.set(event.key as DraftKey, event.value);
  }

  /** A confirmed answer whose fact is not complete yet. */
  draft(key: DraftKey, value: string): void {
    this.record({ type: 'answer', at: this.at(), key, value });
  }

  at(): string {
    return this.now().toISOString();
  }

  /**
   * A message with its parameters made printable: names, titles, a summary or a note come from the
   * playbook or the journal and may hold ESC or a newline; the catalog's own text is trusted.
   */
  t(key: MessageKey, params?: Params): string {
    return this.ctx.t(key, params && printableParams(params));
  }

  get color() {
    return this.ctx.log.color;
  }

  /** The width text is laid out at: the terminal's, read at each line (the window may be resized), at most the frame's 80. */
  get width(): number {
    return columnWidth(this.columns);
  }

  /** The screen's width: the terminal's, else COLUMNS, else 80 (terminal-text.ts). */
  private get columns(): number {
    return screenWidth(this.ctx.streams.stdout, this.ctx.env);
  }

  /** The terminal's rows a text takes: a word wider than the terminal folds onto the next. */
  rows(text: string): number {
    const columns = this.columns;
    return text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(stringWidth(line) / columns)), 0);
  }

  /** A line for the person, wrapped at the terminal's width without splitting a phone, an address or a time. */
  say(text: string): void {
    this.ctx.log.out(wrapText(text, this.width));
  }

  /** Wrapped like every other line, beside its mark. */
  warn(text: string): void {
    this.ctx.log.warn(wrapText(text, this.width - 2));
  }

  /**
   * Every time the walkthrough shows, through this one formatter: "21:35" today, "00:05 del lun,
   * 23 nov" on another day of the brand's calendar, so a deadline past midnight reads as tomorrow's
   * and today's carries no date. The catalog says the other day (walk.clock.otherDay), so Spanish
   * puts "a las" before it; no-break spaces keep it on one line, as a formatted time is.
   */
  clock(when: string | Date): string {
    const date = typeof when === 'string' ? new Date(when) : when;
    const brand = shownClock(this.ctx, this.playbook.brand);
    const time = formatBrandTime(date, brand, 'time');
    if (Number.isNaN(date.getTime()) || brandDay(date, brand.timezone) === brandDay(this.now(), brand.timezone))
      return time;
    return this.t('walk.clock.otherDay', { time, day: formatBrandTime(date, brand, 'date') }).replaceAll(' ', '\u00a0');
  }

  /** "12 min", or "22 h 21 min" for a long span: 1341 minutes says nothing at night. */
  span(minutes: number): string {
    return durationText((key, params) => this.t(key, params), minutes);
  }

  /** Built once for the plan (see model/plan-index.ts). */
  get index(): PlanIndex {
    return planIndex(this.playbook);
  }

  contactName(id: string): string {
    return this.index.contacts.get(id)?.name ?? id;
  }

  levelName(id: string): string {
    return this.index.levels.get(id)?.name ?? id;
  }

  departmentName(id: string): string {
    return this.index.departments.get(id)?.name ?? id;
  }

  /** A choice; with one option there is nothing to ask, and it is taken. */
  async choose<T extends string>(key: string, message: string, choices: Array<Choice<T>>, fallback?: T): Promise<T> {
    if (choices.length === 1) return choices[0]!.value;
    return this.prompter.select({ key, message, choices, default: fallback });
  }

  /** A text that may not be empty, trimmed. */
  async answer(key: string, message: string): Promise<string> {
    return (await this.prompter.input({ key, message, validate: this.required })).trim();
  }

  /** Refuses an empty answer: for a prompt's `validate`. */
  required = (value: string): true | string => !isBlank(value) || this.t('init.invalid.required');
}
