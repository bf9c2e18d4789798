import { describe, expect, it } from 'vitest';
import { hasScript, KEY } from '../../scripts/pty-session.js';
import { walkOnTerminal } from './walk-terminal.js';

// Keys that reach the walkthrough faster than its questions appear, on a real terminal: a burst
// typed or pasted as one write, as the terminal sends it.
const PASTE = { start: '\u001b[200~', end: '\u001b[201~' };

function start() {
  const { t, events } = walkOnTerminal();
  const answers = () =>
    new Map(events().flatMap((event) => (event.type === 'answer' ? [[event.key, event.value] as const] : [])));
  return { t, answers };
}

describe.skipIf(!hasScript)('keys typed ahead on a real terminal', () => {
  it('a summary and a time sent as one burst both land', async () => {
    const { t, answers } = start();
    await t.when('¿Qué está pasando');
    t.type(`Queja viral https://x.com/ana/status/1${KEY.enter}-20m${KEY.enter}`);
    await t.when('¿Cuánta gente');
    await t.kill();
    expect(answers().get('open.summary')).toBe('Queja viral');
    expect(answers().has('open.detected')).toBe(true);
  }, 30_000);

  it('a post pasted on several lines is kept whole in the first question', async () => {
    const { t, answers } = start();
    await t.when('¿Qué está pasando');
    t.type(
      `${PASTE.start}Queja de @ana:\r\nllevo 3 semanas esperando\r\nhttps://x.com/ana/status/1${PASTE.end}${KEY.enter}`,
    );
    await t.when('¿Cuándo lo vio');
    await t.kill();
    expect(answers().get('open.summary')).toBe('Queja de @ana: llevo 3 semanas esperando');
    expect(answers().get('open.link')).toBe('https://x.com/ana/status/1');
  }, 30_000);
});
