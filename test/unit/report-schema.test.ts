import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { replay } from '../../src/escalate/replay.js';
import { readScript } from '../../src/escalate/script.js';
import { buildReport, renderReport } from '../../src/report/build-report.js';
import { redact } from '../../src/report/redact.js';
import { reportJsonSchema } from '../../src/report/report-data.js';
import { drillInProcess } from '../drill-in-process.js';
import { fixtureJournal, fixturePlan, planDir, root, type PlanName } from '../helpers.js';

// The JSON report is a contract: its JSON Schema ships as schema/report.schema.json (what
// `crisis schema --report` prints), and every report the bundled drills give must satisfy it.

const schema = reportJsonSchema();
// Formats are left to each reader; the date-time pattern beside each says the same.
const validate = new Ajv({ allErrors: true, strict: true, strictTypes: false, validateFormats: false }).compile(schema);

/** Each drill script with the plan it is written for: the bundled ones, and the report's two-day one. */
const DRILLS: Array<[string, PlanName]> = [
  ...readdirSync(join(root, 'test/fixtures/scripts'))
    .filter((name) => name.endsWith('.yaml'))
    .map((name): [string, PlanName] => [
      `test/fixtures/scripts/${name}`,
      name.includes('miravista') ? 'es-optica-miravista' : 'en-northside-bakery',
    ]),
  ['test/fixtures/report/two-day-drill.yaml', 'en-northside-bakery'],
];

async function drillReport(file: string, plan: PlanName) {
  const playbook = fixturePlan(plan);
  const { script, problems } = readScript(readFileSync(join(root, file)), playbook);
  if (!script) throw new Error(JSON.stringify(problems));
  const run = await drillInProcess({
    playbook,
    script,
    start: new Date(script.clock ?? '2026-11-22T20:10:00Z'),
    templateText: (r) => r.text ?? readFileSync(join(planDir(plan), r.template!), 'utf8'),
  });
  return { playbook, data: buildReport(playbook, replay(run.events), new Date('2026-12-20T00:00:00Z')) };
}

describe('the JSON Schema of the report', () => {
  it('is the one shipped as schema/report.schema.json (regenerate: crisis schema --report)', () => {
    const shipped = JSON.parse(readFileSync(join(root, 'schema/report.schema.json'), 'utf8'));
    expect(shipped).toEqual(JSON.parse(JSON.stringify(schema)));
  });

  it('says what every field means, and gives durations in minutes', () => {
    const fields: Array<[string, Record<string, unknown>]> = [];
    const walk = (node: Record<string, unknown>, path: string) => {
      for (const [key, value] of Object.entries((node.properties ?? {}) as Record<string, Record<string, unknown>>)) {
        fields.push([`${path}.${key}`, value]);
        walk(value, `${path}.${key}`);
      }
      if (node.items) walk(node.items as Record<string, unknown>, `${path}[]`);
    };
    walk(schema, '');
    expect(fields.length).toBeGreaterThan(90);
    expect(fields.filter(([, value]) => typeof value.description !== 'string').map(([path]) => path)).toEqual([]);
    const minutes = fields.filter(([path]) => /minutes$/i.test(path));
    expect(minutes.map(([path]) => path)).toContain('.departments[].commitmentMinutes');
    for (const [path, value] of minutes) expect(value.type, path).toBe('integer');
    expect(fields.map(([path]) => path)).not.toContain('.departments[].commitment');
  });

  it.each(DRILLS)('holds for the report of %s, plain and redacted', async (file, plan) => {
    const { data, playbook } = await drillReport(file, plan);
    for (const report of [data, redact(data, undefined)]) {
      const json = JSON.parse(renderReport('json', '', report, playbook));
      expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
      expect(json).toMatchObject({ version: 1, generatedAt: '2026-12-20T00:00:00.000Z' });
    }
  });

  it.each([
    ['closed.jsonl', 'es-optica-miravista'],
    ['bakery-hostile.jsonl', 'en-northside-bakery'],
    ['dense-bakery.jsonl', 'en-northside-bakery'],
  ] as const)('holds for the report of the journal %s', (journal, plan) => {
    const playbook = fixturePlan(plan);
    const data = buildReport(playbook, replay(fixtureJournal(journal)), new Date('2026-12-20T00:00:00Z'));
    expect(validate(JSON.parse(renderReport('json', '', data, playbook))), JSON.stringify(validate.errors)).toBe(true);
  });

  it('refuses a report whose durations are not minutes', () => {
    const playbook = fixturePlan('es-optica-miravista');
    const data = buildReport(playbook, replay(fixtureJournal('closed.jsonl')), new Date('2026-12-20T00:00:00Z'));
    const json = JSON.parse(renderReport('json', '', data, playbook));
    json.departments[0].commitmentMinutes = '1h';
    expect(validate(json)).toBe(false);
  });
});
