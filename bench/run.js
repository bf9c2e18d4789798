// Times whole processes, as a user or CI meets them, against bare Node start-up, and their peak
// memory. Usage: npm run bench [-- --runs 30]. Prints medians, ratios and targets (issue 11);
// no pass/fail, figures go in notes. NODE_EXTRA_CA_CERTS is unset for every process: Node 20
// loads that file eagerly at start-up, which inflates bare `node -e 0` and so flatters ratios.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

function time(args, { cwd = root, count = runs } = {}) {
  const samples = [];
  for (let i = 0; i < count + 2; i += 1) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, [...preload, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
    if (i >= 2) samples.push(ms); // two warm-up runs fill the disk cache (and Node's compile cache where there is one)
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

// Words that make each generated plan its own business: its brand, address, hashtag, people.
const TOWNS = [
  'Sol',
  'Luna',
  'Norte',
  'Brisa',
  'Roble',
  'Mar',
  'Vega',
  'Alba',
  'Cierzo',
  'Olivo',
  'Hill',
  'Brook',
  'Dale',
  'Moor',
  'Fern',
];
const PEOPLE = ['Ana', 'Luis', 'Marta', 'Iker', 'Nora', 'Pau', 'Rosa', 'Tom', 'Jade', 'Owen', 'Ines', 'Hugo'];

/**
 * 1,000 distinct playbooks: the two examples with their templates, each rewritten as another
 * business (brand, domain, hashtag, names, phones, a sentence of its own in every text), so a
 * cache keyed by text cannot make 1,000 files cost the price of 2.
 */
function generate(count) {
  const dir = mkdtempSync(join(tmpdir(), 'crisis-bench-'));
  const examples = [
    {
      folder: 'es-optica-miravista',
      brand: /Óptica Miravista|Miravista/g,
      domain: /miravista/g,
      people: /Sofía|Jorge|Lucía|Pablo|Marta/g,
    },
    {
      folder: 'en-northside-bakery',
      brand: /Northside Bakery|Northside/g,
      domain: /northsidebakery|northside/gi,
      people: /Priya|Tom|Helen|Sam|Rachel/g,
    },
  ];
  for (let i = 0; i < count; i += 1) {
    const example = examples[i % 2];
    const town = `${TOWNS[i % TOWNS.length]}${Math.floor(i / TOWNS.length)}`;
    const target = join(dir, `plan-${i}`);
    cpSync(join(root, 'playbooks', example.folder), target, { recursive: true });
    const file = join(target, 'crisis.yaml');
    const text = readFileSync(file, 'utf8')
      .replace(/#(Miravista|Northside)/g, `#Casa${town}`)
      .replace(example.brand, `Casa ${town}`)
      .replace(example.domain, `casa-${town.toLowerCase()}`)
      .replace(example.people, (name) => `${PEOPLE[(i + name.length) % PEOPLE.length]}`)
      .replace(/(\+\d\d \d{3,4} )\d{3}/g, (_, prefix) => `${prefix}${String(100 + (i % 900))}`)
      .replace(/^(\s+title: .*)$/gm, `$1 (${town})`);
    writeFileSync(file, text);
  }
  return dir;
}

const node = time(['-e', '0']);
peakRss();
const version = time([bin, '--version']);
const help = time([bin, '--help']);
const lintOne = time([bin, 'lint', 'playbooks/es-optica-miravista/crisis.yaml']);
const rssOne = peakRss();
const many = generate(1000);
const lintMany = time([bin, 'lint', many], { count: 5 });
const rssMany = peakRss();
rmSync(many, { recursive: true, force: true });

const row = (name, ms, target) =>
  `${name.padEnd(34)} ${ms.toFixed(1).padStart(8)} ms  ${(ms / node).toFixed(2)}× node${target ? `  (target ${target})` : ''}`;
console.log(`node ${process.version}, median of ${runs} runs (5 for 1,000 files), NODE_EXTRA_CA_CERTS unset`);
console.log(row('node -e 0', node));
console.log(row('crisis --version', version, '≤ 1.2×'));
console.log(row('crisis --help', help));
console.log(row('crisis lint (one example)', lintOne, '≤ 4×'));
console.log(row('crisis lint (1,000 distinct plans)', lintMany, '≥ 800 files/s'));
console.log(`${'  files per second'.padEnd(34)} ${(1000 / (lintMany / 1000)).toFixed(0).padStart(8)}`);
console.log(`${'peak RSS, one file'.padEnd(34)} ${rssOne.toFixed(0).padStart(8)} MB`);
console.log(`${'peak RSS, 1,000 files'.padEnd(34)} ${rssMany.toFixed(0).padStart(8)} MB  (target ≤ 100 MB)`);
