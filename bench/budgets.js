// The budgets, each beside bare `node -e 0` measured in the same run: one table of task, budget,
// measured, node -e 0 and pass/miss. Whole processes, as a user or CI meets them; a few runs each,
// medians. Meant for two quiet cores: on a loaded machine wall times say more about the neighbours
// (the report's budget is CPU time for that reason). Escalate runs on a real terminal (util-linux
// `script`), beside node -e 0 on the same terminal; a later question is timed from the answer typed
// to the next question on the screen, polled every 15 ms. Usage: npm run bench [-- --runs 5]
// [-- --only escalate] (one group of rows: lint, version, plans, report, watch or escalate).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { hasScript, KEY, startOnTerminal } from '../scripts/pty-session.js';
import { bigJournal, journalText } from './big-journal.js';
import { commentLines, mentionLines } from './comment-queue.js';
import { generate } from './corpus.js';

const root = fileURLToPath(new URL('..', import.meta.url));
// CRISIS_BIN=…/bin/crisis.js measures another build (say, the main branch's) the same way.
const bin = process.env.CRISIS_BIN ?? join(root, 'bin/crisis.js');
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg > 0 ? process.argv[onlyArg + 1] : undefined;
const GROUPS = ['lint', 'version', 'plans', 'report', 'watch', 'escalate'];
if (only !== undefined && !GROUPS.includes(only)) throw new Error(`--only takes one of ${GROUPS.join(', ')}`);
/** Whether this run measures a group of rows: all of them without --only. */
const measures = (group) => only === undefined || only === group;
const work = mkdtempSync(join(tmpdir(), 'crisis-budgets-'));
const plan = join(work, 'plan');
cpSync(join(root, 'playbooks/es-optica-miravista'), plan, { recursive: true });
// Node 20 reads NODE_EXTRA_CA_CERTS eagerly at start-up, which inflates bare `node -e 0`.
const env = { ...process.env, NO_COLOR: '1' };
delete env.NODE_EXTRA_CA_CERTS;
const measured = join(work, 'measured');
const preload = (name) => ['--import', pathToFileURL(join(root, `bench/${name}.mjs`)).href];

const median = (samples) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];
/** Wall time of one whole process, with the figure its preload (peak RSS or CPU time) wrote. */
function once(args, { cwd = plan, extra = 'rss' } = {}) {
  rmSync(measured, { force: true });
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [...preload(extra), ...args], {
    cwd,
    env: { ...env, BENCH_RSS_FILE: measured, BENCH_CPU_FILE: measured },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return { wall, other: Number(readFileSync(measured, 'utf8').trim()) };
}

/** Medians of each command, taken in turn within each round after one warm-up round. */
function together(commands, count = runs, options) {
  const samples = commands.map(() => ({ wall: [], other: [] }));
  for (let round = 0; round <= count; round += 1)
    commands.forEach((args, index) => {
      const { wall, other } = once(args, options);
      if (round > 0) (samples[index].wall.push(wall), samples[index].other.push(other));
    });
  return samples.map(({ wall, other }) => ({ wall: median(wall), other: Math.max(...other) }));
}

/** On a real terminal: time to the first question, and the slowest of the later ones after each answer. */
async function escalateQuestions({ cwd = plan, seen = KEY.enter } = {}) {
  const answers = [
    ['¿Qué está pasando', `Un periodista denuncia retrasos https://x.com/ana_lopez/status/1${KEY.enter}`],
    ['¿Cuándo lo vio', seen],
    ['¿Cuánta gente', `${KEY.down}${KEY.down}${KEY.enter}`],
    ['Marca a quién', `a${KEY.enter}`],
    ['Este paso:', KEY.enter],
  ];
  const first = [];
  const later = [];
  const bare = [];
  for (let round = 0; round <= runs; round += 1) {
    // node -e 0 on the same terminal, started and ended as `script` runs it.
    const start = process.hrtime.bigint();
    await startOnTerminal({ argv: ['-e', '0'], cwd, marker: 'bench-bare' }).exited;
    if (round > 0) bare.push(Number(process.hrtime.bigint() - start) / 1e6);
    const incidents = join(work, `incidents-${round}`);
    const started = process.hrtime.bigint();
    const t = startOnTerminal({ argv: [bin, 'escalate', '--incidents-dir', incidents], cwd, marker: incidents });
    try {
      let since = started;
      const slowest = [];
      for (const [index, [question, keys]] of answers.entries()) {
        await t.when(question, 60_000);
        const ms = Number(process.hrtime.bigint() - since) / 1e6;
        if (index === 0) round > 0 && first.push(ms);
        else slowest.push(ms);
        t.type(keys);
        since = process.hrtime.bigint();
      }
      if (round > 0) later.push(Math.max(...slowest));
    } finally {
      await t.kill();
    }
  }
  return { first: median(first), later: median(later), node: median(bare) };
}

const quick = [
  ['-e', '0'],
  ...(measures('version') ? [[bin, '--version']] : []),
  ...(measures('lint') ? [[bin, 'lint', 'crisis.yaml']] : []),
];
// node -e 0 is measured whatever the group: every wall-time row is printed beside it.
const [node, ...quickRows] = together(quick);
const version = measures('version') ? quickRows.shift() : undefined;
const lintOne = measures('lint') ? quickRows.shift() : undefined;
let lintMany;
if (measures('plans')) {
  const corpus = generate(1000, join(work, 'corpus'));
  [lintMany] = together([[bin, 'lint', corpus]], Math.min(runs, 3));
}
let nodeCpu, report, commentsReport;
if (measures('report')) {
  mkdirSync(join(plan, 'incidents'));
  writeFileSync(join(plan, 'incidents', 'bench.jsonl'), journalText(bigJournal(40_000)));
  [nodeCpu, report] = together(
    [
      ['-e', '0'],
      [bin, 'report', '--format', 'html', 'bench'],
    ],
    Math.min(runs, 3),
    {
      extra: 'cpu-time',
    },
  );
  // 5,000 comments in the queue of a small closed incident, beside the 40,000 events of the other.
  // Its files are named by its id, as crisis names them, so the report of it reads its journal alone.
  const small = '20261122-2010-abcd';
  cpSync(join(root, 'test/fixtures/journals/closed.jsonl'), join(plan, 'incidents', `${small}.jsonl`));
  writeFileSync(join(plan, 'incidents', `${small}.comments.ndjson`), commentLines(5000));
  [commentsReport] = together([[bin, 'report', '--format', 'html', small]], Math.min(runs, 3), {
    extra: 'cpu-time',
  });
}
// One poll of 50 feeds of 100 items each from a local server (bench/feed-server.js, a process of
// its own), into an empty store each time: every item is new, read, matched and appended.
function watchPoll() {
  const portFile = join(work, 'feed-port');
  const server = spawn(process.execPath, [join(root, 'bench/feed-server.js'), portFile], { stdio: 'ignore' });
  const pause = new Int32Array(new SharedArrayBuffer(4));
  while (!existsSync(portFile) || readFileSync(portFile, 'utf8') === '') Atomics.wait(pause, 0, 0, 20);
  const port = readFileSync(portFile, 'utf8');
  const dir = join(work, 'watching');
  mkdirSync(dir);
  const feeds = Array.from(
    { length: 50 },
    (_, i) => `    - { name: F${i}, url: "http://127.0.0.1:${port}/feed/${i}" }`,
  );
  writeFileSync(
    join(dir, 'crisis.yaml'),
    `${readFileSync(join(root, 'test/fixtures/minimal/crisis.yaml'), 'utf8')}monitoring:\n  keywords: [Miravista]\n  alert: { mentions: 100000, within: 1h }\n  feeds:\n${feeds.join('\n')}\n`,
  );
  const samples = [];
  try {
    for (let round = 0; round <= Math.min(runs, 3); round += 1) {
      rmSync(join(dir, 'watch'), { recursive: true, force: true });
      const sample = once([bin, 'watch', '--once', 'crisis.yaml'], { cwd: dir });
      if (round > 0) samples.push(sample);
    }
  } finally {
    server.kill();
  }
  return { wall: median(samples.map((s) => s.wall)), other: Math.max(...samples.map((s) => s.other)) };
}
const poll = measures('watch') ? watchPoll() : undefined;
const escalating = measures('escalate') && hasScript;
const terminal = escalating ? await escalateQuestions() : undefined;
// The walkthrough with 500 comments waiting: mentions the watch saw in the hour before now,
// for an incident first seen two hours ago.
let queued;
if (escalating) {
  const busy = join(work, 'busy');
  cpSync(join(root, 'playbooks/es-optica-miravista'), busy, { recursive: true });
  mkdirSync(join(busy, 'watch'));
  writeFileSync(join(busy, 'watch', 'mentions.jsonl'), mentionLines(500, Date.now() - 3_600_000, Date.now()));
  queued = await escalateQuestions({ cwd: busy, seen: `-2h${KEY.enter}` });
}
rmSync(work, { recursive: true, force: true });

// Each row with the group --only names; a group not measured is left out of the table.
const rows = [
  ['lint', 'one-file lint', '≤ 300 ms wall', () => lintOne.wall, 300, () => node.wall],
  ['version', 'crisis --version', '≤ 150 ms wall', () => version.wall, 150, () => node.wall],
  ['plans', '1,000 distinct plans', '≤ 6 s wall', () => lintMany.wall, 6000, () => node.wall],
  ['plans', '  peak RSS', '≤ 150 MB', () => lintMany.other / 1024, 150, undefined, 'MB'],
  ['escalate', 'escalate, first question', '≤ 300 ms wall', () => terminal?.first, 300, () => terminal?.node],
  ['escalate', 'each later question (slowest)', '≤ 100 ms wall', () => terminal?.later, 100, () => terminal?.node],
  ['report', 'report of 40,000 events (html)', '≤ 1 s CPU', () => report.other, 1000, () => nodeCpu.other],
  ['report', 'report of 5,000 comments (html)', '≤ 1 s CPU', () => commentsReport.other, 1000, () => nodeCpu.other],
  ['escalate', 'each question, 500 comments waiting', '≤ 100 ms wall', () => queued?.later, 100, () => queued?.node],
  ['watch', 'watch: 50 feeds x 100 items', '≤ 2 s wall', () => poll.wall, 2000, () => node.wall],
  ['watch', '  peak RSS', '≤ 100 MB', () => poll.other / 1024, 100, undefined, 'MB'],
]
  .filter(([group]) => measures(group))
  .map(([, task, budget, value, limit, base, unit]) => [task, budget, value(), limit, base?.(), unit]);
const cell = (value, unit = 'ms') => (value === undefined ? '—' : `${value.toFixed(0)} ${unit}`);
console.log(
  `node ${process.version}, median of ${runs} runs (3 for 1,000 plans and the report), in turn with node -e 0`,
);
console.log(`${'task'.padEnd(32)}${'budget'.padEnd(16)}${'measured'.padStart(10)}${'node -e 0'.padStart(11)}  result`);
for (const [task, budget, value, limit, base, unit] of rows)
  console.log(
    `${task.padEnd(32)}${budget.padEnd(16)}${cell(value, unit).padStart(10)}${cell(base).padStart(11)}  ${
      value === undefined ? 'not measured (no util-linux script)' : value <= limit ? 'pass' : 'MISS'
    }`,
  );
