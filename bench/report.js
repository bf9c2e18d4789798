// `crisis report` over a journal of 10,000 events, whole process, each format. Usage: node bench/report.js
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'crisis-bench-'));
cpSync(join(root, 'playbooks/es-optica-miravista'), dir, { recursive: true });
mkdirSync(join(dir, 'incidents'));

const start = Date.UTC(2026, 10, 22, 20, 0);
const at = (i) => new Date(start + i * 1000).toISOString();
const events = [
  { type: 'opened', at: at(0), id: 'bench', summary: 'Benchmark', channel: 'x', detected_at: at(0) },
  { type: 'triaged', at: at(0), answers: [], level: 'crisis' },
];
const kinds = [
  (i) => ({ type: 'note', at: at(i), text: `Nota ${i}: un cliente más se queja en X` }),
  (i) => ({ type: 'contact', at: at(i), contact: ['jorge', 'sofia', 'agencia', 'lucia'][i % 4], status: 'reached' }),
  (i) => ({
    type: 'published',
    at: at(i),
    step: 'aviso-corto',
    response: 'aviso-corto',
    channel: 'x',
    text: `Lamentamos el retraso ${i}. https://miravista.example/comunicado #MiravistaInforma`,
    url: `https://x.com/m/${i}`,
    edited: false,
  }),
  (i) => ({
    type: 'promise',
    at: at(i),
    promise: `bench-${i}`,
    to: `@cliente${i}`,
    what: 'Reembolso',
    approved_by: 'jorge',
  }),
];
for (let i = 1; events.length < 10_000; i += 1) events.push(kinds[i % kinds.length](i));
writeFileSync(join(dir, 'incidents', 'bench.jsonl'), `${events.map((e) => JSON.stringify(e)).join('\n')}\n`);

const time = (args) => {
  const samples = [];
  for (let i = 0; i < 7; i += 1) {
    const t0 = process.hrtime.bigint();
    const result = spawnSync(process.execPath, [join(root, 'bin/crisis.js'), ...args], {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    if (result.status !== 0) throw new Error(result.stderr.toString());
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return samples.sort((a, b) => a - b)[3];
};
console.log(`node ${process.version}, ${events.length} events, median of 7 whole processes (target < 1000 ms)`);
for (const format of ['md', 'html', 'json'])
  console.log(
    `crisis report --format ${format.padEnd(5)} ${time(['report', '--format', format]).toFixed(0).padStart(6)} ms`,
  );
rmSync(dir, { recursive: true, force: true });
