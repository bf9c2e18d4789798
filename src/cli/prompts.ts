import type { Translate } from '../i18n/index.js';

// The one module that asks a person anything. Everything else talks to the Prompter
// interface, so tests answer with a script and no code outside this file imports inquirer.

export interface Choice<T extends string> {
  value: T;
  name: string;
  checked?: boolean;
}

/** Returns true when the answer is fine, or the message that says what to fix. */
export type Validate = (value: string) => true | string;

export interface Prompter {
  input(question: { message: string; default?: string; validate?: Validate }): Promise<string>;
  select<T extends string>(question: { message: string; choices: Array<Choice<T>>; default?: T }): Promise<T>;
  confirm(question: { message: string; default?: boolean }): Promise<boolean>;
  checkbox<T extends string>(question: { message: string; choices: Array<Choice<T>>; validate?: (values: T[]) => true | string }): Promise<T[]>;
}

/** The real thing, on a terminal. @inquirer/prompts loads only when a question is asked. */
export async function terminalPrompter(t: Translate): Promise<Prompter> {
  const inquirer = await import('@inquirer/prompts');
  return {
    input: (q) => inquirer.input({ message: q.message, default: q.default, validate: q.validate }),
    select: (q) => inquirer.select({ message: q.message, choices: q.choices, default: q.default }),
    confirm: (q) => inquirer.confirm({ message: q.message, default: q.default, transformer: (yes) => t(yes ? 'prompt.yes' : 'prompt.no') }),
    checkbox: (q) =>
      inquirer.checkbox({ message: q.message, choices: q.choices, validate: q.validate && ((items) => q.validate!(items.map((item) => item.value))) }),
  };
}

/** A scripted answer that presses Ctrl-C, failing as @inquirer/prompts does. */
export const CTRL_C = Symbol('ctrl-c');

/**
 * Answers from a list, in order, for tests and drills. `undefined` takes the default.
 * An answer the question's own validation refuses throws, as a person would be asked again.
 */
export function scriptedPrompter(answers: unknown[]): Prompter & { asked: string[] } {
  const queue = [...answers];
  const asked: string[] = [];
  const next = (message: string) => {
    asked.push(message);
    if (queue.length === 0) throw new Error(`No scripted answer for: ${message}`);
    const answer = queue.shift();
    if (answer === CTRL_C) throw Object.assign(new Error('User force closed the prompt with SIGINT'), { name: 'ExitPromptError' });
    return answer;
  };
  return {
    asked,
    async input(q) {
      const answer = next(q.message);
      const value = answer === undefined ? (q.default ?? '') : String(answer);
      const valid = q.validate?.(value) ?? true;
      if (valid !== true) throw new Error(`Refused "${value}" for "${q.message}": ${valid}`);
      return value;
    },
    async select(q) {
      const answer = next(q.message);
      return (answer ?? q.default ?? q.choices[0]!.value) as never;
    },
    async confirm(q) {
      const answer = next(q.message);
      return answer === undefined ? (q.default ?? false) : Boolean(answer);
    },
    async checkbox(q) {
      const answer = next(q.message);
      const values = (answer ?? q.choices.filter((c) => c.checked).map((c) => c.value)) as never[];
      const valid = q.validate?.(values) ?? true;
      if (valid !== true) throw new Error(`Refused ${JSON.stringify(values)} for "${q.message}": ${valid}`);
      return values;
    },
  };
}
