import type { Translate } from '../i18n/index.js';
import { printable } from '../model/control-chars.js';
import { MORE, type Choice, type Prompter, type Validate } from '../model/prompter.js';
import { KeyQueue, type TtyInput, type TtyOutput } from './key-queue.js';

export { MORE, type Choice, type Prompter, type Validate } from '../model/prompter.js';

// The one module that asks a person anything. Everything else talks to the Prompter interface,
// so tests answer from a list (test/scripted-prompter.ts), drills from their script, and no code
// outside this file imports inquirer.

/** Inquirer's key hints, in the person's language. */
function theme(t: Translate) {
  const actions: Record<string, string> = {
    navigate: t('prompt.key.navigate'),
    select: t('prompt.key.select'),
    submit: t('prompt.key.submit'),
    all: t('prompt.key.all'),
    invert: t('prompt.key.invert'),
  };
  const names: Record<string, string> = { space: t('prompt.key.space') };
  return {
    style: {
      keysHelpTip: (keys: Array<[string, string]>) =>
        keys.map(([key, action]) => `${names[key] ?? key} ${actions[action] ?? action}`).join(' • '),
    },
  };
}

/**
 * Every choice on screen at once, as far as the terminal's height allows: an action off-screen is
 * an action nobody takes. With rows to keep in view above (a statement to publish), fewer show
 * and the rest scroll: the top of the statement must not leave the screen before it is published.
 */
function pageSize(count: number, rows: number | undefined, reserve = 0): number {
  const height = rows ?? 24;
  if (reserve > 0) return Math.max(4, Math.min(count, height - reserve - 3));
  return Math.max(7, Math.min(count, height - 4));
}

// Questions, choices and defaults carry playbook and journal text (a triage question, a contact's
// name, an earlier answer): inquirer prints them as they are, so they are made printable here.
const shown = (text: string) => printable(text, { lines: true });
const shownChoices = <T extends string>(choices: Array<Choice<T>>) =>
  choices.map((choice) => ({ ...choice, name: printable(choice.name) }));
const shownDefault = (value: string | undefined) => (value === undefined ? undefined : shown(value));

/** The terminal a prompter asks on: the process's own, or a test's. */
type Terminal = { input: TtyInput; output: TtyOutput & { rows?: number }; env: NodeJS.ProcessEnv };

/** The real thing, on a terminal. @inquirer/* load only when a question is asked. */
export async function terminalPrompter(
  t: Translate,
  terminal: Terminal = { input: process.stdin, output: process.stdout, env: process.env },
): Promise<Prompter> {
  // A text question (what is happening) comes first: only its prompt loads before it, and each
  // other prompt at its first use. Not in the background once the first question shows: a summary
  // typed or pasted at once would then wait for them, and that answer is already the slowest.
  const { default: input } = await import('@inquirer/input');
  const load = async () => {
    const [select, checkbox, fields, editing] = await Promise.all([
      import('@inquirer/select'),
      import('@inquirer/checkbox'),
      import('./field-prompt.js'),
      import('./edit-text.js'),
    ]);
    return { selectPrompt: select.default, checkbox: checkbox.default, fields, editing };
  };
  let others: ReturnType<typeof load> | undefined;
  const later = () => (others ??= load());
  const { output } = terminal;
  // Every prompt reads through the queue, so no key typed in a burst is lost between two of them.
  const keys = new KeyQueue(terminal.input, output);
  const on = (io: { input: NodeJS.ReadableStream; signal: AbortSignal }) => ({ ...io, output });
  const look = theme(t);
  const select: Prompter['select'] = async (q) => {
    const { selectPrompt } = await later();
    return keys.ask((io) =>
      selectPrompt(
        {
          message: shown(q.message),
          choices: shownChoices(q.choices),
          default: q.default,
          pageSize: pageSize(q.choices.length, output.rows, q.reserve),
          theme: look,
        },
        on(io),
      ),
    );
  };
  /** A text of several lines, in an editor or the line editor, asked again until it is valid. */
  const editLines = async (q: { message: string; default: string; validate?: Validate }): Promise<string> => {
    const { editing } = await later();
    let text = q.default;
    for (;;) {
      const editor = editing.chooseEditor(terminal.env);
      output.write(`? ${shown(q.message)}\n`);
      let edited: string | undefined;
      if (editor.kind !== 'lines') {
        output.write(
          `  ${editor.kind === 'nano' ? t('prompt.editor.nano') : t('prompt.editor.own', { editor: printable(editor.command) })}\n`,
        );
        keys.suspend();
        const run = editing.runEditor(editor.command, text, terminal.env);
        if ('text' in run) edited = run.text;
        else
          output.write(`  ${t('prompt.editor.failed', { editor: printable(editor.command), reason: run.failed })}\n`);
      }
      if (edited === undefined) {
        output.write(`  ${t('prompt.editor.lines')}\n`);
        edited = await keys.ask((io) => editing.readLines(io.input, output, text, io.signal), 'keep');
      }
      text = edited;
      const valid = q.validate?.(text) ?? true;
      if (valid === true) return text;
      output.write(`  ${valid}\n`);
    }
  };
  return {
    input: (q) =>
      keys.ask((io) =>
        input({ message: shown(q.message), default: shownDefault(q.default), validate: q.validate }, on(io)),
      ),
    field: async (q) => {
      const { fields } = await later();
      const answer = await keys.ask((io) =>
        fields.fieldPrompt(
          {
            message: shown(q.message),
            default: shownDefault(q.default),
            validate: q.validate,
            hint: q.hint,
            more: MORE,
          },
          on(io),
        ),
      );
      return typeof answer === 'string' ? answer : MORE;
    },
    pause: async (q) => {
      const { fields } = await later();
      const hint = shown(q.hint);
      return keys.ask((io) => fields.pausePrompt({ message: shown(q.message), hint }, on(io)));
    },
    select,
    // Readline edits one line: a statement of several paragraphs would lose all but its last.
    editText: (q) =>
      q.default.includes('\n')
        ? editLines(q)
        : keys.ask((io) => input({ message: q.message, default: q.default, validate: q.validate }, on(io))),
    // A yes/no as a choice of two: inquirer's confirm reads only "y" and "n", and shows "(Y/n)" in English.
    confirm: async (q) =>
      (await select({
        message: q.message,
        choices: [
          { value: 'yes', name: t('prompt.yes') },
          { value: 'no', name: t('prompt.no') },
        ],
        default: q.default === false ? 'no' : 'yes',
      })) === 'yes',
    checkbox: async (q) => {
      const { checkbox } = await later();
      return keys.ask((io) =>
        checkbox(
          {
            message: shown(q.message),
            choices: shownChoices(q.choices),
            pageSize: pageSize(q.choices.length, output.rows),
            theme: look,
            validate: q.validate && ((items) => q.validate!(items.map((item) => item.value))),
          },
          on(io),
        ),
      );
    },
  };
}
