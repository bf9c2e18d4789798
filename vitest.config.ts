import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // test/e2e spawns the built binary: build it here, once per run (npm test no longer builds first).
    // test/integration runs main() in-process from src/ and needs no build.
    globalSetup: ['test/global-setup.ts'],
    reporters: ['default', './test/summary-reporter.ts'],
    testTimeout: 20_000,
  },
});
