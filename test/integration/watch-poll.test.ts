import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createContext } from '../../src/cli/context.js';
import { readMentions } from '../../src/cli/watch/mention-store.js';
import { watch } from '../../src/commands/watch.js';
import { feedFile, feedServer, type FeedServer } from '../feed-server.js';
import { MINIMAL_YAML, tempDir } from '../helpers.js';
import { crisis } from './run-cli.js';

let server: FeedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A plan watching Mastodon (a flagged post of 08:12, one of the day before) and hnrss (08:58). */
async function plan(extra = '', avoid = 'agotadas') {
  server = await feedServer({ '/m': feedFile('mastodon-tag.rss.xml'), '/hn': feedFile('hnrss.rss.xml') });
  const dir = tempDir();
  writeFileSync(
    join(dir, 'crisis.yaml'),
    `${MINIMAL_YAML}policies:\n  avoid_topics: [${avoid}]\nmonitoring:\n  keywords: [Miravista, Northside Bakery]\n  feeds:\n    - { name: Mastodon, url: "${server.url('/m')}" }\n    - { name: HN, url: "${server.url('/hn')}" }\n${extra}`,
  );
  return dir;
}

/** `crisis watch --once` in this process, on a clock that moves 10 ms each time it is read. */
async function watchAt(dir: string, start: string, format: 'stylish' | 'json' = 'stylish') {
  let out = '';
  let err = '';
  const stdout = new PassThrough().on('data', (chunk) => (out += chunk));
  const stderr = new PassThrough().on('data', (chunk) => (err += chunk));
  const ctx = createContext([], '0.0.0', {
    cwd: dir,
    env: { NO_COLOR: '1', CRISIS_LANG: 'en' },
    streams: { stdout, stderr },
    interactive: false,
  });
  let tick = Date.parse(start);
  const status = await watch(undefined, { once: true, format }, ctx, () => new Date((tick += 10)));
  await new Promise((resolve) => setImmediate(resolve));
  return { status, stdout: out, stderr: err };
}

const SPIKE = '  alert: { mentions: 3, within: 1d }\n';
const FLAGGED = 'https://mastodon.example/@lucia/113612345678901234';

describe('crisis watch --once: what it says', () => {
  it('a plan with errors is exit 2, a run that could not happen, not the alert', async () => {
    const dir = await plan();
    writeFileSync(
      join(dir, 'crisis.yaml'),
      readFileSync(join(dir, 'crisis.yaml'), 'utf8').replace('version: 1', 'version: 7'),
    );
    const run = await crisis(['watch', '--once'], { cwd: dir });
    expect(run.status).toBe(2);
  });

  it("suggests the poll's first flagged mention, not the spike's latest unflagged one", async () => {
    const dir = await plan(SPIKE);
    const run = await watchAt(dir, '2026-12-07T09:00:00Z');
    expect(run.stderr).toMatch(/Spike: 3 mentions within 1d/);
    expect(run.stderr).toContain(
      `Open an incident from the first flagged mention: crisis escalate --from-mention ${FLAGGED}\n`,
    );
    expect(run.status).toBe(1);
  });

  it('with nothing flagged, suggests the first mention of the spike, where it began', async () => {
    const dir = await plan(SPIKE, 'nada');
    const run = await watchAt(dir, '2026-12-07T09:00:00Z', 'json');
    const json = JSON.parse(run.stdout);
    expect(json.spike).toMatchObject({ count: 3, first: 'https://mastodon.example/@pau/113612345600000000' });
    expect(json.open).toBe(json.spike.first);
  });

  it('every mention of a poll is seen at the same time, so an incident from any of them queues the whole poll', async () => {
    const dir = await plan();
    await watchAt(dir, '2026-12-07T09:00:00Z');
    const seen = readMentions(join(dir, 'watch')).map((mention) => mention.seen);
    expect(seen).toHaveLength(3);
    expect(new Set(seen).size).toBe(1);
  });

  it('refuses a watch folder that is the incidents folder', async () => {
    const dir = await plan();
    const run = await crisis(['watch', '--once', '--watch-dir', 'incidents'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/incidents is the incidents folder/);
    expect(readMentions(join(dir, 'incidents'))).toEqual([]);
  });
});

describe('two polls of one watch folder', () => {
  it('never store a mention twice: the second is told another poll is running', async () => {
    const dir = await plan();
    const runs = await Promise.all([
      crisis(['watch', '--once'], { cwd: dir }),
      crisis(['watch', '--once'], { cwd: dir }),
    ]);
    const lines = readFileSync(join(dir, 'watch/mentions.jsonl'), 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(runs.map((run) => run.status).sort()).toEqual([1, 2]);
    expect(runs.map((run) => run.stderr).join('')).toMatch(/Another crisis watch \(pid \d+\) is polling watch now/);
  });

  it('take over the lock a killed poll left', async () => {
    const dir = await plan();
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    mkdirSync(join(dir, 'watch'));
    const lock = { pid: dead, host: hostname(), since: '2026-12-07T08:00:00Z' };
    writeFileSync(join(dir, 'watch/poll.lock'), JSON.stringify(lock));
    const run = await crisis(['watch', '--once'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(readMentions(join(dir, 'watch'))).toHaveLength(3);
  });
});
