import { chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pretendTerminal } from '../pretend-terminal.js';
import { root, tempDir } from '../helpers.js';

const KEY = { down: '\x1b[B', pasteStart: '\x1b[200~', pasteEnd: '\x1b[201~', ctrlD: '\x04' };

describe('keys typed or pasted in one burst', () => {
  it('answer two questions: the keys after an Enter wait for the next question', async () => {
    const t = pretendTerminal();
    const p = await t.prompter;
    const summary = p.input({ message: '¿Qué está pasando?' });
    t.type('Queja viral\r21:05\r');
    expect(await summary).toBe('Queja viral');
    expect(await p.input({ message: '¿Cuándo?' })).toBe('21:05');
  });

  it('carry a choice and a text, and a Windows line end is one Enter', async () => {
    const t = pretendTerminal();
    const p = await t.prompter;
    const level = p.select({ message: 'Nivel', choices: ['a', 'b', 'c'].map((value) => ({ value, name: value })) });
    t.type(`${KEY.down}\rnota uno\r\nnota dos\r`);
    expect(await level).toBe('b');
    expect(await p.input({ message: 'Nota' })).toBe('nota uno');
    expect(await p.input({ message: 'Otra nota' })).toBe('nota dos');
  });

  it('go on to the same question when its Enter was refused', async () => {
    const t = pretendTerminal();
    const p = await t.prompter;
    const answer = p.input({ message: 'Nota', validate: (value) => value.trim() !== '' || 'Escribe algo' });
    t.type('\rahora sí\r');
    expect(await answer).toBe('ahora sí');
    expect(t.screen()).toContain('Escribe algo');
  });

  it('keep every line of a pasted post in a question of one line', async () => {
    const t = pretendTerminal();
    const p = await t.prompter;
    const summary = p.input({ message: '¿Qué está pasando?' });
    t.type(`${KEY.pasteStart}Queja de @ana:\r\nllevo 3 semanas esperando\rhttps://x.com/ana/status/1${KEY.pasteEnd}\r`);
    expect(await summary).toBe('Queja de @ana: llevo 3 semanas esperando https://x.com/ana/status/1');
  });
});

describe('a text of several lines', () => {
  const statement = 'Comunicado\nPerdón por el retraso.';

  it('with no editor set and no nano, is typed line by line here, as the hint in Spanish says', async () => {
    const t = pretendTerminal({ PATH: '', LANG: 'C' });
    const p = await t.prompter;
    const edited = p.editText({ message: 'Tu texto', default: statement });
    t.type('Comunicado de Óptica\rPerdón.\r.\r');
    expect(await edited).toBe('Comunicado de Óptica\nPerdón.');
    expect(t.screen()).toContain('Termina con una línea que solo tenga "." o con Ctrl-D en una línea vacía');
    expect(t.screen()).not.toMatch(/Press|enter to launch/);
  });

  it('ends with Ctrl-D too, keeps pasted lines, and "." at once keeps the text', async () => {
    const t = pretendTerminal();
    const p = await t.prompter;
    const pasted = p.editText({ message: 'Tu texto', default: statement });
    t.type(`${KEY.pasteStart}Uno\r\nDos\r\n${KEY.pasteEnd}${KEY.ctrlD}`);
    expect(await pasted).toBe('Uno\nDos');
    const kept = p.editText({ message: 'Tu texto', default: statement });
    t.type('.\r');
    expect(await kept).toBe(statement);
  });

  it('opens nano when it is installed, says how to save and leave, and in a UTF-8 locale under LANG=C', async () => {
    const bin = join(tempDir(), 'bin');
    mkdirSync(bin);
    const seen = join(bin, 'seen');
    // A stand-in for nano: notes its locale and what it was given, and saves a new text.
    writeFileSync(
      join(bin, 'nano'),
      `#!/bin/sh\necho "$LC_ALL" > '${seen}'\ncat "$1" >> '${seen}'\nprintf 'Situación aclarada:\\nÓptica' > "$1"\n`,
    );
    chmodSync(join(bin, 'nano'), 0o755);
    const t = pretendTerminal({ PATH: `${bin}:/usr/bin:/bin`, LANG: 'C' });
    const p = await t.prompter;
    expect(await p.editText({ message: 'Tu texto', default: statement })).toBe('Situación aclarada:\nÓptica');
    expect(readFileSync(seen, 'utf8')).toBe(`C.UTF-8\n${statement}`);
    expect(t.screen()).toContain('Se abre en nano: Ctrl-O guarda, Ctrl-X sale.');
  });

  it("uses the person's own editor, and the line editor when it cannot start", async () => {
    const t = pretendTerminal({ PATH: '', EDITOR: 'no-such-editor-here', LANG: 'es_ES.UTF-8' });
    const p = await t.prompter;
    const edited = p.editText({ message: 'Tu texto', default: statement });
    t.type('Nuevo\r.\r');
    expect(await edited).toBe('Nuevo');
    expect(t.screen()).toContain('Se abre en no-such-editor-here: guárdalo y ciérralo para seguir.');
    expect(t.screen()).toContain('No se ha podido abrir no-such-editor-here (ENOENT).');
  });
});

describe('the prompt packages', () => {
  it('are each imported by the code: none is installed for nothing', () => {
    const { devDependencies } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const listed = Object.keys(devDependencies).filter((name) => name.startsWith('@inquirer/'));
    const sources = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .map((file) => readFileSync(join(root, 'src', file), 'utf8'))
      .join('\n');
    expect(
      listed.filter((name) => !sources.includes(`from '${name}'`) && !sources.includes(`import('${name}')`)),
    ).toEqual([]);
  });

  it('have one module that wraps them, for a person at a terminal: no test double beside it, under 200 lines', async () => {
    const text = readFileSync(join(root, 'src/cli/prompts.ts'), 'utf8');
    expect(text.trimEnd().split('\n').length).toBeLessThanOrEqual(200);
    expect(Object.keys(await import('../../src/cli/prompts.js')).sort()).toEqual(['MORE', 'terminalPrompter']);
  });
});
