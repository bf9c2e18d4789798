import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { readMentions } from '../../src/cli/watch/mention-store.js';
import { pollFeeds } from '../../src/cli/watch/poll.js';
import type { Mention } from '../../src/watch/mention.js';
import { watchSettings } from '../../src/watch/settings.js';
import { feedFile, feedServer, type FeedServer, type Route } from '../feed-server.js';
import { lintText, MINIMAL_YAML, root, tempDir } from '../helpers.js';
import { parsePlaybook } from '../../src/lint/lint-playbook.js';
import { crisis } from './run-cli.js';

let server: FeedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const REAL_SHAPES: Record<string, string> = {
  'Google Alerts': 'google-alerts.atom.xml',
  Mastodon: 'mastodon-tag.rss.xml',
  Reddit: 'reddit-search.atom.xml',
  'Hacker News': 'hnrss.rss.xml',
  'JSON Feed': 'json-feed.json',
  'RSS 1.0': 'rss1.rdf.xml',
};

/** A plan watching `feeds` (name → path on the server) for the brands of the fixtures. */
function planWith(feeds: Record<string, string>): string {
  const dir = tempDir();
  const lines = Object.entries(feeds).map(
    ([name, path]) => `    - { name: ${JSON.stringify(name)}, url: "${server!.url(path)}" }`,
  );
  writeFileSync(
    join(dir, 'crisis.yaml'),
    `${MINIMAL_YAML}policies:\n  avoid_topics: [competencia, agotadas]\nmonitoring:\n  keywords: [Miravista, Northside Bakery]\n  feeds:\n${lines.join('\n')}\n`,
  );
  return dir;
}

const paths = (names: Record<string, string>) =>
  Object.fromEntries(Object.entries(names).map(([name, file]) => [name, `/${file}`]));

async function serveFixtures(extra: Record<string, Route> = {}) {
  server = await feedServer({
    ...Object.fromEntries(Object.values(REAL_SHAPES).map((file) => [`/${file}`, feedFile(file)])),
    ...extra,
  });
}

function settingsOf(dir: string) {
  const { playbook } = parsePlaybook(readFileSync(join(dir, 'crisis.yaml')));
  if (!playbook) throw new Error('plan does not validate');
  return watchSettings(playbook);
}

/** One poll, with the new mentions it handed on, in the order it handed them. */
async function poll(dir: string, limits: { timeoutMs?: number } = {}) {
  const fresh: Mention[] = [];
  const onFresh = (mentions: readonly Mention[]) => fresh.push(...mentions);
  const result = await pollFeeds(settingsOf(dir), join(dir, 'watch'), {
    userAgent: 'crisis/test',
    now: () => new Date(),
    onFresh,
    ...limits,
  });
  result.save(true);
  return { ...result, fresh };
}

describe('crisis watch --once on the real shapes of feeds', () => {
  it("speaks the plan's language unless crisis is asked for another", async () => {
    await serveFixtures();
    const dir = planWith(paths(REAL_SHAPES));
    const run = await crisis(['watch', '--once', 'crisis.yaml'], { cwd: dir, env: { CRISIS_LANG: undefined } });
    expect(run.stdout).toMatch(/⚑ Mastodon · lunes,\s7\sdic,\s\d\d:12 SEÑALADA: agotadas/);
  });

  it('stores each mention once, prints the new ones, exits 1 for a flagged one, then 0 with nothing new', async () => {
    await serveFixtures();
    const dir = planWith(paths(REAL_SHAPES));
    expect(lintText(readFileSync(join(dir, 'crisis.yaml'), 'utf8'))).toEqual([]);
    const first = await crisis(['watch', '--once', 'crisis.yaml'], { cwd: dir });
    expect(first.stderr).toMatch(/8 new mentions \(2 flagged\) from 6 feeds\./);
    expect(first.status).toBe(1);
    expect(first.stdout).toMatch(/⚑ Mastodon · Mon,\sDec\s7,\s\d\d:12 FLAGGED: agotadas\n {2}Tres semanas esperando/);
    expect(first.stdout).toMatch(/https:\/\/noticias\.example\/valencia\/quejas-optica-miravista/);
    expect(first.stderr).toMatch(/Open an incident from the first flagged mention: crisis escalate --from-mention /);
    const stored = readMentions(join(dir, 'watch'));
    expect(stored).toHaveLength(8);
    expect(stored.map((m) => m.feed)).toContain('JSON Feed');

    const again = await crisis(['watch', '--once', '--format', 'json'], { cwd: dir });
    expect(again.status).toBe(0);
    const json = JSON.parse(again.stdout);
    expect(json).toMatchObject({ attention: false, mentions: [], spike: null });
    expect(json.feeds.map((feed: { result: string }) => feed.result)).toEqual(Array(6).fill('unchanged'));
    expect(readMentions(join(dir, 'watch'))).toHaveLength(8);
    // Polite: it names itself, and asks again only for what changed.
    const second = server!.requests.slice(6);
    expect(second.every((request) => request.headers['if-none-match'] !== undefined)).toBe(true);
    expect(server!.requests[0]!.headers['user-agent']).toMatch(/^crisis\/\d+\.\d+\.\d+$/);
    expect(
      JSON.parse(readFileSync(join(dir, 'watch/feeds.json'), 'utf8')).feeds[server!.url('/mastodon-tag.rss.xml')],
    ).toMatchObject({
      etag: '"mastodon-tag.rss.xml-1"',
      lastResult: 'unchanged',
    });
  });

  it('says each failing feed in one line naming it, and the others go on; every feed failing is exit 2', async () => {
    await serveFixtures({ '/broken': (_q, r) => r.writeHead(500, { 'content-type': 'text/plain' }).end('oops') });
    const dir = planWith({ Mastodon: '/mastodon-tag.rss.xml', Gone: '/gone.rss', Broken: '/broken' });
    const run = await crisis(['watch', '--once'], { cwd: dir });
    expect(run.stderr).toContain(`✖ Feed "Gone" (${server!.url('/gone.rss')}): the server answered 404 Not Found.\n`);
    expect(run.stderr).toContain(
      `✖ Feed "Broken" (${server!.url('/broken')}): the server answered 500 Internal Server Error.\n`,
    );
    expect(run.status).toBe(1);
    expect(readMentions(join(dir, 'watch'))).toHaveLength(2);

    const blind = planWith({ Gone: '/gone.rss', Broken: '/broken' });
    const none = await crisis(['watch', '--once'], { cwd: blind });
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/No feed could be read: nothing was watched\./);
  });

  it('refuses to loop without a terminal, and names --once', async () => {
    await serveFixtures();
    const run = await crisis(['watch'], { cwd: planWith({ Mastodon: '/mastodon-tag.rss.xml' }) });
    expect(run).toMatchObject({ status: 2, stdout: '' });
    expect(run.stderr).toMatch(/poll once with --once/);
  });
});

describe('one poll: each failure is one feed, said in one line', () => {
  const big = 20 * 1024 * 1024;
  const cases: Array<[string, Route, RegExp | string, number?]> = [
    ['a slow server', () => {}, 'watch.fail.timeout', 300],
    ['a redirect loop', (_q, r) => r.writeHead(302, { location: '/loop' }).end(), 'watch.fail.redirects'],
    [
      'a redirect to another scheme',
      (_q, r) => r.writeHead(301, { location: 'ftp://x.example/feed' }).end(),
      'watch.fail.scheme',
    ],
    ['an HTML page', feedFile('html-page.html', 'text/html'), 'watch.fail.notFeed'],
    ['malformed XML', feedFile('malformed.xml'), 'watch.fail.malformed'],
    ['an external entity', feedFile('external-entity.xml'), 'watch.fail.externalEntity'],
    [
      'a 20 MB feed, sent without a length',
      (_q, r) => {
        r.writeHead(200, { 'content-type': 'application/xml' });
        const chunk = Buffer.alloc(1024 * 1024, 'a');
        let sent = 0;
        const more = () => {
          while (sent < big && r.write(chunk)) sent += chunk.length;
          if (sent < big) r.once('drain', more);
          else r.end();
        };
        r.on('error', () => {});
        more();
      },
      'watch.fail.tooBig',
    ],
  ];

  it.each(cases)('%s', async (_name, route, key, timeoutMs) => {
    await serveFixtures({ '/bad': route, '/loop': (_q, r) => r.writeHead(302, { location: '/bad' }).end() });
    const dir = planWith({ Bad: '/bad', Mastodon: '/mastodon-tag.rss.xml' });
    const result = await poll(dir, timeoutMs ? { timeoutMs } : {});
    expect(result.outcomes.map((outcome) => outcome.result)).toEqual(['failed', 'ok']);
    expect(result.outcomes[0]).toMatchObject({ key });
    expect(result.fresh.map((m) => m.feed)).toEqual(['Mastodon', 'Mastodon']);
  });

  it.each(['gzip', 'deflate', 'br'])('reads a feed sent %s-compressed, as asked', async (coding) => {
    const text = readFileSync(join(root, 'test/fixtures/feeds/mastodon-tag.rss.xml'));
    const packed = { gzip: gzipSync, deflate: deflateSync, br: brotliCompressSync }[coding]!(text);
    await serveFixtures({
      '/packed': (request, response) => {
        const asked = String(request.headers['accept-encoding']).includes(coding);
        response.writeHead(200, {
          'content-type': 'application/rss+xml',
          ...(asked && { 'content-encoding': coding }),
        });
        response.end(asked ? packed : text);
      },
    });
    const dir = planWith({ Packed: '/packed' });
    const result = await poll(dir);
    expect(server!.requests[0]!.headers['accept-encoding']).toContain(coding);
    expect(result.fresh.map((m) => m.feed)).toEqual(['Packed', 'Packed']);
  });

  it('never expands an entity a feed declares: a billion laughs is stored as written, small', async () => {
    await serveFixtures({ '/laughs': feedFile('billion-laughs.xml') });
    const dir = planWith({ Laughs: '/laughs' });
    const result = await poll(dir);
    expect(result.fresh.map((m) => m.title)).toEqual(['Miravista &lol9;']);
    expect(readFileSync(join(dir, 'watch/mentions.jsonl')).length).toBeLessThan(1000);
  });

  it('hands on the mentions in the order of the feeds, keeping only those that may need a person', async () => {
    // The first feed answers only after the second was read: its mentions still come first.
    let fastRead: () => void = () => {};
    const fastDone = new Promise<void>((resolve) => (fastRead = resolve));
    const mastodon = feedFile('mastodon-tag.rss.xml');
    const hn = feedFile('hnrss.rss.xml');
    await serveFixtures({
      '/slow': (q, r) => void fastDone.then(() => setTimeout(() => mastodon(q, r), 50)),
      '/fast': (q, r) => (hn(q, r), r.on('finish', fastRead)),
    });
    const dir = planWith({ Slow: '/slow', Fast: '/fast' });
    const fresh: Mention[] = [];
    const result = await pollFeeds(settingsOf(dir), join(dir, 'watch'), {
      userAgent: 'crisis/test',
      now: () => new Date('2026-12-07T09:00:00Z'),
      onFresh: (mentions) => fresh.push(...mentions),
    });
    expect(fresh.map((m) => m.feed)).toEqual(['Slow', 'Slow', 'Fast']);
    expect(result.freshCount).toBe(3);
    // The flagged post of 08:12 and the one of 08:58, within the hour before 09:00; not the one of the day before.
    expect(result.notable).toEqual([fresh[0], fresh[2]]);
  });

  it('honours Retry-After: the feed is skipped until then, the others polled', async () => {
    await serveFixtures({ '/busy': (_q, r) => r.writeHead(429, { 'retry-after': '3600' }).end() });
    const dir = planWith({ Busy: '/busy', Mastodon: '/mastodon-tag.rss.xml' });
    expect((await poll(dir)).outcomes[0]).toMatchObject({ result: 'failed', key: 'watch.fail.status' });
    const before = server!.requests.length;
    const next = await poll(dir);
    expect(next.outcomes.map((outcome) => outcome.result)).toEqual(['waiting', 'unchanged']);
    expect(server!.requests.slice(before).map((request) => request.path)).toEqual(['/mastodon-tag.rss.xml']);
    expect(existsSync(join(dir, 'watch/feeds.json'))).toBe(true);
  });
});
