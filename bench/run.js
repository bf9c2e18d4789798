// Times whole processes, as a user or CI meets them, against bare Node start-up, and their peak
// memory. Usage: npm run bench [-- --runs 30]. Prints medians, ratios and targets (issue 11);
// no pass/fail, figures go in notes. NODE_EXTRA_CA_CERTS is unset for every process: Node 20
// loads that file eagerly at start-up, which inflates bare `node -e 0` and so flatters ratios.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { generate } from './corpus.js';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin/crisis.js');
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 25;
const rssFile = join(mkdtempSync(join(tmpdir(), 'crisis-rss-')), 'rss');
const env = { ...process.env, NO_COLOR: '1', BENCH_RSS_FILE: rssFile };
delete env.NODE_EXTRA_CA_CERTS;
const preload = ['--import', pathToFileURL(join(root, 'bench/rss.mjs')).href];

/** The peak resident memory of the runs since the last call, in MB. */
function peakRss() {
  const values = existsSync(rssFile) ? readFileSync(rssFile, 'utf8').trim().split('\n').map(Number) : [0];
  rmSync(rssFile, { force: true });
  return Math.max(...values) / 1024;
}

function once(args, cwd = root) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [...preload, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return ms;
}

const median = (samples) => samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)];

/**
 * Each command's median, the commands taken in turn within each round, so that a machine that
 * slows down or speeds up during the bench moves every figure alike and leaves the ratios be.
 * Two warm-up rounds fill the disk cache (and Node's compile cache where there is one).
 */
function timeTogether(commands, count = runs) {
  const samples = commands.map(() => []);
  for (let round = 0; round < count + 2; round += 1)
    commands.forEach((args, index) => {
      const ms = once(args);
      if (round >= 2) samples[index].push(ms);
    });
  return samples.map(median);
}

const [node, version, help] = timeTogether([
  ['-e', '0'],
  [bin, '--version'],
  [bin, '--help'],
]);
peakRss();
const [nodeBeside, lintOne] = timeTogether([
  ['-e', '0'],
  [bin, 'lint', 'playbooks/es-optica-miravista/crisis.yaml'],
]);
const rssOne = peakRss();
const many = generate(1000);
// The default, and one worker thread (what `auto` chose on two cores until it learnt that one
// worker is only its own start-up), in turn too; then each run once more alone for its memory.
const [lintMany, lintOne1] = timeTogether(
  [
    [bin, 'lint', many],
    [bin, 'lint', many, '--concurrency', '1'],
  ],
  5,
);
peakRss();
once([bin, 'lint', many]);
const rssMany = peakRss();
once([bin, 'lint', many, '--concurrency', '1']);
const rssWorker = peakRss();
rmSync(many, { recursive: true, force: true });

const row = (name, ms, target, base = node) =>
  `${name.padEnd(34)} ${ms.toFixed(1).padStart(8)} ms  ${(ms / base).toFixed(2)}× node${target ? `  (target ${target})` : ''}`;
console.log(
  `node ${process.version}, median of ${runs} runs (5 for 1,000 files), taken in turn; NODE_EXTRA_CA_CERTS unset`,
);
console.log(row('node -e 0', node));
console.log(row('crisis --version', version, '≤ 1.2×'));
console.log(row('crisis --help', help));
console.log(row('crisis lint (one example)', lintOne, '≤ 4×', nodeBeside));
console.log(row('  node -e 0, in turn with it', nodeBeside));
// After start-up, as the issue counts: the one-file run is start-up plus one file.
const perSecond = (ms) => (999 / ((ms - lintOne) / 1000)).toFixed(0).padStart(8);
console.log(row('crisis lint (1,000 distinct plans)', lintMany));
console.log(`${'  files/s after start-up'.padEnd(34)} ${perSecond(lintMany)}  (target ≥ 800 files/s)`);
console.log(row('  the same, --concurrency 1', lintOne1));
console.log(`${'  files/s after start-up'.padEnd(34)} ${perSecond(lintOne1)}`);
console.log(`${'peak RSS, one file'.padEnd(34)} ${rssOne.toFixed(0).padStart(8)} MB`);
console.log(`${'peak RSS, 1,000 files'.padEnd(34)} ${rssMany.toFixed(0).padStart(8)} MB  (target ≤ 100 MB)`);
console.log(`${'  the same, --concurrency 1'.padEnd(34)} ${rssWorker.toFixed(0).padStart(8)} MB`);
console.log(
  `${availableParallelism()} cores; lint --concurrency auto: one worker thread per 100 files, up to cores - 1, when 2 or more`,
);
