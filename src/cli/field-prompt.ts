import {
  createPrompt,
  isBackspaceKey,
  isEnterKey,
  isTabKey,
  makeTheme,
  useKeypress,
  usePrefix,
  useState,
} from '@inquirer/core';
import type { Prompter, TextQuestion } from '../model/prompter.js';

// @inquirer/input with one key more: Esc ends the question with a marker instead of a text, so
// a walkthrough can offer "later", "skip" or "a note" at a text question without asking an
// extra question first. Enter, Tab (take the default) and validation behave as in input.
type FieldConfig = TextQuestion & { hint: string; more: symbol };

export const fieldPrompt = createPrompt<string | symbol, FieldConfig>((config, done) => {
  const theme = makeTheme({});
  const [status, setStatus] = useState<'idle' | 'done'>('idle');
  const [defaultValue = '', setDefaultValue] = useState<string | undefined>(config.default);
  const [error, setError] = useState<string | undefined>();
  const [value, setValue] = useState('');
  const [escaped, setEscaped] = useState(false);
  // Left with Esc, the question stays as it was asked, neither ticked nor answered: the menu that
  // opens below says what happens next, and "Continue" asks it again.
  const prefix = usePrefix({ status: escaped ? 'idle' : status, theme });

  useKeypress((key, rl) => {
    if (status !== 'idle') return;
    if (key.name === 'escape') {
      setEscaped(true);
      setStatus('done');
      done(config.more);
    } else if (isEnterKey(key)) {
      const answer = value || defaultValue;
      const valid = config.validate?.(answer) ?? true;
      if (valid === true) {
        setValue(answer);
        setStatus('done');
        done(answer);
      } else {
        rl.write(value);
        setError(valid);
      }
    } else if (isBackspaceKey(key) && !value) {
      setDefaultValue(undefined);
    } else if (isTabKey(key) && !value) {
      setDefaultValue(undefined);
      rl.clearLine(0);
      rl.write(defaultValue);
      setValue(defaultValue);
    } else {
      setValue(rl.line);
      setError(undefined);
    }
  });

  const message = theme.style.message(config.message, status);
  const shown = escaped ? '' : status === 'done' ? theme.style.answer(value) : value;
  const fallback = defaultValue && status !== 'done' && !value ? theme.style.defaultAnswer(defaultValue) : undefined;
  const line = [prefix, message, fallback, shown].filter((part) => part !== undefined && part !== '').join(' ');
  const below = error ? theme.style.error(error) : status === 'idle' ? theme.style.help(config.hint) : '';
  return [line, below];
});

/** Prompter's pause: Enter goes on; a key typed is not echoed but answered with the hint. */
export const pausePrompt = createPrompt<void, Parameters<Prompter['pause']>[0]>((config, done) => {
  const theme = makeTheme({});
  const [status, setStatus] = useState<'idle' | 'done'>('idle');
  const [typed, setTyped] = useState(false);
  const prefix = usePrefix({ status, theme });
  useKeypress((key, rl) => {
    if (status !== 'idle') return;
    if (isEnterKey(key)) {
      setStatus('done');
      done();
    } else {
      rl.clearLine(0);
      setTyped(true);
    }
  });
  const line = `${prefix} ${theme.style.message(config.message, status)}`;
  return [line, typed && status === 'idle' ? theme.style.help(config.hint) : ''];
});
