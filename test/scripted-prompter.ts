import { MORE, type Prompter, type Validate } from '../src/model/prompter.js';

// A Prompter that answers from a list, for tests: the walkthrough, init and discard asked as a
// person would be, with no terminal. Drills answer from their script (src/cli/escalate/script-*).

/** A scripted answer that presses Ctrl-C, failing as @inquirer/prompts does. */
export const CTRL_C = Symbol('ctrl-c');

/**
 * Answers from a list, in order, for tests and drills. `undefined` takes the default; `MORE`
 * presses Esc at a text question. An answer the question's own validation refuses throws, as a
 * person would be asked again.
 */
export function scriptedPrompter(answers: unknown[]): Prompter & { asked: string[]; keys: Array<string | undefined> } {
  const queue = [...answers];
  const asked: string[] = [];
  // The key of each question asked, beside its message: what a script would answer it by.
  const keys: Array<string | undefined> = [];
  const next = (message: string, key?: string) => {
    asked.push(message);
    keys.push(key);
    if (queue.length === 0) throw new Error(`No scripted answer for: ${message}`);
    const answer = queue.shift();
    if (answer === CTRL_C)
      throw Object.assign(new Error('User force closed the prompt with SIGINT'), { name: 'ExitPromptError' });
    return answer;
  };
  const text = (q: { message: string; default?: string; validate?: Validate }, answer: unknown) => {
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a test scripts strings, numbers and booleans
    const value = answer === undefined ? (q.default ?? '') : String(answer);
    const valid = q.validate?.(value) ?? true;
    if (valid !== true) throw new Error(`Refused "${value}" for "${q.message}": ${valid}`);
    return value;
  };
  return {
    asked,
    keys,
    async input(q) {
      return text(q, next(q.message, q.key));
    },
    async pause(q) {
      next(q.message, q.key);
    },
    async editText(q) {
      return text(q, next(q.message, q.key));
    },
    async field(q) {
      const answer = next(q.message, q.key);
      return answer === MORE ? MORE : text(q, answer);
    },
    async select(q) {
      const answer = next(q.message, q.key);
      const value = answer ?? q.default ?? q.choices[0]!.value;
      if (!q.choices.some((choice) => choice.value === value))
        throw new Error(
          // eslint-disable-next-line @typescript-eslint/no-base-to-string -- only a failing test's message
          `"${String(value)}" is not a choice of "${q.message}": ${q.choices.map((c) => c.value).join(', ')}`,
        );
      return value as never;
    },
    async confirm(q) {
      const answer = next(q.message, q.key);
      return answer === undefined ? (q.default ?? false) : Boolean(answer);
    },
    async checkbox(q) {
      const answer = next(q.message, q.key);
      const values = (answer ?? q.choices.filter((c) => c.checked).map((c) => c.value)) as never[];
      if (!Array.isArray(values) || values.some((value) => !q.choices.some((choice) => choice.value === value))) {
        throw new Error(
          `${JSON.stringify(values)} is not a list of choices of "${q.message}": ${q.choices.map((c) => c.value).join(', ')}`,
        );
      }
      const valid = q.validate?.(values) ?? true;
      if (valid !== true) throw new Error(`Refused ${JSON.stringify(values)} for "${q.message}": ${valid}`);
      return values;
    },
  };
}
