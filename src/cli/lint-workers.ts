import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FileResult } from '../source/finding.js';
import type { WorkerData, WorkerError } from '../lint-worker.js';
import type { Context } from './context.js';
import { CliError } from './errors.js';

/**
 * Lint of many files on several threads, this one included: it lints batches too, between the
 * workers' answers, so two cores need one worker, not two beside an idle thread (a third heap).
 * A worker costs some 40 ms to start, so a handful of files stays in this thread. Each worker's
 * young heap is capped: left alone, V8 grows it to 32 MB in a long lint; at 8 MB, this thread and
 * one worker peaked at 170 MB on 1,000 plans, at 4 MB under 150 MB.
 *
 * Its old heap is capped too, for the same reason: V8 lets it grow to four times what is alive
 * (some 10 MB in a worker) when the cap is 2 GB or more, and to 1.3-1.6 times under 1 GB, at no
 * measurable cost in CPU. At 512 MB a worker held 25 MB where it held 45, and 1,000 plans peaked
 * at 134 MB where they peaked at 152. A batch that needs more is linted in this thread instead.
 */
const FILES_PER_THREAD = 100;
const MAX_THREADS = 5;
const BATCH = 20;
const YOUNG_HEAP_MB = 4;
const OLD_HEAP_MB = 512;

// Beside the bundle's chunks (dist/chunks/*.js → dist/lint-worker.js); absent when run from src/ by the tests.
const WORKER = new URL('../lint-worker.js', import.meta.url);

export type Concurrency = number | 'auto' | 'off';

/**
 * How many workers to start beside this thread for `files` files on `cores` cores; 0 means lint
 * in this thread alone. A number is how many threads lint in all, this one included (ESLint's
 * meaning). `auto` takes a thread per 100 files, at most one per core.
 */
export function workersFor(files: number, concurrency: Concurrency, cores: number): number {
  if (concurrency === 'off' || files === 0) return 0;
  const batches = Math.ceil(files / BATCH);
  const threads =
    concurrency === 'auto'
      ? Math.min(MAX_THREADS, cores, Math.ceil(files / FILES_PER_THREAD))
      : Math.min(concurrency, batches);
  return Math.max(0, threads - 1);
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

/**
 * Lints `files` on `count` workers (`script`: a stand-in, in tests, `heapMb` its old heap's cap)
 * and, with `here` (which lints a batch in this thread and throws what stops the lint), in this
 * thread as well, batch by batch as each is free; results in the files' order. A worker that runs
 * out of memory leaves its batches to this thread, which has no such cap.
 */
export function lintInWorkers(
  files: string[],
  count: number,
  ctx: Pick<Context, 'cwd' | 'lang'>,
  quiet: boolean,
  {
    script = WORKER,
    here,
    heapMb = OLD_HEAP_MB,
  }: { script?: URL; here?: (files: string[]) => FileResult[]; heapMb?: number } = {},
): Promise<FileResult[]> {
  const batches: string[][] = [];
  for (let start = 0; start < files.length; start += BATCH) batches.push(files.slice(start, start + BATCH));
  const answers: Array<{ results?: FileResult[]; error?: Error }> = [];
  const workerData: WorkerData = { cwd: ctx.cwd, lang: ctx.lang, quiet };
  const resourceLimits = { maxYoungGenerationSizeMb: YOUNG_HEAP_MB, maxOldGenerationSizeMb: heapMb };
  let next = 0;
  // Batches up to here are needed: after an error, only the batches before it (one thread would have stopped there).
  let needed = batches.length;
  let finished = false;
  // The batches each worker was sent and has not answered, and those taken back from a worker out of memory.
  const held = new Map<Worker, number[]>();
  const takenBack: number[] = [];
  let lintingHere = false;
  return new Promise((resolve, reject) => {
    const end = (error?: Error) => {
      if (finished) return;
      finished = true;
      for (const worker of held.keys()) void worker.terminate();
      if (error) return reject(error);
      // The error of the first file in order, as one thread would have stopped at it.
      const failed = answers.slice(0, needed).find((answer) => answer.error);
      if (failed?.error) reject(failed.error);
      else resolve(answers.flatMap((answer) => answer.results ?? []));
    };
    const answered = () => answers.slice(0, needed).filter(Boolean).length === needed;
    const record = (batch: number, answer: { results?: FileResult[]; error?: Error }) => {
      answers[batch] = answer;
      if (answer.error) needed = Math.min(needed, batch + 1);
      if (answered()) end();
    };
    const feed = (worker: Worker) => {
      if (next >= needed) return;
      held.get(worker)?.push(next);
      worker.postMessage({ batch: next, files: batches[next++] });
    };
    // This thread lints a batch whenever it is free, letting the workers' answers in between:
    // first those taken back from a worker out of memory, then the next one.
    const nextHere = () => takenBack.shift() ?? (next < needed ? next++ : undefined);
    const lintHere = (batch: number | undefined) => {
      if (batch === undefined || !here || finished) {
        lintingHere = false;
        return;
      }
      if (batch < needed)
        try {
          record(batch, { results: here(batches[batch] ?? []) });
        } catch (error) {
          record(batch, { error: error as Error });
        }
      setImmediate(lintHere, nextHere());
    };
    const startHere = (batch: number | undefined) => {
      if (lintingHere || !here) return;
      lintingHere = true;
      setImmediate(lintHere, batch);
    };
    const outOfMemory = (worker: Worker) => {
      takenBack.push(...(held.get(worker) ?? []));
      held.delete(worker);
      startHere(nextHere());
    };
    for (let index = 0; index < count; index += 1) {
      const worker = new Worker(script, { workerData, resourceLimits });
      held.set(worker, []);
      worker.on(
        'message',
        ({ batch, results, error }: { batch: number; results?: FileResult[]; error?: WorkerError }) => {
          const mine = held.get(worker);
          mine?.splice(mine.indexOf(batch), 1);
          record(batch, error ? { error: rebuild(error) } : { results });
          if (!finished) feed(worker);
        },
      );
      // Out of memory with this thread to take its batches, or else said as such, with the way
      // round it; killed too. Any other error is a bug, reported as one.
      const stopped = (code: number | string) => new CliError('lint.workerStopped', { code });
      worker.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'ERR_WORKER_OUT_OF_MEMORY') end(error);
        else if (here) outOfMemory(worker);
        else end(stopped(error.code));
      });
      worker.on('exit', (code) => held.has(worker) && end(stopped(code)));
      feed(worker);
    }
    // Its first batch is the one after each worker's; then each worker is sent a second batch
    // ahead, so that none waits for more while this thread lints.
    if (here && next < needed) startHere(next++);
    for (const worker of held.keys()) feed(worker);
  });
}
