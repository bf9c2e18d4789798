import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { workersFor } from '../../src/cli/lint-workers.js';
import { generate } from '../../bench/corpus.js';
import { root } from '../helpers.js';
import { crisis as inProcess } from '../integration/run-cli.js';
import { crisis } from './run-cli.js';

describe('how many lint workers', () => {
  it.each([
    // files, --concurrency, cores, workers beside this thread
    [1, 'auto', 8, 0],
    [100, 'auto', 8, 0], // files for one thread only
    [101, 'auto', 8, 1],
    [1000, 'auto', 2, 1], // two cores: this thread and one worker
    [1000, 'auto', 1, 0],
    [1000, 'auto', 3, 2],
    [250, 'auto', 16, 2],
    [1000, 'auto', 16, 4], // five threads at most
    [1000, 'off', 16, 0],
    [5, 3, 1, 0], // asked for 3, but one batch of files is all there is
    [100, 3, 1, 2],
    [100, 1, 8, 0], // one thread: this one
    [0, 2, 4, 0],
  ] as const)('%i files, --concurrency %s, %i cores: %i', (files, concurrency, cores, workers) => {
    expect(workersFor(files, concurrency, cores)).toBe(workers);
  });
});

// The built binary: workers exist only in the bundle. Whatever the threads, the same report. The
// one-thread lint needs no bundle: it runs in this process, from the sources, with the same output.
// 48 plans and two files more: three batches of 20 (lint-workers.ts), so --concurrency 3 lints
// on three threads (two workers and this one), each with a problem to report, at a fraction of
// the cost of a bigger corpus. One whole plan with its templates in each batch (plan-0 is 1st,
// plan-4 35th, plan-47 43rd); the others are the spec's minimal plan, which lints in a fraction
// of the time.
describe('lint on worker threads says what one thread says', () => {
  const dir = mkdtempSync(join(tmpdir(), 'crisis-workers-'));
  generate(48, dir);
  for (let index = 0; index < 48; index += 1)
    if (![0, 4, 47].includes(index))
      copyFileSync(join(root, 'test/fixtures/minimal/crisis.yaml'), join(dir, `plan-${index}/crisis.yaml`));
  // Problems spread over the batches (files sorted by path: plan-15 is 8th, plan-3 24th, zz-extra last):
  // a schema error, a syntax error, a rule's warning.
  writeFileSync(join(dir, 'plan-15/crisis.yaml'), 'brand: {}\n');
  writeFileSync(join(dir, 'plan-3/crisis.yaml'), 'brand: [unclosed\n');
  mkdirSync(join(dir, 'zz-extra'));
  writeFileSync(join(dir, 'zz-extra/crisis.yaml'), 'version: 1\n');
  // Nested far deeper than a plan: a worker has more stack than this thread, the finding must not care.
  writeFileSync(join(dir, 'zz-extra/deep.yaml'), `brand: ${'['.repeat(5000)}${']'.repeat(5000)}\n`);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const THREADS = 'Linting on 3 threads.\n';
  // The threads return findings and this thread formats them. JSON prints every field of a finding
  // that stylish and SARIF print (its files are the findings' own, grouped by groupByFile), so the
  // other formats need no threaded run of their own.
  it('in json, file by file in the same order, and says with --debug how many threads it used', async () => {
    const one = await inProcess(['lint', dir, '--format', 'json', '--concurrency', 'off', '--debug']);
    const many = crisis(['lint', dir, '--format', 'json', '--concurrency', '3', '--debug']);
    expect(one.status).toBe(1);
    expect(one.stderr).not.toContain('worker');
    expect(many.stderr).toContain(THREADS);
    expect({ ...many, stderr: many.stderr.replace(THREADS, '') }).toEqual(one);
  });

  it('stops with the same message and exit code when a file cannot be read', async () => {
    const link = join(dir, 'plan-40/gone.yaml');
    symlinkSync(join(dir, 'nowhere.yaml'), link);
    try {
      const one = await inProcess(['lint', dir, '--concurrency', 'off']);
      const many = crisis(['lint', dir, '--concurrency', '2']);
      expect(one.status).toBe(2);
      expect(one.stderr).toContain('gone.yaml');
      expect(many).toEqual(one);
    } finally {
      rmSync(link);
    }
  });

  // Refused while the options are read, long before a thread: in this process.
  it('refuses a --concurrency that is not auto, off or a number of threads', async () => {
    for (const value of ['0', 'two', '-1']) {
      const run = await inProcess(['lint', dir, '--concurrency', value]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(`--concurrency takes auto, off or a number of threads from 1, not "${value}"`);
    }
  });
});
