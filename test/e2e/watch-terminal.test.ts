import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hasScript, startOnTerminal } from '../../scripts/pty-session.js';
import { feedFile, feedServer, type FeedServer } from '../feed-server.js';
import { MINIMAL_YAML, root, tempDir } from '../helpers.js';

let server: FeedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

// `crisis watch` on a real terminal: after its first poll it waits for the next one (nothing else
// keeps the process alive while it waits), and only Ctrl-C ends it, with exit 0.
describe.skipIf(!hasScript)('crisis watch on a terminal', () => {
  it('keeps watching after its first poll until Ctrl-C', async () => {
    server = await feedServer({ '/tag.rss': feedFile('mastodon-tag.rss.xml') });
    const dir = tempDir();
    const plan = join(dir, 'crisis.yaml');
    writeFileSync(
      plan,
      `${MINIMAL_YAML}monitoring:\n  keywords: [Miravista]\n  feeds:\n    - { name: Tag, url: "${server.url('/tag.rss')}" }\n`,
    );
    const session = startOnTerminal({
      argv: [join(root, 'bin/crisis.js'), 'watch', plan],
      cwd: dir,
      env: { CRISIS_LANG: 'en' },
      marker: plan,
    });
    await session.when('Feed "Tag"');
    // Still running a moment after the poll: a watch that ended by itself would have exited by now.
    const moment = new Promise((resolve) => setTimeout(() => resolve('watching'), 1500));
    expect(await Promise.race([session.exited, moment])).toBe('watching');
    session.type('\u0003');
    expect(await session.exited).toBe(0);
    expect(session.screen()).toContain('Stopped watching');
  });
});
