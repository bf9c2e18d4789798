import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJournal } from '../../src/cli/incident-store/journal-file.js';
import { hasScript, KEY, startOnTerminal } from '../../scripts/pty-session.js';
import { example, root } from '../helpers.js';

// Keys that reach the walkthrough faster than its questions appear, on a real terminal: a burst
// typed or pasted as one write, as the terminal sends it.
const PASTE = { start: '\u001b[200~', end: '\u001b[201~' };

function start() {
  const dir = example();
  const incidents = join(dir, 'incidents');
  const t = startOnTerminal({
    argv: [join(root, 'bin/crisis.js'), 'escalate', '--incidents-dir', incidents],
    cwd: dir,
    marker: incidents,
  });
  const answers = () => {
    const [name] = readdirSync(incidents).filter((file) => file.endsWith('.jsonl'));
    return new Map(
      readJournal(join(incidents, name!))
        .events.filter((event) => event.type === 'answer')
        .map((event) => [event.key, event.value]),
    );
  };
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
