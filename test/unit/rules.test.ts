import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTemplateFiles } from '../../src/cli/load-playbook.js';
import { lintPlaybook, parsePlaybook, templatePaths } from '../../src/lint/lint-playbook.js';
import { RULE_TABLE } from '../../src/lint/rules/index.js';
import { translator } from '../../src/i18n/index.js';
import { lintData, minimal, root } from '../helpers.js';

// Golden cases, as actionlint keeps them: test/fixtures/rules/<rule-id>/<case>/ holds a plan
// (crisis.yaml, and any template it names) and expected.json, every finding lint gives for it,
// with its message, line and column. After a deliberate change of wording or position, rewrite
// them with `npx vitest run test/unit/rules.test.ts -u` and read the diff (a new case gets its
// expected.json the same way; under CI=true a missing one fails).
const RULES_DIR = join(root, 'test/fixtures/rules');

const cases = readdirSync(RULES_DIR).flatMap((rule) =>
  readdirSync(join(RULES_DIR, rule)).map((name) => ({ rule, name, dir: join(RULES_DIR, rule, name) })),
);

/** What `crisis lint crisis.yaml` finds, run in the case's folder: the core, given the files the shell reads. */
function lintCase(dir: string) {
  const parsed = parsePlaybook(readFileSync(join(dir, 'crisis.yaml')));
  const templateFiles = readTemplateFiles('crisis.yaml', templatePaths(parsed), dir);
  return lintPlaybook({ file: 'crisis.yaml', parsed, templateFiles, t: translator('en') });
}

const expectedOf = (dir: string): Array<{ ruleId: string }> =>
  JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));

describe.each(cases)('$rule / $name', ({ dir }) => {
  it('gives exactly the findings of expected.json', async () => {
    await expect(`${JSON.stringify(lintCase(dir), null, 2)}\n`).toMatchFileSnapshot(join(dir, 'expected.json'));
  });
});

describe('the golden cases', () => {
  it('cover every rule of the table: a plan that triggers it, and one that does not', () => {
    const folders = readdirSync(RULES_DIR).sort();
    expect(folders).toEqual(RULE_TABLE.map((rule) => rule.id).sort());
    for (const { id, severity } of RULE_TABLE) {
      const mine = cases.filter((c) => c.rule === id).map((c) => expectedOf(c.dir));
      const hits = mine.flatMap((findings) => findings.filter((finding) => finding.ruleId === id));
      expect(hits.length, `${id} triggers`).toBeGreaterThan(0);
      expect(hits.map((finding) => (finding as unknown as { severity: string }).severity)).toContain(severity);
      expect(
        mine.some((findings) => !findings.some((finding) => finding.ruleId === id)),
        `${id} stays quiet on a near miss`,
      ).toBe(true);
    }
  });
});

describe('the minimal playbook of the format contract', () => {
  it('has no finding at all', () => {
    expect(lintData(minimal()).findings).toEqual([]);
  });
});
