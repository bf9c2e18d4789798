// Times `crisis lint` on plans built to be large or crafted:
// each case should cost time in proportion to the file, never to its square.
// Usage: node bench/large-plan.js [case…]. Prints seconds per case; figures go in notes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// CRISIS_BIN=…/bin/crisis.js times another build (say, the main branch's) on the same files.
const bin = process.env.CRISIS_BIN ?? join(root, 'bin/crisis.js');

const head = (brand = '') => `version: 1
brand: { name: Bench${brand} }
channels: [{ id: web, name: Web, format: long }]
levels: [{ id: low, name: Low, severity: 1, respond_within: 2h }]
contacts:
`;

/** Each case: a name and the YAML of one playbook. */
const CASES = {
  // Every backup names a real contact: `unknown-reference` looks 64k ids up 64k times.
  'known-references-64k': () =>
    head() +
    Array.from(
      { length: 64_000 },
      (_, i) => `  - { id: c${i}, name: C, role: R, phone: "+34 600 111 222", backup: c${(i + 1) % 64_000} }\n`,
    ).join(''),
  // 2k backups name nothing: each one's "did you mean" and "known" list runs over 64k ids.
  'unknown-references-2k-of-64k': () =>
    head() +
    Array.from(
      { length: 64_000 },
      (_, i) => `  - { id: c${i}, name: C, role: R, phone: "+34 600 111 222"${i < 2000 ? `, backup: x${i}` : ''} }\n`,
    ).join(''),
  // 40k findings (contacts nobody can reach): grouping them by file.
  'findings-40k': () =>
    head() + Array.from({ length: 40_000 }, (_, i) => `  - { id: c${i}, name: C, role: R }\n`).join(''),
  // A 400 KB time zone and language tag reach Intl.
  'timezone-400kb': () =>
    head().replace(
      'name: Bench }',
      `name: Bench, timezone: "Europe/${'x'.repeat(400_000)}", language: "es-${'a'.repeat(400_000)}" }`,
    ) + '  - { id: a, name: A, role: R, phone: "+34 600 111 222" }\n',
};

const only = process.argv.slice(2);
const dir = mkdtempSync(join(tmpdir(), 'crisis-bench-large-'));
try {
  for (const [name, build] of Object.entries(CASES)) {
    if (only.length > 0 && !only.includes(name)) continue;
    const file = join(dir, `${name}.yaml`);
    writeFileSync(file, build());
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, [bin, 'lint', '--format', 'json', file], {
      env: { ...process.env, NO_COLOR: '1' },
      maxBuffer: 1 << 30,
    });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const findings =
      result.status === 2
        ? `exit 2: ${String(result.stderr).slice(0, 120)}`
        : `${JSON.parse(String(result.stdout))[0]?.messages.length ?? 0} findings, ${(result.stdout.length / 1e6).toFixed(1)} MB`;
    console.log(`${name.padEnd(30)} ${seconds.toFixed(2).padStart(7)} s  (${findings})`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
