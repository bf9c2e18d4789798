import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, onTestFinished } from 'vitest';
import YAML from 'yaml';
import { translator, type Lang } from '../src/i18n/index.js';
import type { Finding } from '../src/source/finding.js';
import { lintPlaybook, parsePlaybook } from '../src/lint/lint-playbook.js';
import type { TemplateFile } from '../src/lint/rule-context.js';
import type { IncidentEvent } from '../src/escalate/events.js';
import type { Playbook } from '../src/model/schema.js';

export const root = new URL('..', import.meta.url).pathname;
export const MINIMAL_YAML = readFileSync(join(root, 'test/fixtures/minimal/crisis.yaml'), 'utf8');

/**
 * The test plans: copies of the two shipped examples, with their templates, so that editing an
 * example in playbooks/ breaks only the tests whose point is the shipped examples.
 */
export type PlanName = 'es-optica-miravista' | 'en-northside-bakery';

/** The folder of a test plan (test/fixtures/plans/NAME). */
export const planDir = (name: PlanName = 'es-optica-miravista') => join(root, 'test/fixtures/plans', name);

/** The crisis.yaml of a test plan. */
export const planFile = (name: PlanName = 'es-optica-miravista') => join(planDir(name), 'crisis.yaml');

/** A test plan, read and validated. */
export function fixturePlan(name: PlanName): Playbook {
  const { playbook } = parsePlaybook(readFileSync(planFile(name)));
  if (!playbook) throw new Error(`test/fixtures/plans/${name} does not validate`);
  return playbook;
}

/**
 * A temporary folder holding a copy of a test plan with its templates; with `incidents`, an empty
 * incidents/ folder too; with `plan`, its crisis.yaml changed by that function.
 */
export function example(
  name: PlanName = 'es-optica-miravista',
  options: { incidents?: boolean; plan?: (text: string) => string } = {},
): string {
  const dir = tempDir();
  cpSync(planDir(name), dir, { recursive: true });
  if (options.incidents) mkdirSync(join(dir, 'incidents'));
  if (options.plan)
    writeFileSync(join(dir, 'crisis.yaml'), options.plan(readFileSync(join(dir, 'crisis.yaml'), 'utf8')));
  return dir;
}

/** The id of the incident in test/fixtures/journals/closed.jsonl. */
export const CLOSED_ID = '20261122-2010-abcd';

/** A copy of the Spanish test plan with the closed incident of the fixture journal in its incidents/ folder. */
export function withJournal(): string {
  const dir = example('es-optica-miravista', { incidents: true });
  cpSync(join(root, 'test/fixtures/journals/closed.jsonl'), join(dir, 'incidents', `${CLOSED_ID}.jsonl`));
  return dir;
}

/** A run that could not go ahead (exit 2) says why in one line, with no stack trace: that line. */
export function oneLine(run: { status: number | null; stdout?: string; stderr: string }): string {
  expect(run.status).toBe(2);
  expect(run.stderr).not.toMatch(/This is a bug|\n\s+at /);
  const lines = run.stderr
    .trimEnd()
    .split('\n')
    .filter((line) => !line.startsWith('! '));
  expect(lines).toHaveLength(1);
  return lines[0]!;
}

/** The events of a journal in test/fixtures/journals. */
export function fixtureJournal(name: string): IncidentEvent[] {
  return readFileSync(join(root, 'test/fixtures/journals', name), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as IncidentEvent);
}

/** The spec's minimal playbook as plain data, fresh for each call so tests can mutate it. */
export function minimal(): any {
  return YAML.parse(MINIMAL_YAML);
}

/** Lints YAML text through the pure core, with template files given as path → text. */
export function lintText(
  text: string,
  templates: Record<string, string | TemplateFile['problem']> = {},
  lang: Lang = 'en',
): Finding[] {
  const templateFiles = new Map<string, TemplateFile>(
    Object.entries(templates).map(([path, value]) => [
      path,
      ['missing', 'outside', 'unreadable', 'binary', 'notFile'].includes(value ?? '')
        ? { file: path, problem: value as TemplateFile['problem'] }
        : { file: path, text: value },
    ]),
  );
  return lintPlaybook({
    file: 'crisis.yaml',
    parsed: parsePlaybook(new TextEncoder().encode(text)),
    templateFiles,
    t: translator(lang),
  });
}

export function lintData(data: unknown, templates?: Record<string, string>): { findings: Finding[]; text: string } {
  const text = YAML.stringify(data, { lineWidth: 0 });
  return { findings: lintText(text, templates), text };
}

/** A real temporary folder, removed when the test that made it finishes. Call it inside a test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'crisis-test-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
