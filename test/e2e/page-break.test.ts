import { describe, expect, it } from 'vitest';
import { hasScript, KEY } from '../../scripts/pty-session.js';
import { answerToStatement, walkOnTerminal } from './walk-terminal.js';

// The statement to publish on a terminal too small for it and its menu: it pauses at
// "▼ Intro: qué hacer con él". Text typed there (a link pasted too early) showed as an answer,
// "✔ ▼ Intro: qué hacer con él facebook.com/…", and was dropped; now it shows nothing typed,
// says that only Enter goes on, and Enter opens the menu.
describe.skipIf(!hasScript)('the page break of a long statement on a real terminal', () => {
  it('takes no text, and says Enter goes on', async () => {
    const { t } = walkOnTerminal({ TZ: 'UTC' }, { columns: 60, rows: 30 });
    // Stopped whatever the outcome: a failed check must not leave it waiting at a question.
    try {
      await answerToStatement(t);
      await t.answer('Qué ha pasado', `el retraso${KEY.enter}`);
      await t.answer('Qué hacemos', `lo arreglamos${KEY.enter}`);
      await t.answer('▼ Intro: qué hacer con él', 'facebook.com/optica/1');
      await t.answer('▼ Intro: qué hacer con él', KEY.enter);
      await t.when('Este mensaje para Facebook:');
      expect(t.screen()).not.toContain('facebook.com/optica');
      expect(t.screen()).toContain('Aquí no se escribe nada: pulsa Intro para seguir.');
    } finally {
      await t.kill();
    }
  }, 60_000);
});
