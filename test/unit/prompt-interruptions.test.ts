import { describe, expect, it } from 'vitest';
import { pretendTerminal } from '../pretend-terminal.js';
import type { Prompter } from '../../src/cli/prompts.js';

// Ctrl-C, Ctrl-D and the end of input at any question: the question fails as Ctrl-C always did
// (ExitPromptError, which the commands turn into "how to resume" and exit 130), instead of
// waiting forever on a closed readline while holding the incident's lock.

const CTRL_C = '\x03';
const CTRL_D = '\x04';
const yesNo = [
  { value: 'yes', name: 'Sí' },
  { value: 'no', name: 'No' },
];

const QUESTIONS: Array<[string, (p: Prompter) => Promise<unknown>]> = [
  ['a text', (p) => p.input({ message: '¿Qué está pasando?' })],
  ['a field with Esc', (p) => p.field({ message: 'Nota', hint: 'Esc: menú' })],
  ['a choice', (p) => p.select({ message: 'Nivel', choices: yesNo })],
  ['a yes or no', (p) => p.confirm({ message: '¿Bloquear?', default: false })],
  ['a list to tick', (p) => p.checkbox({ message: 'Marca', choices: yesNo })],
];

const interrupted = { name: 'ExitPromptError' };

describe.each(QUESTIONS)('at %s', (_, ask) => {
  it.each([
    ['Ctrl-D', CTRL_D],
    ['Ctrl-C', CTRL_C],
  ])('%s stops the question as Ctrl-C does', async (_key, keys) => {
    const t = pretendTerminal();
    const answer = ask(await t.prompter);
    t.type(keys);
    await expect(answer).rejects.toMatchObject(interrupted);
  });

  it('the end of input stops it too, once the keys typed before it have answered', async () => {
    const t = pretendTerminal();
    const p = await t.prompter;
    const first = p.input({ message: 'Antes' });
    t.type('hecho\r');
    t.end();
    expect(await first).toBe('hecho');
    await expect(ask(p)).rejects.toMatchObject(interrupted);
  });
});

describe('in the line editor', () => {
  it('Ctrl-C and the end of input stop it; Ctrl-D on an empty line still ends the text', async () => {
    for (const stop of [
      (t: ReturnType<typeof pretendTerminal>) => t.type(CTRL_C),
      (t: ReturnType<typeof pretendTerminal>) => t.end(),
    ]) {
      const t = pretendTerminal();
      const edited = (await t.prompter).editText({ message: 'Texto', default: 'Uno\nDos' });
      t.type('Tres\r');
      stop(t);
      await expect(edited).rejects.toMatchObject(interrupted);
    }
    const t = pretendTerminal();
    const edited = (await t.prompter).editText({ message: 'Texto', default: 'Uno\nDos' });
    t.type(`Tres\r${CTRL_D}`);
    expect(await edited).toBe('Tres');
  });
});

describe('Ctrl-C at a choice', () => {
  it('leaves the choices as they were, the pointer where it was, none made', async () => {
    const t = pretendTerminal();
    const answer = (await t.prompter).confirm({ message: '¿Bloquear?', default: false });
    t.type(CTRL_C);
    await expect(answer).rejects.toMatchObject(interrupted);
    const screen = t.screen();
    expect(screen.slice(screen.lastIndexOf('❯'))).toMatch(/^❯ No/);
    expect(screen).not.toContain('✔');
  });
});

describe('a page break in a long message', () => {
  it('takes no text: a key typed shows nothing kept, only the hint, and Enter goes on', async () => {
    const t = pretendTerminal();
    const p = await t.prompter;
    const paused = p.pause({ message: '▼ Intro: qué hacer con él', hint: 'Aquí no se escribe nada' });
    t.type('facebook.com/optica/posts/1');
    await new Promise((settled) => setImmediate(settled));
    t.type('\r');
    await paused;
    expect(t.screen()).toContain('Aquí no se escribe nada');
    expect(t.screen()).not.toContain('facebook');
    // The next question starts empty: nothing typed at the page break reaches it.
    const next = p.input({ message: 'Nota' });
    t.type('\r');
    expect(await next).toBe('');
  });
});
