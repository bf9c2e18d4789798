import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/index.js';
import type { FileResult } from '../../src/source/finding.js';
import { escapeData, escapeProperty, formatGithub } from '../../src/lint/formats/github.js';
import { formatJson } from '../../src/lint/formats/json.js';
import { formatSarif } from '../../src/lint/formats/sarif.js';
import { formatStylish } from '../../src/lint/formats/stylish.js';
import { RULE_TABLE } from '../../src/lint/rules/index.js';

const results: FileResult[] = [
  {
    file: 'playbooks/shop/crisis.yaml',
    findings: [
      {
        file: 'playbooks/shop/crisis.yaml',
        line: 3,
        column: 5,
        endLine: 3,
        endColumn: 9,
        ruleId: 'schema',
        severity: 'error',
        message: 'Missing required key "name" in brand.',
      },
      {
        file: 'playbooks/shop/crisis.yaml',
        line: 40,
        column: 7,
        ruleId: 'unused-variable',
        severity: 'warning',
        message: 'Variable "x" is, unused: 100%\nreally',
      },
    ],
  },
  { file: 'playbooks/clean/crisis.yaml', findings: [] },
];
const t = translator('en');

describe('stylish', () => {
  it('groups by file, aligns columns and sums up', () => {
    expect(formatStylish(results, t, new Chalk({ level: 0 }))).toMatchInlineSnapshot(`
      "
      playbooks/shop/crisis.yaml
        3:5   error    Missing required key "name" in brand.  schema
        40:7  warning  Variable "x" is, unused: 100%\\nreally  unused-variable

      ✖ 2 problems (1 error, 1 warning)
      "
    `);
  });
  it('colours only when asked', () => {
    expect(formatStylish(results, t, new Chalk({ level: 1 }))).toContain('\u001b[31m');
  });
  it('is translated', () => {
    expect(formatStylish(results, translator('es'), new Chalk({ level: 0 }))).toContain(
      '2 problemas (1 error, 1 aviso)',
    );
  });
});

describe('json', () => {
  it("has the shape of ESLint's formatter", () => {
    const [first, second] = JSON.parse(formatJson(results, '/repo'));
    expect(first).toEqual({
      filePath: '/repo/playbooks/shop/crisis.yaml',
      messages: [
        {
          ruleId: 'schema',
          severity: 2,
          message: 'Missing required key "name" in brand.',
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 9,
        },
        {
          ruleId: 'unused-variable',
          severity: 1,
          message: 'Variable "x" is, unused: 100%\nreally',
          line: 40,
          column: 7,
        },
      ],
      errorCount: 1,
      fatalErrorCount: 0,
      warningCount: 1,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
    });
    expect(second).toMatchObject({ messages: [], errorCount: 0, warningCount: 0 });
  });
});

describe('github', () => {
  it('escapes as the Actions toolkit does', () => {
    expect(escapeData('a%b\r\nc')).toBe('a%25b%0D%0Ac');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
  });
  it('writes one workflow command per finding', () => {
    expect(formatGithub(results).split('\n')).toEqual([
      '::error file=playbooks/shop/crisis.yaml,line=3,col=5,endLine=3,endColumn=9,title=crisis lint (schema)::Missing required key "name" in brand. (schema)',
      '::warning file=playbooks/shop/crisis.yaml,line=40,col=7,title=crisis lint (unused-variable)::Variable "x" is, unused: 100%25%0Areally (unused-variable)',
    ]);
  });
});

describe('sarif', () => {
  const sarif = JSON.parse(formatSarif(results, RULE_TABLE, t, '/repo', '1.2.3'));
  it('is SARIF 2.1.0 with every rule described', () => {
    expect(sarif.version).toBe('2.1.0');
    const { driver } = sarif.runs[0].tool;
    expect(driver).toMatchObject({ name: 'crisis', version: '1.2.3' });
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual(RULE_TABLE.map((r) => r.id));
    for (const rule of driver.rules) expect(rule.shortDescription.text).not.toMatch(/^ruleDoc\./);
  });
  it('places each result with a relative URI and its region', () => {
    const [first] = sarif.runs[0].results;
    expect(first).toMatchObject({
      ruleId: 'schema',
      ruleIndex: RULE_TABLE.findIndex((r) => r.id === 'schema'),
      level: 'error',
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'playbooks/shop/crisis.yaml' },
            region: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 9 },
          },
        },
      ],
    });
    expect(sarif.runs[0].results).toHaveLength(2);
  });
});
