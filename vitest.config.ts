import { existsSync, statfsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';
import SlowestFirst from './test/slowest-first.js';

// Files that replace a module with vi.mock: they get a module cache of their own, so the stand-in
// neither leaks into other files nor misses the modules they loaded first.
const ISOLATED = ['test/integration/options.test.ts'];

// Temporary folders in memory where Linux offers room for them (1 GiB free), unless TMPDIR is set:
// a journal is flushed to disk after each event, and on a disk the tests that walk and drill waited
// there with the core idle (over a quarter of the property tests' time). CI's containers may give
// /dev/shm 64 MB, which Chromium needs: then the disk, as before.
const MEMORY = '/dev/shm';
const memoryFree = () => {
  const { bavail, bsize } = statfsSync(MEMORY);
  return bavail * bsize;
};
const TMPDIR =
  process.env.TMPDIR ??
  (process.platform === 'linux' && existsSync(MEMORY) && memoryFree() > 1024 ** 3 ? MEMORY : undefined);

export default defineConfig({
  test: {
    // test/e2e spawns the built binary: build it here, once per run (npm test no longer builds first).
    // test/integration runs main() in-process from src/ and needs no build.
    globalSetup: ['test/global-setup.ts'],
    ...(TMPDIR && { env: { TMPDIR } }),
    reporters: ['default', './test/summary-reporter.ts'],
    // Limits stop a run that hangs, never one that is slow: on a loaded machine the property tests
    // and the end-to-end runs take several times what they take on a quiet one.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // One worker per core (vitest's default leaves one out, which on two cores runs the files one
    // by one): the end-to-end files mostly wait for the processes they start.
    maxWorkers: availableParallelism(),
    // Processes, not threads: tests set process.env.TZ, which a thread would change for the others.
    pool: 'forks',
    // The longest files first, also on a fresh clone that has no durations from a previous run.
    sequence: { sequencer: SlowestFirst },
    // Transformed modules kept in node_modules/.experimental-vitest-cache between runs, keyed by
    // content (no plugins here whose options it could miss): some 2 s of CPU per run once warm.
    // Vitest 5 turns it on by default; `vitest --clearCache` empties it.
    experimental: { fsModuleCache: true },
    projects: [
      // A worker runs file after file with the modules it has loaded: loading src/ and its libraries
      // again for each file was some 40% of the run. The tests leave no state behind them (spies and
      // environment restored in finally, temporary folders removed), so they may share.
      {
        extends: true,
        test: {
          name: 'shared',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...ISOLATED],
          isolate: false,
        },
      },
      { extends: true, test: { name: 'isolated', include: ISOLATED } },
    ],
  },
});
