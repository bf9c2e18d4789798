// Time from `crisis escalate` to its first question on the screen, on a real terminal (util-linux
// `script`), against the same terminal running `node -e 0`. Usage: node bench/first-question.js [runs]
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.argv[2] ?? 15);
const dir = mkdtempSync(join(tmpdir(), 'crisis-bench-'));
cpSync(join(root, 'playbooks/es-optica-miravista'), dir, { recursive: true });

function once(command, until) {
  return new Promise((resolve) => {
    const start = process.hrtime.bigint();
    const child = spawn('script', ['-qfec', command, '/dev/null'], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1' },
    });
    let screen = '';
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      resolve(Number(process.hrtime.bigint() - start) / 1e6);
      child.kill('SIGKILL');
    };
    child.stdout.on('data', (chunk) => {
      screen += chunk;
      if (until && screen.includes(until)) finish();
    });
    child.on('close', finish);
  });
}

async function median(command, until) {
  const samples = [];
  for (let i = 0; i < runs + 2; i += 1) {
    const ms = await once(command, until);
    if (i >= 2) samples.push(ms);
  }
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)];
}

const node = await median(`${process.execPath} -e 0`);
const first = await median(
  `${process.execPath} ${join(root, 'bin/crisis.js')} escalate --incidents-dir ${join(dir, 'incidents')}`,
  '¿Qué está pasando',
);
rmSync(dir, { recursive: true, force: true });
console.log(`node ${process.version}, median of ${runs} runs on a terminal`);
console.log(`node -e 0                          ${node.toFixed(1).padStart(8)} ms`);
console.log(`crisis escalate → first question   ${first.toFixed(1).padStart(8)} ms  (target < 250 ms)`);
