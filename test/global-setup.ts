import { execFileSync } from 'node:child_process';

// Vitest calls this once for the root config and once per project (vitest.config.ts): build once.
const BUILT = Symbol.for('crisis.test.built');

export default function setup(): void {
  const state = globalThis as { [BUILT]?: boolean };
  if (state[BUILT]) return;
  execFileSync(process.execPath, ['scripts/build.js'], { stdio: 'inherit' });
  state[BUILT] = true;
}
