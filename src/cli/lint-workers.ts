import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FileResult } from '../source/finding.js';
import type { WorkerData, WorkerError } from '../lint-worker.js';
import type { Context } from './context.js';
import { CliError } from './errors.js';

/**
 * Lint of many files on worker threads, as ESLint's --concurrency does. A worker costs
 * some 40 ms to start, so a handful of files stays in this thread. Each worker's young heap is
 * capped: left alone, V8 grows it to 32 MB in a long lint, most of a 1,000-file run's peak memory.
 */
const FILES_PER_WORKER = 100;
const MAX_WORKERS = 4;
const BATCH = 20;
const YOUNG_HEAP_MB = 8;

// Beside the bundle's chunks (dist/chunks/*.js → dist/lint-worker.js); absent when run from src/ by the tests.
const WORKER = new URL('../lint-worker.js', import.meta.url);

export type Concurrency = number | 'auto' | 'off';

/**
 * How many workers for `files` files on `cores` cores; 0 means lint in this thread. `auto` leaves
 * a core to this thread and to V8's collector, and starts workers only when two or more can run
 * at once: a single worker lints no faster than this thread, and its start-up and messages made
 * 1,000 plans some 15% slower on two cores.
 */
export function workersFor(files: number, concurrency: Concurrency, cores: number): number {
  if (concurrency === 'off' || files === 0) return 0;
  if (concurrency !== 'auto') return Math.min(concurrency, Math.ceil(files / BATCH));
  const count = Math.min(MAX_WORKERS, cores - 1, Math.ceil(files / FILES_PER_WORKER));
  return count >= 2 ? count : 0;
}

/** workersFor() on this machine; 0 where no worker was built (tests run src/ in place). */
export function workerCount(files: number, concurrency: Concurrency): number {
  return existsSync(fileURLToPath(WORKER)) ? workersFor(files, concurrency, availableParallelism()) : 0;
}

function rebuild(error: WorkerError): Error {
  if (error.kind === 'cli') return new CliError(error.key, error.params, error.exitCode);
  const { message, stack, ...rest } = error;
  return Object.assign(new Error(message), { stack }, rest);
}

/** Lints `files` on `count` workers (`script`: a stand-in, in tests), batch by batch as each is free; results in the files' order. */
export function lintInWorkers(
  files: string[],
  count: number,
  ctx: Pick<Context, 'cwd' | 'lang'>,
  quiet: boolean,
  script: URL = WORKER,
): Promise<FileResult[]> {
  const batches: string[][] = [];
  for (let start = 0; start < files.length; start += BATCH) batches.push(files.slice(start, start + BATCH));
  const answers: Array<{ results?: FileResult[]; error?: WorkerError }> = [];
  const workerData: WorkerData = { cwd: ctx.cwd, lang: ctx.lang, quiet };
  let next = 0;
  // Batches up to here are needed: after an error, only the batches before it (one thread would have stopped there).
  let needed = batches.length;
  let finished = false;
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    const end = (error?: Error) => {
      if (finished) return;
      finished = true;
      for (const worker of workers) void worker.terminate();
      if (error) return reject(error);
      // The error of the first file in order, as one thread would have stopped at it.
      const failed = answers.slice(0, needed).find((answer) => answer.error);
      if (failed?.error) reject(rebuild(failed.error));
      else resolve(answers.flatMap((answer) => answer.results ?? []));
    };
    const feed = (worker: Worker) => {
      if (next < needed) worker.postMessage({ batch: next, files: batches[next++] });
    };
    const answered = () => answers.slice(0, needed).filter(Boolean).length === needed;
    for (let index = 0; index < count; index += 1) {
      const worker = new Worker(script, { workerData, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_HEAP_MB } });
      workers.push(worker);
      worker.on('message', ({ batch, ...answer }: { batch: number; results?: FileResult[]; error?: WorkerError }) => {
        answers[batch] = answer;
        if (answer.error) needed = Math.min(needed, batch + 1);
        if (answered()) end();
        else feed(worker);
      });
      // Out of memory, or killed: said as such, with the way round it. Any other error is a bug, reported as one.
      const stopped = (code: number | string) => new CliError('lint.workerStopped', { code });
      worker.on('error', (error: NodeJS.ErrnoException) =>
        end(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? stopped(error.code) : error),
      );
      worker.on('exit', (code) => end(stopped(code)));
      feed(worker);
    }
  });
}
