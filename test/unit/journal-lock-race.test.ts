import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { root, tempDir } from '../helpers.js';

// Real processes racing for one lock: only separate processes (separate pids) show whether taking
// it is atomic. Each racer says it is ready, waits (blocked, not spinning, which would starve the
// others on a small machine) for the word to go, tries, and holds what it won until every racer
// has answered: a rendezvous, not a clock.
const RACER = `
import { lockJournal } from './lock.mjs';
const [file] = process.argv.slice(2);
process.stdout.write('ready\\n');
process.stdin.once('data', () => {
  try {
    lockJournal(file);
    process.stdout.write('won\\n');
  } catch (error) {
    process.stdout.write((error.key ?? String(error)) + '\\n');
  }
  process.stdin.once('end', () => process.exit(0));
});
`;

interface Racer {
  ready: Promise<void>;
  answer: Promise<string>;
  go: () => void;
  release: () => Promise<void>;
}

function racer(dir: string, file: string): Racer {
  const child = spawn(process.execPath, [join(dir, 'race.mjs'), file], { cwd: dir });
  const lines: Array<(line: string) => void> = [];
  const next = () => new Promise<string>((resolve) => lines.push(resolve));
  const ready = next().then(() => undefined);
  const answer = next();
  let buffered = '';
  child.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    for (let end = buffered.indexOf('\n'); end >= 0; end = buffered.indexOf('\n')) {
      lines.shift()?.(buffered.slice(0, end));
      buffered = buffered.slice(end + 1);
    }
  });
  const closed = new Promise<void>((resolve) => child.on('close', () => resolve()));
  return {
    ready,
    answer,
    go: () => child.stdin.write('go\n'),
    release: () => (child.stdin.end(), closed),
  };
}

async function race(dir: string, file: string, count: number): Promise<string[]> {
  const racers = Array.from({ length: count }, () => racer(dir, file));
  await Promise.all(racers.map((r) => r.ready));
  racers.forEach((r) => r.go());
  const answers = await Promise.all(racers.map((r) => r.answer));
  await Promise.all(racers.map((r) => r.release()));
  return answers;
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
