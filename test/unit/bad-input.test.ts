import { describe, expect, it, vi } from 'vitest';
import { lintText, MINIMAL_YAML } from '../helpers.js';

const bomb = [
  'a: &a ["x","x","x","x","x","x","x","x","x"]',
  ...'bcdefgh'.split('').map((l, i) => `${l}: &${l} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(',')}]`),
].join('\n');

// Each row: a file a user might really have, the rule it must give, and where.
/** 1-based line and column of the first occurrence of `needle`: positions are computed, not counted by hand. */
function at(text: string, needle: string): { line: number; column: number } {
  const before = text.slice(0, text.indexOf(needle));
  return { line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') };
}
const typo = MINIMAL_YAML.replace('    respond_within: 2h', '    respond_withn: 2h');
const badDuration = MINIMAL_YAML.replace('respond_within: 30m', 'respond_within: half an hour');
const ctor = MINIMAL_YAML.replace('Hola {{customer}}', 'Hola {{customer}} {{constructor.constructor}}');

const cases: Array<{ name: string; text: string; rule: string; line: number; column?: number; says: RegExp }> = [
  { name: 'an empty file', text: '', rule: 'yaml-syntax', line: 1, says: /empty/ },
  { name: 'only comments', text: '# nothing yet\n', rule: 'yaml-syntax', line: 1, says: /empty/ },
  {
    name: 'a tab in the indentation',
    text: 'version: 1\nbrand:\n\tname: x\n',
    rule: 'yaml-syntax',
    line: 3,
    column: 1,
    says: /tab/,
  },
  {
    name: 'an unclosed quote',
    text: 'version: 1\nbrand:\n  name: "La Espiga\n  language: es\n',
    rule: 'yaml-syntax',
    line: 3,
    column: 9,
    says: /quote/,
  },
  { name: 'a duplicate key', text: 'version: 1\nversion: 1\n', rule: 'yaml-syntax', line: 2, column: 1, says: /twice/ },
  {
    name: 'two documents',
    text: `${MINIMAL_YAML}---\nversion: 1\n`,
    rule: 'yaml-syntax',
    line: MINIMAL_YAML.split('\n').length,
    says: /second YAML document/,
  },
  // At the first alias of d: one more use of c, 81 values each, passes what a plan may expand.
  { name: 'an alias bomb', text: bomb, rule: 'yaml-syntax', line: 4, column: 8, says: /aliases/ },
  { name: 'a list instead of a mapping', text: '- version: 1\n', rule: 'yaml-syntax', line: 1, says: /mapping/ },
  {
    name: 'a __proto__ key',
    text: `${MINIMAL_YAML}__proto__: { polluted: true }\n`,
    rule: 'schema',
    line: MINIMAL_YAML.split('\n').length,
    column: 1,
    says: /Unknown key "__proto__"/,
  },
  {
    name: 'an unsupported version',
    text: MINIMAL_YAML.replace('version: 1', 'version: 2'),
    rule: 'schema',
    line: 1,
    column: 10,
    says: /version 2 is not supported/,
  },
  {
    name: 'a missing key',
    text: MINIMAL_YAML.replace('  name: Panadería La Espiga\n', ''),
    rule: 'schema',
    line: 3,
    column: 3,
    says: /Missing required key "name" in brand/,
  },
  {
    name: 'a typo in a key',
    text: typo,
    rule: 'schema',
    ...at(typo, 'respond_withn'),
    says: /Did you mean "respond_within"/,
  },
  {
    name: 'a wrong type',
    text: MINIMAL_YAML.replace('severity: 1', 'severity: high'),
    rule: 'schema',
    line: 16,
    column: 15,
    says: /whole number/,
  },
  {
    name: 'a number where text belongs',
    text: MINIMAL_YAML.replace('name: Panadería La Espiga', 'name: 1234'),
    rule: 'schema',
    line: 3,
    column: 9,
    says: /in quotes/,
  },
  {
    // YAML reads .inf (and 1e400) as Infinity, which JSON would print as "null".
    name: 'an infinite number where text belongs',
    text: MINIMAL_YAML.replace('name: Panadería La Espiga', 'name: .inf'),
    rule: 'schema',
    line: 3,
    column: 9,
    says: /but \.inf was read as a number or true\/false\. Put it in quotes: "\.inf"/,
  },
  { name: 'a bad duration', text: badDuration, rule: 'schema', ...at(badDuration, 'half an hour'), says: /15m, 2h/ },
  {
    name: 'a comma in a flow mapping',
    text: MINIMAL_YAML.replace('title: Responder con educación', 'title: Responder, con educación'),
    rule: 'schema',
    line: 19,
    says: /in quotes/,
  },
  {
    name: 'an id that names nothing',
    text: MINIMAL_YAML.replace('backup: luis }', 'backup: luiz }'),
    rule: 'unknown-reference',
    line: 11,
    says: /Did you mean "luis"/,
  },
  {
    name: 'a template that leaves the folder',
    text: MINIMAL_YAML.replace(/    text: "Hola.*"/, '    template: ../../../etc/passwd'),
    rule: 'template-missing',
    line: 42,
    column: 15,
    says: /leaves the playbook's folder/,
  },
  {
    name: 'a prototype walk in a template',
    text: ctor,
    rule: 'undeclared-variable',
    ...at(ctor, 'constructor.'),
    says: /constructor\.constructor/,
  },
];

describe.each(cases)('$name', ({ text, rule, line, column, says }) => {
  it(`gives ${rule} at line ${line}`, () => {
    const findings = lintText(text);
    const hit = findings.find((f) => f.ruleId === rule);
    expect(hit, JSON.stringify(findings)).toBeDefined();
    expect(hit).toMatchObject({ file: 'crisis.yaml', severity: 'error', line });
    if (column !== undefined) expect(hit!.column).toBe(column);
    expect(hit!.message).toMatch(says);
  });
});

describe('a binary file', () => {
  it('is reported, not parsed', async () => {
    const { parsePlaybook } = await import('../../src/lint/lint-playbook.js');
    const parsed = parsePlaybook(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 0xff]));
    expect(parsed.reports).toMatchObject([{ ruleId: 'yaml-syntax', messageId: 'yaml.binary' }]);
  });
});

// Where yaml's builds differ (its browser build decodes !!binary with atob and warns through
// console.warn): the plan is read as yaml's Node build reads it, and no warning is printed.
describe('what yaml decodes or warns about', () => {
  const yaml11 = `%YAML 1.1\n---\n${MINIMAL_YAML}`;
  it.each([
    ['YAML 1.2', MINIMAL_YAML, 3],
    ['YAML 1.1', yaml11, 5],
  ])('decodes !!binary as Node does in %s: a value of the wrong type, not a syntax error', (_, plan, line) => {
    const text = plan.replace('name: Panadería La Espiga', 'name: !!binary "%%%"');
    expect(lintText(text).map((f) => [f.ruleId, f.line])).toEqual([['schema', line]]);
    expect(lintText(`${plan}x-logo: !!binary "not base64!"\n`)).toEqual([]);
  });
  it('prints no warning of its own for a key that is a collection', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const emit = vi.spyOn(process, 'emitWarning').mockImplementation(() => {});
    try {
      const findings = lintText(`${MINIMAL_YAML}? [a, b]\n: c\n`);
      expect(findings.map((f) => f.ruleId)).toEqual(['schema']);
      expect(warn).not.toHaveBeenCalled();
      expect(emit).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
      emit.mockRestore();
    }
  });
});

describe('messages in Spanish', () => {
  it('translate the finding, never the rule id', () => {
    const [hit] = lintText(MINIMAL_YAML.replace('backup: luis }', 'backup: luiz }'), {}, 'es');
    expect(hit).toMatchObject({
      ruleId: 'unknown-reference',
      message: '"luiz" no corresponde a nada en contacts. ¿Querías decir "luis"?',
    });
  });
});

describe('disable comments', () => {
  const broken = MINIMAL_YAML.replace('backup: luis }', 'backup: luiz }');
  it('silence the named rule on the next line only', () => {
    const text = broken.replace(
      '  - { id: ana',
      '  # crisis-lint-disable-next-line unknown-reference, self-backup\n  - { id: ana',
    );
    expect(lintText(text).filter((f) => f.ruleId === 'unknown-reference')).toEqual([]);
  });
  it('leave other rules alone', () => {
    const text = broken.replace('  - { id: ana', '  # crisis-lint-disable-next-line self-backup\n  - { id: ana');
    expect(lintText(text).map((f) => f.ruleId)).toEqual(['unknown-reference']);
  });
});
