import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The bundle uses yaml's browser build (scripts/build.js); in-process tests run the same code.
  resolve: {
    alias: [
      { find: /^yaml$/, replacement: fileURLToPath(new URL('node_modules/yaml/browser/index.js', import.meta.url)) },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    // test/e2e spawns the built binary: build it here, once per run (npm test no longer builds first).
    // test/integration runs main() in-process from src/ and needs no build.
    globalSetup: ['test/global-setup.ts'],
    reporters: ['default', './test/summary-reporter.ts'],
    testTimeout: 20_000,
  },
});
