// `crisis report` over a 40,000-event journal (bench/big-journal.js), whole processes, each format,
// beside bare `node -e 0`; then `crisis escalate --resume` of the same incident left open, on a
// real terminal (util-linux `script`), until its recap and next question are on the screen.
// Usage: node bench/report.js [runs] [events]
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { hasScript, startOnTerminal } from '../scripts/pty-session.js';
import { bigJournal, journalText } from './big-journal.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.argv[2] ?? 5);
const count = Number(process.argv[3] ?? 40_000);
const TARGET = 1000;
const env = { ...process.env, NO_COLOR: '1' };
delete env.NODE_EXTRA_CA_CERTS;

const dir = mkdtempSync(join(tmpdir(), 'crisis-bench-'));
cpSync(join(root, 'playbooks/es-optica-miravista'), dir, { recursive: true });
mkdirSync(join(dir, 'incidents'));
mkdirSync(join(dir, 'open'));
const closed = bigJournal(count);
writeFileSync(join(dir, 'incidents', 'bench.jsonl'), journalText(closed));
writeFileSync(join(dir, 'open', 'bench.jsonl'), journalText(bigJournal(count, { closed: false })));
const tally = new Map();
for (const event of closed) tally.set(event.type, (tally.get(event.type) ?? 0) + 1);
const kinds = [...tally].map(([type, n]) => `${n} ${type}`).join(', ');

const median = (samples) => samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)];
const cpuFile = join(dir, 'cpu.txt');
const preload = ['--import', pathToFileURL(join(root, 'bench/cpu-time.mjs')).href];
/** Median wall and CPU time (user + system) of `runs` whole processes. */
const time = (args) => {
  const samples = [];
  writeFileSync(cpuFile, '');
  for (let i = 0; i < runs; i += 1) {
    const t0 = process.hrtime.bigint();
    const result = spawnSync(process.execPath, [...preload, ...args], {
      cwd: dir,
      env: { ...env, BENCH_CPU_FILE: cpuFile },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    if (result.status !== 0) throw new Error(result.stderr.toString());
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const cpu = readFileSync(cpuFile, 'utf8').trim().split('\n').map(Number);
  return { wall: median(samples), cpu: median(cpu) };
};

async function resume() {
  const samples = [];
  writeFileSync(cpuFile, '');
  for (let i = 0; i < runs; i += 1) {
    // Each run from the same journal: a resume that got as far as a question has written nothing.
    const started = process.hrtime.bigint();
    const t = startOnTerminal({
      argv: [
        ...preload,
        join(root, 'bin/crisis.js'),
        'escalate',
        '--resume',
        'bench',
        '--incidents-dir',
        join(dir, 'open'),
      ],
      cwd: dir,
      marker: join(dir, 'open'),
      env: { BENCH_CPU_FILE: cpuFile },
    });
    try {
      await t.when('Siguiente:', 60_000);
      await t.when('?', 60_000);
      samples.push(Number(process.hrtime.bigint() - started) / 1e6);
      // Ctrl-C at the question: a clean exit that writes nothing, and reports its CPU time.
      t.type('\u0003');
      await Promise.race([t.exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    } finally {
      await t.kill();
    }
    rmSync(join(dir, 'open', 'bench.jsonl.lock'), { recursive: true, force: true });
  }
  // CPU time to the question and the exit after Ctrl-C; a run that had to be killed wrote none.
  const cpu = readFileSync(cpuFile, 'utf8').trim().split('\n').filter(Boolean).map(Number);
  return { wall: median(samples), cpu: cpu.length > 0 ? median(cpu) : undefined };
}

const node = time(['-e', '0']);
console.log(`node ${process.version}, NODE_EXTRA_CA_CERTS unset, median of ${runs} whole processes`);
console.log(`journal: ${closed.length} events (${kinds})`);
console.log(`${''.padEnd(30)}   wall   ratio     CPU`);
const cpuText = (cpu) => (cpu === undefined ? '      —' : `${cpu.toFixed(0).padStart(4)} ms`);
console.log(`${'node -e 0'.padEnd(30)} ${node.wall.toFixed(0).padStart(4)} ms          ${cpuText(node.cpu)}`);
const row = (label, { wall, cpu }) =>
  console.log(
    `${label.padEnd(30)} ${wall.toFixed(0).padStart(4)} ms  ${(wall / node.wall).toFixed(1).padStart(5)}×  ${cpuText(cpu)}   target ≤ ${TARGET} ms: ${wall <= TARGET ? 'met' : 'NOT met'}`,
  );
for (const format of ['md', 'html', 'json'])
  row(`crisis report --format ${format}`, time([join(root, 'bin/crisis.js'), 'report', '--format', format]));
if (hasScript) row('crisis escalate --resume', await resume());
else console.log('crisis escalate --resume: util-linux `script` is not installed; not measured.');
rmSync(dir, { recursive: true, force: true });
