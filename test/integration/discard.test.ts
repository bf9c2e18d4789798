import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/cli/context.js';
import { scriptedPrompter } from '../scripted-prompter.js';
import { discard } from '../../src/commands/discard.js';
import { root, example } from '../helpers.js';

// On a terminal, a real incident goes only if the person says yes to a question whose default is no.
describe('crisis incidents discard, on a terminal', () => {
  it.each([
    ['keeps a real incident when the answer is no', [false], true, 'Kept 20261122-2010-abcd.'],
    ['keeps it when Enter takes the default', [undefined], true, 'Kept 20261122-2010-abcd.'],
    [
      'removes it when the answer is yes',
      [true],
      false,
      'Removed 20261122-2010-abcd (incidents/20261122-2010-abcd.jsonl).',
    ],
  ])('%s', async (_name, answers, kept, said) => {
    const dir = example();
    mkdirSync(join(dir, 'incidents'));
    const journal = join(dir, 'incidents/20261122-2010-abcd.jsonl');
    writeFileSync(journal, readFileSync(join(root, 'test/fixtures/journals/closed.jsonl')));
    const queue = join(dir, 'incidents/20261122-2010-abcd.comments.ndjson');
    writeFileSync(queue, '');
    const stdout = new PassThrough();
    let printed = '';
    stdout.on('data', (chunk) => (printed += chunk));
    const ctx = createContext([], '0.0.0', {
      cwd: dir,
      // English chosen for crisis over the Spanish plan, as a person who set it would.
      env: { NO_COLOR: '1', CRISIS_LANG: 'en' },
      streams: { stdout, stderr: new PassThrough() },
      interactive: true,
    });
    const prompter = scriptedPrompter(answers);
    expect(await discard('20261122-2010-abcd', {}, ctx, async () => prompter)).toBe(0);
    expect(prompter.asked).toEqual([
      '20261122-2010-abcd ("Un cliente denuncia retrasos") is a real incident, not a drill. Remove its journal for good?',
    ]);
    expect(existsSync(journal)).toBe(kept);
    // Its comment queue goes with it, and stays with it.
    expect(existsSync(queue)).toBe(kept);
    expect(existsSync(`${journal}.lock`)).toBe(false);
    expect(printed).toBe(`${said}\n`);
  });
});
