import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readComments } from '../../src/cli/comments/incident-queue.js';
import { example, root } from '../helpers.js';
import { crisis } from './run-cli.js';

// A drill adds comments and settles them through the walkthrough's own comment queue.
const SCRIPT = readFileSync(join(root, 'test/fixtures/scripts/crisis-miravista.yaml'), 'utf8');
const COMMENTS = `comments:
  - { at: +12m, link: "https://x.com/marta/status/9", text: Sigo sin mis gafas, answered: public, response: agradecimiento, vars: { cliente: "@marta" } }
  - { at: +15m, link: "https://instagram.com/p/bot1", text: Gana un iPhone, answered: reviewed, reason: spam }
  - { at: +20m, link: "https://x.com/luis/status/3", text: Vaya servicio, answered: private, reply: Te escribimos por privado }
  - { at: +30m, link: "https://x.com/marta/status/9", answered: blocked, reason: insultos tras la disculpa }
  - { at: +35m, link: "https://facebook.com/miravista/posts/1#c4", text: ¿Y mi pedido? }
`;

function drill(extra: string) {
  const dir = example();
  const file = join(dir, 'drill.yaml');
  writeFileSync(file, SCRIPT.replace(/^close:/m, `${extra}close:`));
  return { dir, file };
}

describe('comments in a drill script', () => {
  it('are added and settled by the walkthrough, and the report counts them', async () => {
    const { dir, file } = drill(COMMENTS);
    const run = await crisis(['escalate', '--script', file], { cwd: dir });
    expect(run.stderr).not.toMatch(/comment|\.answered/i);
    expect(run.status).toBe(0);
    const name = readdirSync(join(dir, 'incidents')).find((f) => f.endsWith('.comments.ndjson'))!;
    const { events } = readComments(join(dir, 'incidents', name));
    // Each comment is written as its link is given, and its words on a line after.
    expect(events.map((e) => (e.type === 'settled' ? e.state : e.type))).toEqual([
      'comment',
      'comment',
      'public',
      'comment',
      'comment',
      'reviewed',
      'comment',
      'comment',
      'private',
      'blocked',
      'comment',
      'comment',
    ]);
    const report = await crisis(['report', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(report.stdout).comments).toMatchObject({
      received: 4,
      answeredPrivate: 1,
      reviewed: { count: 1 },
      blocked: { count: 1 },
      waiting: 1,
      coverage: 0.75,
    });
    expect((await crisis(['report'], { cwd: dir })).stdout).toContain('## Comentarios');
  });

  it('stops where the queue refuses what the script says (a block before any answer)', async () => {
    const { dir, file } = drill(
      `comments:\n  - { at: +12m, link: "https://x.com/z/status/1", answered: blocked, reason: insultos }\n`,
    );
    const run = await crisis(['escalate', '--script', file], { cwd: dir });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/comments\[0\]\.answered/);
  });
});
