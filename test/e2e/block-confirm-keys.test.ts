import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readComments } from '../../src/cli/comments/incident-queue.js';
import { hasScript, startOnTerminal } from '../../scripts/pty-session.js';
import { crisis } from '../integration/run-cli.js';
import { CLOSED_ID, example, root } from '../helpers.js';

// The confirmation of a block (`crisis comments done ID --answered blocked`) on a real terminal,
// left with Ctrl-C or Ctrl-D: the choices stay as asked, in the plan's language, with the pointer
// on "No" where it was (before, Ctrl-C moved it to "Sí" as if chosen, and Ctrl-D froze the
// command), exit 130 and nothing recorded.
async function answeredComment(): Promise<{ dir: string; id: string; file: string }> {
  const dir = example('es-optica-miravista', { incidents: true });
  const journal = join(dir, 'incidents', `${CLOSED_ID}.jsonl`);
  cpSync(join(root, 'test/fixtures/journals/closed.jsonl'), journal);
  const lines = readFileSync(journal, 'utf8').split('\n');
  writeFileSync(journal, lines.filter((line) => !line.includes('"type":"closed"')).join('\n'));
  await crisis(['comments', 'add', 'https://x.com/marta/status/1', 'Sigo sin gafas'], { cwd: dir });
  const { comments } = JSON.parse((await crisis(['comments', '--json'], { cwd: dir })).stdout);
  const id = comments[0].id as string;
  const reply = ['--response', 'agradecimiento', '--var', 'cliente=@marta'];
  expect((await crisis(['comments', 'done', id, '--answered', 'public', ...reply], { cwd: dir })).status).toBe(0);
  return { dir, id, file: join(dir, 'incidents', `${CLOSED_ID}.comments.ndjson`) };
}

describe.skipIf(!hasScript).each([
  ['Ctrl-C', '\x03'],
  ['Ctrl-D', '\x04'],
])('%s at the confirmation of a block', (_key, keys) => {
  it('stops with the choices as asked, none made, and records nothing', async () => {
    const { dir, id, file } = await answeredComment();
    const before = readComments(file).events.length;
    const t = startOnTerminal({
      argv: [join(root, 'bin/crisis.js'), 'comments', 'done', id, '--answered', 'blocked', '--reason', 'insultos'],
      cwd: dir,
      env: { LANG: 'en_US.UTF-8' },
      marker: dir,
    });
    await t.when('como bloqueado?');
    t.type(keys);
    expect(await t.exited).toBe(130);
    const screen = t.screen();
    const last = screen.slice(screen.lastIndexOf('como bloqueado?'));
    expect(last).toMatch(/ {2}Sí\s+❯ No/);
    expect(last).not.toContain('✔');
    expect(existsSync(file) && readComments(file).events.length).toBe(before);
  }, 60_000);
});
