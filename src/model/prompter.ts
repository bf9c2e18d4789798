import type { MessageProblem } from '../messages/check-message.js';

// What the core asks a person, as an interface: the interview of `init` and the walkthrough are
// written against it, and the shell gives them a terminal (src/cli/prompts.ts) or a script.

export interface Choice<T extends string> {
  value: T;
  name: string;
  checked?: boolean;
}

/** Returns true when the answer is fine, or the message that says what to fix. */
export type Validate = (value: string) => true | string;

/**
 * What a question is about, stable across languages and wordings (`steps.comunicado.vars.solucion`,
 * `notify.jorge`): a prompter that answers from a file finds its answer by it. See escalate/draft-keys.ts.
 */
export interface Keyed {
  key?: string;
  /**
   * The checks a message to publish failed (check-message.ts), beside its response's id: a prompter
   * that answers from a file decides by them, where a person reads the advice printed above.
   */
  checks?: { response: string; problems: readonly MessageProblem[] };
}

/** What a text question returns when the person presses Esc: the caller offers its other choices. */
export const MORE = Symbol('more');

export interface TextQuestion {
  message: string;
  default?: string;
  validate?: Validate;
}

export interface Prompter {
  input(question: Keyed & TextQuestion): Promise<string>;
  /** A text question that Esc leaves, to a menu of other choices (later, skip, a note…). */
  field(question: Keyed & TextQuestion & { hint: string }): Promise<string | typeof MORE>;
  /**
   * A page break in a long text: Enter goes on. It takes no text, so nothing typed shows as if
   * kept; `hint` says so once a key other than Enter is pressed.
   */
  pause(question: Keyed & { message: string; hint: string }): Promise<void>;
  /** A text to change: on one line as a text question; with several lines, in the person's editor ($VISUAL, $EDITOR). */
  editText(question: Keyed & TextQuestion & { default: string }): Promise<string>;
  /** `reserve`: rows printed just above that must stay on screen (a message to publish): fewer choices show at once. */
  select<T extends string>(
    question: Keyed & { message: string; choices: Array<Choice<T>>; default?: T; reserve?: number },
  ): Promise<T>;
  confirm(question: Keyed & { message: string; default?: boolean }): Promise<boolean>;
  checkbox<T extends string>(
    question: Keyed & {
      message: string;
      choices: Array<Choice<T>>;
      validate?: (values: T[]) => true | string;
    },
  ): Promise<T[]>;
}
