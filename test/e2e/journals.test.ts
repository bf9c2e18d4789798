import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, tempDir } from '../helpers.js';

// Ten real processes racing for ids: the one journal case that in-process runs cannot show.
// The rest of the journal cases run through main() in test/integration/journals.test.ts.
// The id is taken when the incident opens: the shortest drill that opens one (the minimal plan,
// one triage answer, one step) races as well as a long one, at half the cost of each process.
const SCRIPT = `version: 1
clock: 2026-11-22T21:10:00+01:00
incident: { summary: Una queja, channel: twitter }
triage: { spread: Un comentario aislado }
steps:
  reply: { status: skipped, reason: No hace falta }
`;

/** The minimal plan and the script beside it, with an empty incidents/ folder. */
function withIncidents(): string {
  const dir = tempDir();
  copyFileSync(join(root, 'test/fixtures/minimal/crisis.yaml'), join(dir, 'crisis.yaml'));
  writeFileSync(join(dir, 'script.yaml'), SCRIPT);
  mkdirSync(join(dir, 'incidents'));
  return dir;
}
const journals = (dir: string) => readdirSync(join(dir, 'incidents')).filter((name) => name.endsWith('.jsonl'));
const events = (dir: string, name: string) =>
  readFileSync(join(dir, 'incidents', name), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));

function crisisAsync(args: string[], cwd: string): Promise<number | null> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(root, 'bin/crisis.js'), ...args], {
      cwd,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1' },
      stdio: 'ignore',
    });
    child.on('close', done);
  });
}

describe('incident ids never collide', () => {
  it('ten drills started together on the same fixed clock write ten journals of one incident each', async () => {
    const dir = withIncidents();
    const codes = await Promise.all(
      Array.from({ length: 10 }, () => crisisAsync(['escalate', '--script', 'script.yaml'], dir)),
    );
    expect(codes).toEqual(Array(10).fill(0));
    expect(journals(dir)).toHaveLength(10);
    for (const name of journals(dir)) {
      const opened = events(dir, name).filter((event) => event.type === 'opened');
      expect(opened).toEqual([expect.objectContaining({ id: name.replace('.jsonl', ''), drill: true })]);
    }
  });
});
