import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { root, tempDir } from '../helpers.js';

// Real processes racing for one lock: only separate processes (separate pids) show whether taking
// it is atomic. Each racer sleeps until the same instant (spinning would starve the others on a
// small machine), tries, and holds what it won for a while.
const RACER = `
import { lockJournal } from './lock.mjs';
const [file, at] = process.argv.slice(2);
setTimeout(() => {
  try {
    lockJournal(file);
    process.stdout.write('won');
    setTimeout(() => {}, 1500);
  } catch (error) {
    process.stdout.write(error.key ?? String(error));
  }
}, Number(at) - Date.now());
`;

async function race(dir: string, file: string, racers: number): Promise<string[]> {
  const at = Date.now() + 1_500;
  const runs = Array.from(
    { length: racers },
    () =>
      new Promise<string>((done) => {
        const child = spawn(process.execPath, [join(dir, 'race.mjs'), file, String(at)], { cwd: dir });
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => (out += chunk));
        child.on('close', () => done(out));
      }),
  );
  return Promise.all(runs);
}

describe('the lock, raced by real processes', () => {
  it.each([
    ['no lock yet', undefined],
    ['a lock left by a killed process', { pid: 2 ** 22 + 12345, host: hostname(), since: '2026-11-22T20:10:00.000Z' }],
  ])('%s: exactly one of eight wins', async (_name, planted) => {
    const dir = tempDir();
    await build({
      entryPoints: [join(root, 'src/cli/incident-store/journal-lock.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: join(dir, 'lock.mjs'),
      logLevel: 'silent',
    });
    writeFileSync(join(dir, 'race.mjs'), RACER);
    const file = join(dir, 'i1.jsonl');
    if (planted) writeFileSync(`${file}.lock`, JSON.stringify(planted));
    const results = await race(dir, file, 8);
    expect(results.filter((result) => result === 'won')).toHaveLength(1);
    expect(results.filter((result) => result !== 'won').every((result) => result === 'journal.locked')).toBe(true);
  });
});
