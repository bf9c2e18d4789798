import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // test/e2e spawns the built binary: build it here, once per run (npm test no longer builds first).
    // test/integration runs main() in-process from src/ and needs no build.
    globalSetup: ['test/global-setup.ts'],
    reporters: ['default', './test/summary-reporter.ts'],
    // Limits stop a run that hangs, never one that is slow: on a loaded machine the property tests
    // and the end-to-end runs take several times what they take on a quiet one.
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
