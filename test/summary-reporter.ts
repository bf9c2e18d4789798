import type { Reporter, TestModule } from 'vitest/node';

/**
 * Ends the run with one plain line, `Tests: N passed, N failed`, that any CI log reader understands,
 * after a line for each suite skipped for want of a program, with its reason (test/e2e/skip-reason.ts).
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    const reasons = new Map<string, number>();
    for (const module of modules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failed += 1;
        else {
          skipped += 1;
          const reason = /\[skipped: [^\]]*\]/.exec(test.fullName)?.[0];
          const key = reason && `${module.relativeModuleId} ${reason}`;
          if (key) reasons.set(key, (reasons.get(key) ?? 0) + 1);
        }
      }
      if (module.state() === 'failed' && [...module.children.allTests()].length === 0) failed += 1;
    }
    for (const [key, count] of reasons) process.stdout.write(`\n${count} skipped: ${key}`);
    process.stdout.write(`\nTests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
  }
}
