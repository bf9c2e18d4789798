import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import YAML from 'yaml';
import { translator, type Lang } from '../src/i18n/index.js';
import type { Finding } from '../src/source/finding.js';
import { lintPlaybook, parsePlaybook } from '../src/lint/lint-playbook.js';
import type { TemplateFile } from '../src/lint/rule-context.js';
import type { IncidentEvent } from '../src/escalate/events.js';
import type { Playbook } from '../src/model/schema.js';

export const root = new URL('..', import.meta.url).pathname;
export const MINIMAL_YAML = readFileSync(join(root, 'test/fixtures/minimal/crisis.yaml'), 'utf8');

/** A bundled example plan (playbooks/NAME), read and validated. */
export function bundledPlan(name: string): Playbook {
  const { playbook } = parsePlaybook(readFileSync(join(root, 'playbooks', name, 'crisis.yaml')));
  if (!playbook) throw new Error(`playbooks/${name} does not validate`);
  return playbook;
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
