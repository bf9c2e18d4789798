// A lint worker thread (cli/lint-workers.ts starts it): lints the batches of files it is sent
// and posts back their findings, or the error that stopped a batch, as plain data.
import { parentPort, workerData } from 'node:worker_threads';
import { CliError } from './cli/errors.js';
import { lintFiles } from './commands/lint-files.js';
import { translator, type Lang } from './i18n/index.js';

export interface WorkerData {
  cwd: string;
  lang: Lang;
  quiet: boolean;
}

export type WorkerError =
  | { kind: 'cli'; key: CliError['key']; params: CliError['params']; exitCode: number }
  | { kind: 'other'; message: string; stack?: string; code?: string; path?: string; syscall?: string };

const { cwd, lang, quiet } = workerData as WorkerData;
const t = translator(lang);
if (!parentPort) throw new Error('src/lint-worker.ts runs as a worker thread of crisis lint');
const port = parentPort;

function describe(error: unknown): WorkerError {
  if (error instanceof CliError) return { kind: 'cli', key: error.key, params: error.params, exitCode: error.exitCode };
  const { message, stack, code, path, syscall } = error as NodeJS.ErrnoException;
  return { kind: 'other', message: String(message ?? error), stack, code, path, syscall };
}

port.on('message', ({ batch, files }: { batch: number; files: string[] }) => {
  try {
    port.postMessage({ batch, results: lintFiles(files, { cwd, t }, quiet) });
  } catch (error) {
    port.postMessage({ batch, error: describe(error) });
  }
});
