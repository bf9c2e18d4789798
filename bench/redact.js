// `crisis report --redact` on an incident whose note is 200,000 letters then 100,000 "b.": the
// redaction must take one pass over such a run, not one per letter (the email pattern once
// backtracked from every letter). Prints the CPU time the long note adds. Usage: node bench/redact.js [runs]
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bigJournal, journalText } from './big-journal.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.argv[2] ?? 5);
const dir = mkdtempSync(join(tmpdir(), 'crisis-redact-'));
cpSync(join(root, 'playbooks/es-optica-miravista'), dir, { recursive: true });
mkdirSync(join(dir, 'incidents'));
const events = bigJournal(100, { closed: false });
const at = new Date(Date.parse(events.at(-1).at) + 60_000).toISOString();
const long = [...events, { type: 'note', at, text: `${'a'.repeat(200_000)} ${'b.'.repeat(100_000)}` }];
const cpuFile = join(dir, 'cpu.txt');

/** Median CPU time (ms) of `crisis report --redact` on `journal`. */
function cpu(journal) {
  writeFileSync(join(dir, 'incidents', 'bench.jsonl'), journalText(journal));
  writeFileSync(cpuFile, '');
  for (let i = 0; i < runs; i += 1) {
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        pathToFileURL(join(root, 'bench/cpu-time.mjs')).href,
        join(root, 'bin/crisis.js'),
        'report',
        '--redact',
        '--format',
        'md',
        'bench',
      ],
      {
        cwd: dir,
        env: { ...process.env, NO_COLOR: '1', BENCH_CPU_FILE: cpuFile },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    if (run.status !== 0) throw new Error(run.stderr.toString());
  }
  const samples = readFileSync(cpuFile, 'utf8')
    .trim()
    .split('\n')
    .map(Number)
    .sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

const [plain, withLong] = [cpu(events), cpu(long)];
rmSync(dir, { recursive: true, force: true });
console.log(`node ${process.version}, median CPU time of ${runs} runs of crisis report --redact`);
console.log(`an incident of ${events.length} events   ${plain.toFixed(0).padStart(6)} ms`);
console.log(
  `the same with a 400 KB note        ${withLong.toFixed(0).padStart(6)} ms  (adds ${(withLong - plain).toFixed(0)} ms; budget 1,000)`,
);
