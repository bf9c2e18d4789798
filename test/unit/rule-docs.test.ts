import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { RULE_TABLE } from '../../src/lint/rules/index.js';

/** The rows `| \`id\` | severity | … |` of the first table after a heading. */
function ruleRows(file: string, heading: string): Array<{ id: string; severity: string }> {
  const text = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
  const start = text.indexOf(`\n${heading}\n`);
  expect(start, `${file} has the heading "${heading}"`).toBeGreaterThan(-1);
  const rows = [];
  for (const line of text.slice(start).split('\n').slice(2)) {
    if (rows.length > 0 && !line.startsWith('|')) break;
    const match = /^\| `([a-z-]+)` \| (\w+) \|/.exec(line);
    if (match) rows.push({ id: match[1]!, severity: match[2]! });
  }
  return rows;
}

const rules = RULE_TABLE.map(({ id, severity }) => ({ id, severity }));

describe('the documented rule tables match the rules (ids, default severities, order)', () => {
  it.each([
    ['docs/lint-rules.md', '## Rules'],
    ['docs/playbook-format.md', '## Lint rules (rule ids are part of the contract)'],
  ])('%s', (file, heading) => {
    expect(ruleRows(file, heading)).toEqual(rules);
  });

  it('each rule is documented in the catalog under its own id', () => {
    for (const rule of RULE_TABLE) {
      expect(rule.docs).toBe(`ruleDoc.${rule.id}`);
      expect(en[rule.docs]).toBeTruthy();
    }
  });
});
