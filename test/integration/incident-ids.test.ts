import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { incidentId } from '../../src/cli/escalate/interactive.js';
import { example, root } from '../helpers.js';
import { crisis } from './run-cli.js';

// An incident's id starts with when it was declared, on the brand's clock like every other time:
// the Madrid team's incident of 00:30 on 23 November is 20261123-0030-…, on a server in UTC too (the stamp reads the plan's zone, never the machine's).

const SCRIPT = readFileSync(join(root, 'test/fixtures/scripts/crisis-miravista.yaml'), 'utf8');

/** A drill of the Spanish test plan declared at `clock`, left open (no close): its folder and its id. */
async function drillAt(clock: string, dir = example()) {
  const file = join(dir, `drill-${readdirSync(dir).length}.yaml`);
  writeFileSync(
    file,
    SCRIPT.replace(/^clock: .*$/m, `clock: ${clock}`)
      .replace(/^ {2}detected_at: .*$/m, `  detected_at: ${clock}`)
      .replace(/^close:[\s\S]*$/m, ''),
  );
  const run = await crisis(['escalate', '--script', file], { cwd: dir });
  expect(run.stderr).not.toMatch(/✖/);
  expect(run.status).toBe(0);
  const id = /Incident (\S+) is open/.exec(run.stdout)?.[1];
  return { dir, file, id: id! };
}

describe('the incident id', () => {
  it.each([
    ['2026-11-22T23:30:00Z', 'Europe/Madrid', /^20261123-0030-[0-9a-f]{4}$/],
    ['2026-11-22T23:30:00Z', 'UTC', /^20261122-2330-[0-9a-f]{4}$/],
    ['2026-11-23T03:30:00Z', 'America/Mexico_City', /^20261122-2130-[0-9a-f]{4}$/],
  ])('of an incident declared at %s is stamped on the %s clock', (at, zone, id) => {
    expect(incidentId(new Date(at), zone)).toMatch(id);
  });

  it("carries the brand's date for an incident declared at 00:30 in Madrid whatever the server's zone", async () => {
    const { id } = await drillAt('2026-11-23T00:30:00+01:00');
    expect(id).toMatch(/^20261123-0030-[0-9a-f]{4}$/);
  });

  it('stays unique when an autumn clock change shows the same time twice', async () => {
    // 02:30 in Madrid on 25 October 2026, once in summer time and again an hour later in winter time.
    const first = await drillAt('2026-10-25T00:30:00Z');
    const second = await drillAt('2026-10-25T01:30:00Z', first.dir);
    expect([first.id, second.id].map((id) => id.slice(0, 13))).toEqual(['20261025-0230', '20261025-0230']);
    expect(second.id).not.toBe(first.id);
    expect(readdirSync(join(first.dir, 'incidents')).filter((f) => f.endsWith('.jsonl'))).toHaveLength(2);
  });

  it('of an incident opened before, stamped in UTC, still finds it: --resume, report, incidents', async () => {
    const { dir, file, id } = await drillAt('2026-11-23T00:30:00+01:00');
    // As an earlier version named it: the UTC stamp, in the file's name and in its journal.
    const old = id.replace('20261123-0030', '20261122-2330');
    const journal = join(dir, 'incidents', `${id}.jsonl`);
    writeFileSync(journal, readFileSync(journal, 'utf8').replaceAll(id, old));
    renameSync(journal, join(dir, 'incidents', `${old}.jsonl`));
    const resumed = await crisis(['escalate', '--script', file, '--resume', old], { cwd: dir });
    expect(resumed.status).toBe(0);
    expect(resumed.stdout).toContain(`Incident ${old} is open`);
    const report = await crisis(['report', old, '--format', 'json'], { cwd: dir });
    expect(JSON.parse(report.stdout).incident.id).toBe(old);
    expect((await crisis(['incidents'], { cwd: dir })).stdout).toContain(old);
  });
});
