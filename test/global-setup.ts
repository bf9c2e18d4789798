import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

// Vitest calls this once for the root config and once per project (vitest.config.ts): build once.
const BUILT = Symbol.for('crisis.test.built');

const root = new URL('..', import.meta.url).pathname;
// Outside dist/, which npm packs.
const STAMP = join(root, 'node_modules/.cache/crisis-test-build.json');
// What scripts/build.js reads: the sources, the shipped templates it compiles, the locked libraries.
const INPUTS = ['src', 'templates', 'scripts/build.js', 'package.json', 'package-lock.json'];

function files(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => files(join(path, name)));
}

/**
 * What the bundle was built from, by content, and what the build wrote, by size and time: a
 * checkout, an edit or a build by hand (`npm run build`, another minify setting) each change it.
 */
function fingerprint(): string | undefined {
  if (!existsSync(join(root, 'dist/cli.js'))) return undefined;
  const hash = createHash('sha256');
  hash.update(`${process.version} ${process.env.CRISIS_NO_MINIFY ?? ''}\n`);
  for (const file of INPUTS.flatMap((input) => files(join(root, input)))) {
    hash.update(`${file}\n`).update(readFileSync(file));
  }
  for (const file of files(join(root, 'dist'))) {
    const { size, mtimeMs } = statSync(file);
    hash.update(`${file} ${size} ${mtimeMs}\n`);
  }
  return hash.digest('hex');
}

/** Builds dist/ for test/e2e unless it was built by this setup from the same inputs (some 2.5 s of CPU). */
export default function setup(): void {
  const state = globalThis as { [BUILT]?: boolean };
  if (state[BUILT]) return;
  const before = fingerprint();
  if (before === undefined || !existsSync(STAMP) || readFileSync(STAMP, 'utf8') !== before) {
    execFileSync(process.execPath, ['scripts/build.js'], { cwd: root, stdio: 'inherit' });
    mkdirSync(dirname(STAMP), { recursive: true });
    writeFileSync(STAMP, fingerprint()!);
  }
  state[BUILT] = true;
}
