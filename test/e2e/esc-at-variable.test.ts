import { describe, expect, it } from 'vitest';
import { hasScript, KEY } from '../../scripts/pty-session.js';
import { answerToStatement, walkOnTerminal } from './walk-terminal.js';

// Esc at a variable of a step's message, on a real terminal: it leaves the question for the
// step's menu, as docs/escalate.md says, and the question left shows no answer, ticked or not.

const WORDS = {
  es: {
    env: {},
    summary: '¿Qué está pasando',
    seen: '¿Cuándo lo vio',
    reached: 'Marca a quién',
    step: 'Este paso:',
    back: 'Seguir con este paso',
    variable: 'Qué ha pasado (p. ej.',
  },
  en: {
    env: { CRISIS_LANG: 'en' },
    summary: 'What is happening',
    seen: 'When did the team first see it',
    reached: 'Tick whom you reached',
    step: 'This step:',
    back: 'Continue with this step',
    variable: 'Qué ha pasado (e.g.',
  },
};

describe.skipIf(!hasScript).each(['es', 'en'] as const)('Esc at a variable on a real terminal (%s)', (lang) => {
  it('opens the step menu, echoes nothing after the question, and goes back to it', async () => {
    const words = WORDS[lang];
    const { t, events } = walkOnTerminal({ TZ: 'UTC', ...words.env });
    await t.answer(words.summary, `Queja viral https://x.com/ana/status/1${KEY.enter}`);
    await t.answer(words.seen, KEY.enter);
    await t.answer('¿Cuánta gente', `${KEY.down.repeat(2)}${KEY.enter}`);
    await t.answer(words.reached, `a${KEY.enter}`);
    await t.answer(words.step, KEY.enter);
    await t.answer(words.step, KEY.enter);
    await t.answer(words.variable, KEY.esc);
    await t.when(words.back);
    const screen = t.screen();
    const left = screen.slice(screen.lastIndexOf(words.variable), screen.lastIndexOf(words.step));
    // The question as it was asked, then the menu: no "Esc" written after it, and no tick before it.
    expect(left).not.toMatch(/ Esc\s*$/m);
    expect(screen).not.toContain(`✔ ${words.variable}`);
    // Back to the question, which now takes its answer.
    t.type(KEY.enter);
    await t.answer(words.variable, `el retraso${KEY.enter}`);
    await t.when('Qué hacemos');
    await t.kill();
    const answers = events().filter((event) => event.type === 'answer');
    expect(answers.find((event) => event.key === 'vars.comunicado.problema')?.value).toBe('el retraso');
  }, 60_000);
});

// The same Esc at a variable of a public update, opened from the action menu: before, the update's
// questions took no Esc at all, and the hint below the question said nothing of it.
describe.skipIf(!hasScript)('Esc at a variable of a public update on a real terminal', () => {
  it('opens the update menu, and goes back to the question', async () => {
    const { t, events } = walkOnTerminal({ TZ: 'UTC' });
    await answerToStatement(t);
    await t.answer('(', `el retraso${KEY.enter}`);
    await t.answer('(', `entregaremos pronto${KEY.enter}`);
    await t.answer('Este mensaje para', KEY.enter);
    await t.answer('Este mensaje para', KEY.enter);
    await t.answer('Enlaces a las publicaciones en', KEY.enter);
    await t.answer('▶ Publicar el aviso corto', KEY.enter);
    // On X: publish, copy, compose, edit, not on this channel, then "publish an update now".
    await t.answer('Este mensaje para X', `${KEY.down.repeat(5)}${KEY.enter}`);
    await t.when('Actualización pública: Actualización del caso');
    await t.answer('Qué ha cambiado', KEY.esc);
    await t.when('Seguir con esta actualización');
    expect(t.screen()).toContain('Esc: ninguna actualización ahora u otra acción');
    t.type(KEY.enter);
    await t.answer('Qué ha cambiado', `la mitad entregada${KEY.enter}`);
    await t.when('Este mensaje para X');
    await t.kill();
    const answers = events().filter((event) => event.type === 'answer');
    expect(answers.find((event) => event.key === 'vars.@update-1.novedad')?.value).toBe('la mitad entregada');
  }, 60_000);
});
