import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendMentions } from '../../src/cli/watch/mention-store.js';
import { CLOSED_ID, example, root } from '../helpers.js';
import { crisis } from './run-cli.js';

describe('crisis comments on a mention the watch stored', () => {
  it("shows a post's paragraphs as one line of words, not its line breaks written out", async () => {
    const dir = example('es-optica-miravista', { incidents: true });
    const journal = join(dir, 'incidents', `${CLOSED_ID}.jsonl`);
    const lines = readFileSync(join(root, 'test/fixtures/journals/closed.jsonl'), 'utf8').split('\n');
    writeFileSync(journal, lines.filter((line) => !line.includes('"type":"closed"')).join('\n'));
    appendMentions(join(dir, 'watch'), [
      {
        id: 't3_1h8abcd',
        feed: 'Reddit',
        feedUrl: 'https://www.reddit.com/search.rss?q=miravista',
        link: 'https://www.reddit.com/r/valencia/comments/1h8abcd/problemas/',
        title: 'Problemas con Óptica Miravista',
        text: 'Me cobraron las progresivas hace un mes.\n\nY sigo sin ellas.',
        seen: '2026-11-22T20:30:00.000Z',
        terms: ['Miravista'],
        flagged: false,
        flags: [],
      },
    ]);
    const run = await crisis(['comments'], { cwd: dir });
    expect(run.stdout).toContain('Me cobraron las progresivas hace un mes. Y sigo sin ellas.');
    expect(run.stdout).not.toContain('\\n');
  });
});
