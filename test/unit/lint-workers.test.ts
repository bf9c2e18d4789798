import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/cli/errors.js';
import { lintInWorkers } from '../../src/cli/lint-workers.js';

// The pool on its own, with a stand-in worker (test/fixtures/workers/echo.mjs); the real worker
// runs in test/e2e/lint-workers.test.ts, against the bundle.
const ECHO = new URL('../fixtures/workers/echo.mjs', import.meta.url);
const ctx = { cwd: process.cwd(), lang: 'en' as const };
const names = (count: number) => Array.from({ length: count }, (_, index) => `plan-${index}.yaml`);

describe('lint worker pool', () => {
  it('gives the results in the files’ order, however the batches come back', async () => {
    const files = names(95); // 5 batches of 20, the last one short
    const results = await lintInWorkers(files, 3, ctx, false, { script: ECHO });
    expect(results.map((result) => result.file)).toEqual(files);
  });

  it('stops at the first failing batch in file order, as one thread would', async () => {
    const files = names(100);
    files[45] = 'fail-45';
    files[85] = 'fail-85';
    await expect(lintInWorkers(files, 2, ctx, false, { script: ECHO })).rejects.toMatchObject({
      key: 'error.noSuchPath',
      params: { path: 'fail-45' },
    });
  });

  it('says a thread stopped before it was done, and how to go round it', async () => {
    const files = names(60);
    files[30] = 'die';
    const error = await lintInWorkers(files, 2, ctx, false, { script: ECHO }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CliError);
    expect(error).toMatchObject({ key: 'lint.workerStopped', params: { code: 3 } });
  });

  it('lints batches in this thread too, and still gives the results in the files’ order', async () => {
    const files = names(95);
    const linted: string[] = [];
    const here = (batch: string[]) => (linted.push(...batch), batch.map((file) => ({ file, findings: [] })));
    const results = await lintInWorkers(files, 1, ctx, false, { script: ECHO, here });
    expect(results.map((result) => result.file)).toEqual(files);
    expect(linted.length).toBeGreaterThan(0);
    expect(linted.length).toBeLessThan(files.length);
  });

  it('lints here the batches of a worker that ran out of memory, and still gives every result in order', async () => {
    const files = names(95);
    files[10] = 'hog'; // the worker's first batch
    const linted: string[] = [];
    const here = (batch: string[]) => (linted.push(...batch), batch.map((file) => ({ file, findings: [] })));
    const results = await lintInWorkers(files, 1, ctx, false, { script: ECHO, here, heapMb: 16 });
    expect(results.map((result) => result.file)).toEqual(files);
    expect(linted).toContain('hog');
  });

  it('says a worker ran out of memory when no thread can take its batches', async () => {
    const files = names(60);
    files[30] = 'hog';
    const error = await lintInWorkers(files, 2, ctx, false, { script: ECHO, heapMb: 16 }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({ key: 'lint.workerStopped', params: { code: 'ERR_WORKER_OUT_OF_MEMORY' } });
  });

  it('stops at the first failing batch in file order, whichever thread met it', async () => {
    const files = names(100);
    // The worker is sent batch 0, this thread takes batch 1 (files 20-39), the worker batch 2 ahead.
    files[25] = 'fail-25';
    files[85] = 'fail-85';
    const here = (batch: string[]) => {
      const failing = batch.find((file) => file.startsWith('fail-'));
      if (failing) throw new CliError('error.noSuchPath', { path: failing });
      return batch.map((file) => ({ file, findings: [] }));
    };
    await expect(lintInWorkers(files, 1, ctx, false, { script: ECHO, here })).rejects.toMatchObject({
      key: 'error.noSuchPath',
      params: { path: 'fail-25' },
    });
  });
});
