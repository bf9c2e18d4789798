import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, tempDir } from '../helpers.js';
import { crisis } from './run-cli.js';

// A journal copied into the incidents folder holds the same incident: counted twice, its promises
// reached the calendar twice under one UID, once open and once done. Only <id>.jsonl counts.
const ID = '20261122-2010-abcd';
const CLOSED = readFileSync(join(root, 'test/fixtures/journals/closed.jsonl'), 'utf8');
// Taken before promise 2 was honoured.
const EARLIER = CLOSED.split('\n')
  .filter((line) => !line.includes('"promise-done"'))
  .join('\n');

function folder(journals: Record<string, string>): string {
  const dir = tempDir();
  cpSync(join(root, 'playbooks/es-optica-miravista'), dir, { recursive: true });
  mkdirSync(join(dir, 'incidents'));
  for (const [name, text] of Object.entries(journals)) writeFileSync(join(dir, 'incidents', name), text);
  return dir;
}

const uids = (ics: string) => ics.match(/^UID:.*$/gm) ?? [];

describe('two journals of one incident', () => {
  it('the calendar takes the one named after the incident, each UID once', async () => {
    const dir = folder({ [`${ID}.jsonl`]: CLOSED, [`${ID}-copy.jsonl`]: EARLIER });
    const run = await crisis(['promises', '--ics', '-'], { cwd: dir });
    expect(run.status).toBe(0);
    // The closed incident's last update deadline comes too, cancelled.
    expect(uids(run.stdout)).toEqual([
      `UID:promise-${ID}-1@crisis`,
      `UID:promise-${ID}-2@crisis`,
      `UID:update-${ID}@crisis`,
    ]);
    expect(run.stdout.match(/^STATUS:.*$/gm)).toEqual(['STATUS:NEEDS-ACTION', 'STATUS:COMPLETED', 'STATUS:CANCELLED']);
    expect(run.stderr).toContain(
      `! incidents/${ID}-copy.jsonl holds incident ${ID}, as incidents/${ID}.jsonl does: only incidents/${ID}.jsonl counts.`,
    );
  });

  it('crisis incidents names both files, lists the incident once, and exits 1', async () => {
    const dir = folder({ [`${ID}.jsonl`]: CLOSED, [`${ID}-copy.jsonl`]: EARLIER });
    const run = await crisis(['incidents', '--json'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout).map((row: { journal: string }) => row.journal)).toEqual([
      join(dir, 'incidents', `${ID}.jsonl`),
    ]);
    expect(run.stderr).toContain(`incidents/${ID}-copy.jsonl holds incident ${ID}, as incidents/${ID}.jsonl does`);
  });

  it('when neither is named after the incident, neither counts, and both are named', async () => {
    const dir = folder({ 'a.jsonl': CLOSED, 'b.jsonl': EARLIER });
    const run = await crisis(['promises', '--ics', '-'], { cwd: dir });
    expect(uids(run.stdout)).toEqual([]);
    expect(run.stderr).toContain(
      `Incident ${ID} is in incidents/a.jsonl, incidents/b.jsonl, and none is named ${ID}.jsonl: none counts`,
    );
    expect((await crisis(['incidents'], { cwd: dir })).status).toBe(1);
  });

  it('one journal per incident is no finding', async () => {
    const dir = folder({ [`${ID}.jsonl`]: CLOSED });
    expect(await crisis(['incidents'], { cwd: dir })).toMatchObject({ status: 0, stderr: '' });
  });
});

describe('a lock nobody can hold, end to end', () => {
  it('is named, and taken over with --take-over', async () => {
    const dir = folder({ [`${ID}.jsonl`]: CLOSED });
    const lock = join(dir, 'incidents', `${ID}.jsonl.lock`);
    writeFileSync(lock, JSON.stringify({ pid: 0, host: hostname(), since: '2026-11-22T20:10:00.000Z' }));
    const refused = await crisis(['promises', 'done', `${ID}-1`], { cwd: dir });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe(
      `✖ The lock ${lock} names pid 0, which no process can have. If nobody else is working on this incident, run again with --take-over.\n`,
    );
    const taken = await crisis(['promises', 'done', `${ID}-1`, '--take-over'], { cwd: dir });
    expect(taken).toMatchObject({ status: 0, stdout: `Promise ${ID}-1 recorded as honoured.\n` });
  });
});
