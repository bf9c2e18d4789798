import { describe, expect, it } from 'vitest';
import { keyPath, readScript } from '../../src/escalate/script.js';
import { translator } from '../../src/i18n/index.js';
import { parsePlaybook } from '../../src/lint/lint-playbook.js';
import { readableParams } from '../../src/source/schema-issues.js';
import { MINIMAL_YAML } from '../helpers.js';

// A script's mistakes: each found before anything runs, at its line, in a script's
// words rather than a playbook's, and never with a NUL byte or "undefined" in the sentence.
const playbook = parsePlaybook(new TextEncoder().encode(MINIMAL_YAML)).playbook!;
const OK = 'version: 1\nincident: { summary: Queja, channel: twitter }\n';

function problems(text: string, lang: 'en' | 'es' = 'en') {
  const t = translator(lang);
  return readScript(new TextEncoder().encode(text), playbook).problems.map(({ line, column, report }) => ({
    line,
    column,
    messageId: report.messageId,
    message: t(report.messageId, { where: '', ...readableParams(report.data, t) }),
  }));
}

describe.each([
  {
    name: 'no version',
    text: 'incident: { summary: Queja, channel: twitter }\n',
    line: 1,
    messageId: 'schema.missingKey',
    says: /Missing required key "version" in the top level/,
  },
  {
    name: 'another version',
    text: OK.replace('version: 1', 'version: 2'),
    line: 1,
    messageId: 'script.version',
    says: /^Escalation script format version 2 is not supported/,
  },
  {
    name: 'an unknown top-level key',
    text: `${OK}foo: 1\n`,
    line: 3,
    messageId: 'schema.unknownKey',
    says: /in the top level\. Known keys: version, clock/,
  },
  {
    name: 'a typo in a top-level key',
    text: `${OK}notfy: { ana: reached }\n`,
    line: 3,
    messageId: 'schema.unknownKeySuggest',
    says: /Did you mean "notify"/,
  },
  {
    name: 'a __proto__ answer',
    text: `${OK}steps:\n  __proto__: { status: done }\n`,
    line: 4,
    messageId: 'schema.protoKey',
    says: /"__proto__" in steps cannot be used/,
  },
  {
    name: 'a playbook given as the script',
    text: MINIMAL_YAML,
    line: 1,
    messageId: 'script.isPlaybook',
    says: /is a playbook, not an escalation script/,
  },
  {
    name: 'a triage label that is no option',
    text: `${OK}triage:\n  spread: Muy viral\n`,
    line: 4,
    messageId: 'script.unknownOption',
    says: /"Muy viral", which is none of the question's options: 1\. Un comentario aislado; 2\. Se ha hecho viral\./,
  },
  {
    name: 'a triage number out of range',
    text: `${OK}triage: { spread: 3 }\n`,
    line: 3,
    messageId: 'script.unknownOption',
    says: /"3", which is none/,
  },
  {
    name: 'an unknown question',
    text: `${OK}triage: { alcance: 1 }\n`,
    line: 3,
    messageId: 'script.unknownName',
    says: /"alcance" names nothing in the playbook's triage/,
  },
  {
    name: "a variable the step's response does not have",
    text: `${OK}steps:\n  publish-short:\n    status: done\n    vars: { issue: el retraso, isue: el retraso }\n`,
    line: 6,
    messageId: 'script.unknownVar',
    says: /^steps\.publish-short\.vars\.isue is not a variable of this response\. Its variables: issue\.$/,
  },
  {
    name: 'a post on a channel the step does not go out on',
    text: `${OK}steps:\n  publish-short: { status: done, published: { blog: https://b.example/1 } }\n`,
    line: 4,
    messageId: 'script.notOnChannel',
    says: /^steps\.publish-short\.published\.blog: response "apology-short" does not go out on blog here; it goes out on twitter\./,
  },
  {
    name: 'nothing in it',
    text: '# only a comment\n',
    line: 1,
    messageId: 'script.empty',
    says: /^The script is empty\./,
  },
  {
    name: 'a list rather than keys',
    text: '- version: 1\n',
    line: 1,
    messageId: 'script.notMapping',
    says: /^An escalation script is a mapping of keys/,
  },
  {
    name: 'binary data',
    text: 'version: 1\u0000\n',
    line: 1,
    messageId: 'script.binary',
    says: /An escalation script is a UTF-8 YAML text file\.$/,
  },
])('a script with $name', ({ text, line, messageId, says }) => {
  it(`is refused before anything runs, at line ${line}`, () => {
    const [first, ...rest] = problems(text);
    expect(first).toMatchObject({ line, messageId });
    expect(first!.message).toMatch(says);
    for (const problem of [first!, ...rest]) expect(problem.message).not.toMatch(/\u0000|undefined|Playbook format/);
  });
});

describe('in Spanish', () => {
  it.each([
    [OK.replace('version: 1', 'version: 2'), /^La versión 2 del formato de guion/],
    [`${OK}foo: 1\n`, /en el nivel superior/],
    [`${OK}triage: { spread: 9 }\n`, /ninguna opción de la pregunta: 1\. Un comentario aislado/],
  ])("%#: says it in a script's words", (text, says) => {
    expect(problems(text, 'es')[0]!.message).toMatch(says);
  });
});

describe('a good label', () => {
  it.each(['Se ha hecho viral', 'se ha hecho VIRAL', '2', 2])('%s is an option', (answer) => {
    expect(problems(`${OK}triage: { spread: ${JSON.stringify(answer)} }\n`)).toEqual([]);
  });
});

describe('keyPath', () => {
  it.each<[string, Array<string | number>]>([
    ['steps.comunicado.vars.solucion', ['steps', 'comunicado', 'vars', 'solucion']],
    ['events[2].at', ['events', 2, 'at']],
    ['notify.constructor', ['notify', 'constructor']],
    ['steps.404', ['steps', '404']],
  ])('%s', (key, path) => expect(keyPath(key)).toEqual(path));
});
