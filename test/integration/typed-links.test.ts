import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJournal } from '../../src/cli/incident-store/journal-file.js';
import { readComments } from '../../src/cli/comments/incident-queue.js';
import { CLOSED_ID, example, planFile, root, tempDir } from '../helpers.js';
import { crisis } from './run-cli.js';

// Links copied from an address bar without https:// (x.com/…, www.…) are the links themselves in a
// drill and in `crisis comments add`, as at the walkthrough's questions (test/e2e/typed-links):
// never an empty link or a post-link left out; what is no link stops the drill, saying why.
const SCRIPT = readFileSync(join(root, 'test/fixtures/scripts/crisis-miravista.yaml'), 'utf8');

async function drill(script: string, env: Record<string, string | undefined> = {}) {
  const dir = tempDir();
  writeFileSync(join(dir, 'drill.yaml'), script);
  const run = await crisis(
    ['escalate', '--script', 'drill.yaml', '--playbook', planFile(), '--incidents-dir', 'incidents'],
    { cwd: dir, env },
  );
  const incidents = join(dir, 'incidents');
  const [name] = existsSync(incidents) ? readdirSync(incidents).filter((f) => f.endsWith('.jsonl')) : [];
  return { ...run, events: name ? readJournal(join(incidents, name)).events : [] };
}

describe('links typed without their scheme', () => {
  it("are a drill's incident link and posts' links, with https://", async () => {
    const script = SCRIPT.replace('link: https://x.com/ana_lopez/status/1', 'link: x.com/ana_lopez/status/1')
      .replace('facebook: https://facebook.com/miravista/posts/1', 'facebook: www.facebook.com/miravista/posts/1')
      .replace('x: https://x.com/miravista/status/2', 'x: x.com/miravista/status/2');
    const run = await drill(script);
    expect(run.status, run.stderr).toBe(0);
    expect(run.events.find((e) => e.type === 'opened')).toMatchObject({ link: 'https://x.com/ana_lopez/status/1' });
    const posts = run.events.flatMap((e) => (e.type === 'post-link' ? [[e.step, e.url]] : []));
    expect(posts).toEqual(
      expect.arrayContaining([
        ['comunicado', 'https://www.facebook.com/miravista/posts/1'],
        ['aviso-corto', 'https://x.com/miravista/status/2'],
      ]),
    );
  });

  it.each([
    [
      'es',
      undefined,
      /published es «no es enlace», que el recorrido no acepta: «no» no es un enlace: pega las direcciones/,
    ],
    [
      'en',
      'en',
      /published is "no es enlace", which the walkthrough refuses: "no" is not a link: paste the posts' addresses/,
    ],
  ])('stop a drill whose link is none, saying what to type (%s)', async (_lang, lang, message) => {
    const script = SCRIPT.replace('facebook: https://facebook.com/miravista/posts/1', 'facebook: no es enlace');
    const run = await drill(script, { CRISIS_LANG: lang });
    // A script the walkthrough refuses is a finding in the script (1), as its other stops.
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.events.some((e) => e.type === 'post-link' && e.step === 'comunicado')).toBe(false);
  });

  it('are the comment a person adds with crisis comments add', async () => {
    const dir = example('es-optica-miravista', { incidents: true });
    const journal = join(dir, 'incidents', `${CLOSED_ID}.jsonl`);
    cpSync(join(root, 'test/fixtures/journals/closed.jsonl'), journal);
    const lines = readFileSync(journal, 'utf8').split('\n');
    writeFileSync(journal, lines.filter((line) => !line.includes('"type":"closed"')).join('\n'));
    expect((await crisis(['comments', 'add', 'x.com/marta/status/1'], { cwd: dir })).status).toBe(0);
    const again = await crisis(['comments', 'add', 'https://x.com/marta/status/1'], { cwd: dir });
    expect(again.stdout).toMatch(/already in the queue/);
    const file = join(dir, 'incidents', `${CLOSED_ID}.comments.ndjson`);
    expect(readComments(file).events.map((c) => c.link)).toEqual(['https://x.com/marta/status/1']);
    const refused = await crisis(['comments', 'add', 'not a link'], { cwd: dir, env: { CRISIS_LANG: undefined } });
    expect([refused.status, refused.stderr]).toEqual([
      2,
      expect.stringMatching(/"not a link" no es un enlace: pega la dirección del comentario/),
    ]);
  });

  it('refused on a closed incident, say only why: nothing was added to warn of', async () => {
    const dir = example('es-optica-miravista', { incidents: true });
    cpSync(join(root, 'test/fixtures/journals/closed.jsonl'), join(dir, 'incidents', `${CLOSED_ID}.jsonl`));
    const refused = await crisis(['comments', 'add', 'notalink', '--incident', CLOSED_ID], { cwd: dir });
    expect(refused.status).toBe(2);
    expect(refused.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^✖ "notalink" is not a link/)]);
  });
});
