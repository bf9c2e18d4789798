import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readScript } from '../../src/escalate/script.js';
import { replay } from '../../src/escalate/replay.js';
import { buildReport, renderReport } from '../../src/report/build-report.js';
import { drillInProcess } from '../drill-in-process.js';
import { fixturePlan, planDir, root, type PlanName } from '../helpers.js';

// "Time to reach everyone" counts a backup for someone unreachable: it must then say who was
// never reached, in every format, rather than read as if everyone was.

async function report(plan: PlanName, script: string) {
  const playbook = fixturePlan(plan);
  const read = readScript(readFileSync(join(root, 'test/fixtures/scripts', script)), playbook);
  const run = await drillInProcess({
    playbook,
    script: read.script!,
    start: new Date(read.script!.clock!),
    templateText: (r) => r.text ?? readFileSync(join(planDir(plan), r.template!), 'utf8'),
  });
  const data = buildReport(playbook, replay(run.events), new Date('2026-12-10T09:00:00Z'));
  const template = readFileSync(join(root, 'templates/report.md.hbs'), 'utf8');
  return {
    data,
    md: renderReport('md', template, data, playbook).replaceAll('\u00a0', ' '),
    json: JSON.parse(renderReport('json', '', data, playbook)),
  };
}

describe('the time to reach everyone', () => {
  it('names who was never reached when a backup stood in (English)', async () => {
    // Helen is unreachable; Tom, her backup, was reached in the same minute.
    const { data, md, json } = await report('en-northside-bakery', 'drill-northside.yaml');
    expect(data.metrics.reachEveryoneMinutes).toBe(0);
    expect(json.metrics.notReached).toEqual(['helen']);
    expect(md).toContain(
      '- **Time to reach everyone to notify** (each from when they were to be told): 0 min; not reached: Helen Walsh',
    );
  });

  it('names who was never reached when a backup stood in (Spanish)', async () => {
    const { md, json } = await report('es-optica-miravista', 'crisis-miravista.yaml');
    expect(json.metrics.notReached).toEqual(['jorge']);
    expect(md).toContain('0 min; sin localizar: Jorge Ibáñez');
  });
});
