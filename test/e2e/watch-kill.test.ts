import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readMentions } from '../../src/cli/watch/mention-store.js';
import { feedFile, feedServer, type FeedServer } from '../feed-server.js';
import { MINIMAL_YAML, root, tempDir } from '../helpers.js';

let server: FeedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** The built binary, as cron would run it; resolves with its exit code, or the signal that ended it. */
function watchOnce(cwd: string) {
  const child = spawn(process.execPath, [join(root, 'bin/crisis.js'), 'watch', '--once'], {
    cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1' },
    stdio: 'ignore',
  });
  const done = new Promise<number | NodeJS.Signals | null>((resolve) =>
    child.on('exit', (code, signal) => resolve(signal ?? code)),
  );
  return { child, done };
}

async function until(condition: () => boolean) {
  // Counted, not timed: the test's own timeout ends a wait that never comes.
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 20));
}

describe('crisis watch killed with SIGKILL during a poll', () => {
  it('loses nothing it stored and stores nothing twice when run again', async () => {
    let slowAnswers = false;
    const rdf = feedFile('rss1.rdf.xml');
    server = await feedServer({
      '/fast': feedFile('mastodon-tag.rss.xml'),
      // Holds the request until the test lets it through: the poll is under way when it is killed.
      '/slow': (request, response) => (slowAnswers ? rdf(request, response) : response.on('error', () => {})),
    });
    const dir = tempDir();
    writeFileSync(
      join(dir, 'crisis.yaml'),
      `${MINIMAL_YAML}monitoring:\n  keywords: [Miravista]\n  feeds:\n    - { name: Fast, url: "${server.url('/fast')}" }\n    - { name: Slow, url: "${server.url('/slow')}" }\n`,
    );
    const store = join(dir, 'watch/mentions.jsonl');
    const first = watchOnce(dir);
    // Once the fast feed's mentions are written, not merely once the file exists: the file is
    // created by the same append, a moment before its lines land.
    await until(
      () =>
        readMentions(join(dir, 'watch')).length === 2 && server!.requests.some((request) => request.path === '/slow'),
    );
    first.child.kill('SIGKILL');
    expect(await first.done).toBe('SIGKILL');
    expect(readMentions(join(dir, 'watch')).map((m) => m.feed)).toEqual(['Fast', 'Fast']);
    // What it fetched was not noted yet: the next poll fetches it whole again.
    expect(existsSync(join(dir, 'watch/feeds.json'))).toBe(false);

    slowAnswers = true;
    expect(await watchOnce(dir).done).toBe(0);
    const lines = readFileSync(store, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(readMentions(join(dir, 'watch')).map((m) => m.feed)).toEqual(['Fast', 'Fast', 'Slow']);
  });
});

/** The built binary run to its end, its output kept. */
function watchOnceRead(cwd: string) {
  const child = spawn(process.execPath, [join(root, 'bin/crisis.js'), 'watch', '--once'], {
    cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', CRISIS_LANG: 'en' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (status) => resolve({ status, stdout, stderr })),
  );
}

describe('crisis watch --once stopped after it stored mentions, before it said so', () => {
  it.each(['SIGKILL', 'SIGTERM', 'SIGINT'] as const)(
    'the next poll reports them as new, and a flagged one is still exit 1 (%s)',
    async (signal) => {
      let slowAnswers = false;
      const rdf = feedFile('rss1.rdf.xml');
      server = await feedServer({
        '/fast': feedFile('mastodon-tag.rss.xml'),
        // Trickles a byte now and then until the test lets it through: the poll is under way when it stops.
        '/slow': (request, response) => {
          if (slowAnswers) return rdf(request, response);
          response.writeHead(200, { 'content-type': 'application/xml' }).write('<');
          response.on('error', () => {});
        },
      });
      const dir = tempDir();
      writeFileSync(
        join(dir, 'crisis.yaml'),
        `${MINIMAL_YAML}policies:\n  avoid_topics: [agotadas]\nmonitoring:\n  keywords: [Miravista]\n  feeds:\n    - { name: Fast, url: "${server.url('/fast')}" }\n    - { name: Slow, url: "${server.url('/slow')}" }\n`,
      );
      const first = watchOnce(dir);
      await until(
        () =>
          readMentions(join(dir, 'watch')).length === 2 && server!.requests.some((request) => request.path === '/slow'),
      );
      first.child.kill(signal);
      expect(await first.done).not.toBe(0);

      slowAnswers = true;
      const next = await watchOnceRead(dir);
      expect(next.stdout).toMatch(/⚑ Fast · .* FLAGGED: agotadas/);
      expect(next.stderr).toMatch(/3 new mentions \(1 flagged\) from 2 feeds\./);
      expect(next.status).toBe(1);
      // Said once: the poll after that one has nothing new to say.
      const last = await watchOnceRead(dir);
      expect(last.stderr).toMatch(/0 new mentions/);
      expect(last.status).toBe(0);
    },
  );
});

describe('crisis watch --once | head', () => {
  it('goes on when the reader is gone: every feed is read, stored and noted, and the exit code is its own', async () => {
    server = await feedServer({ '/a': feedFile('mastodon-tag.rss.xml'), '/b': feedFile('rss1.rdf.xml') });
    const dir = tempDir();
    writeFileSync(
      join(dir, 'crisis.yaml'),
      `${MINIMAL_YAML}policies:\n  avoid_topics: [agotadas]\nmonitoring:\n  keywords: [Miravista]\n  feeds:\n    - { name: A, url: "${server.url('/a')}" }\n    - { name: B, url: "${server.url('/b')}" }\n`,
    );
    // Mentions are printed while the poll goes on: the first write meets a closed pipe.
    const child = spawn(process.execPath, [join(root, 'bin/crisis.js'), 'watch', '--once'], {
      cwd: dir,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|✖/);
    expect(status).toBe(1);
    expect(
      readMentions(join(dir, 'watch'))
        .map((m) => m.feed)
        .sort(),
    ).toEqual(['A', 'A', 'B']);
    expect(Object.keys(JSON.parse(readFileSync(join(dir, 'watch/feeds.json'), 'utf8')).feeds)).toHaveLength(2);
  });
});
