import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { es } from '../../src/i18n/es.js';
import { RULE_TABLE } from '../../src/lint/rules/index.js';
import { root } from '../helpers.js';

const HEADER = '| rule | default | what it catches |';

/** Every rule table (`| rule | default | … |`) in a page: its rows, as written. */
function ruleTables(text: string): string[][] {
  const tables: string[][] = [];
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    if (line.trim() !== HEADER) return;
    const rows: string[] = [];
    for (const row of lines.slice(index + 2)) {
      if (!row.startsWith('|')) break;
      rows.push(row);
    }
    tables.push(rows);
  });
  return tables;
}

const pages = ['README.md', ...readdirSync(join(root, 'docs')).map((page) => `docs/${page}`)].filter((page) =>
  page.endsWith('.md'),
);
const read = (page: string) => readFileSync(join(root, page), 'utf8');
const idAndSeverity = (row: string) => /^\| `([a-z-]+)` \| (\w+) \|/.exec(row)?.slice(1, 3);

describe('the documented rule tables follow the registry (ids, default severities, order)', () => {
  it.each(pages.filter((page) => ruleTables(read(page)).length > 0))(
    '%s names the same rules and severities',
    (page) => {
      for (const table of ruleTables(read(page)))
        expect(table.map(idAndSeverity)).toEqual(RULE_TABLE.map(({ id, severity }) => [id, severity]));
    },
  );

  it.each(['docs/lint-rules.md', 'docs/playbook-format.md'])('%s has its table', (page) => {
    expect(ruleTables(read(page))).toHaveLength(1);
  });

  it('each rule is documented in both catalogs under its own id', () => {
    for (const rule of RULE_TABLE) {
      expect(rule.docs).toBe(`ruleDoc.${rule.id}`);
      expect(en[rule.docs]).toBeTruthy();
      expect(es[rule.docs]).toBeTruthy();
    }
  });
});
