// Times whole processes, as a user or CI meets them, against bare Node start-up.
// Usage: npm run bench [-- --runs 30]. Prints medians and ratios; no pass/fail, figures go in notes.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin/crisis.js');
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 25;
const env = { ...process.env, NO_COLOR: '1' };

function time(args, { cwd = root, count = runs } = {}) {
  const samples = [];
  for (let i = 0; i < count + 2; i += 1) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
    if (i >= 2) samples.push(ms); // two warm-up runs fill the disk cache (and Node's compile cache where there is one)
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

/** 1,000 playbooks: the two examples with their templates, under varied names. */
function generate(count) {
  const dir = mkdtempSync(join(tmpdir(), 'crisis-bench-'));
  const examples = ['es-optica-miravista', 'en-northside-bakery'];
  for (let i = 0; i < count; i += 1) {
    const example = examples[i % 2];
    const target = join(dir, `plan-${i}`);
    cpSync(join(root, 'playbooks', example), target, { recursive: true });
    const file = join(target, 'crisis.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^  name: (.*)$/m, `  name: $1 ${i}`));
  }
  return dir;
}

const node = time(['-e', '0']);
const version = time([bin, '--version']);
const help = time([bin, '--help']);
const lintOne = time([bin, 'lint', 'playbooks/es-optica-miravista/crisis.yaml']);
const many = generate(1000);
const lintMany = time([bin, 'lint', many], { count: 5 });
rmSync(many, { recursive: true, force: true });

const row = (name, ms, target) =>
  `${name.padEnd(34)} ${ms.toFixed(1).padStart(8)} ms  ${(ms / node).toFixed(2)}× node${target ? `  (target ${target})` : ''}`;
console.log(`node ${process.version}, median of ${runs} runs (5 for 1,000 files)`);
console.log(row('node -e 0', node));
console.log(row('crisis --version', version, '≤ 1.3×'));
console.log(row('crisis --help', help));
console.log(row('crisis lint (one example)', lintOne, '≤ 2×'));
console.log(row('crisis lint (1,000 playbooks)', lintMany, '< 3000 ms'));
