import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { withJournal, minimal, tempDir } from '../helpers.js';
import { crisis } from './run-cli.js';

// Each of these once passed analysis and then crashed `lint` (printing empty JSON or SARIF
// into CI), `render`, `escalate` or `report --template`, or printed "[object Object]" or a blank.
const TEMPLATES = [
  '{{../v}}',
  '{{@index}}',
  '{{1}}',
  '{{"s"}}',
  '{{#if}}{{/if}}',
  '{{#each v v}}{{/each}}',
  '{{unless v}}',
  '{{lookup v}}',
  '{{channel.url}}',
  '{{this}}',
  '{{lookup this "nope"}}',
];

/** A plan with one response per template above, each also using its variable `v`. */
function brokenPlan(): string {
  const dir = tempDir();
  const plan = minimal();
  plan.responses = TEMPLATES.map((text, index) => ({
    id: `r${index + 1}`,
    title: text,
    kind: 'acknowledgement',
    approved_by: 'luis',
    variables: { v: { description: 'v', example: 'x' } },
    text: `${text} {{v}}`,
  }));
  for (const level of plan.levels) for (const step of level.steps) delete step.response;
  writeFileSync(join(dir, 'crisis.yaml'), YAML.stringify(plan, { lineWidth: 0 }));
  return dir;
}

const NOT_A_BUG = /This is a bug|\n\s+at /;

describe('templates that cannot render', () => {
  it('are one finding each in JSON, never a crash', async () => {
    const run = await crisis(['lint', '--format', 'json'], { cwd: brokenPlan() });
    expect(run.stderr).not.toMatch(NOT_A_BUG);
    expect(run.status).toBe(1);
    const [file] = JSON.parse(run.stdout);
    expect(file.messages.map((m: { ruleId: string }) => m.ruleId)).toEqual([
      ...Array(8).fill('template-syntax'),
      'undeclared-variable',
      'template-syntax',
      'undeclared-variable',
    ]);
  });

  it('are results in SARIF', async () => {
    const run = await crisis(['lint', '--format', 'sarif'], { cwd: brokenPlan() });
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout).runs[0].results).toHaveLength(TEMPLATES.length);
  });

  it('make render and escalate refuse the plan with its findings instead of crashing', async () => {
    const dir = brokenPlan();
    // render could not run (2); escalate keeps its own contract (1).
    for (const [args, status] of [
      [['render', 'r5', '--var', 'v=x'], 2],
      [['escalate', '--script', 'missing.yaml'], 1],
    ] as const) {
      const run = await crisis([...args], { cwd: dir });
      expect(run.stderr + run.stdout).not.toMatch(NOT_A_BUG);
      expect(run.status).toBe(status);
      expect(run.stdout + run.stderr).toContain('"if" takes exactly 1 value');
    }
  });
});

describe('a report template of your own that cannot render', () => {
  function withTemplate(template: string): string {
    const dir = withJournal();
    writeFileSync(join(dir, 'mine.hbs'), template);
    return dir;
  }

  it.each([
    ['# {{incident.summary}}\n{{#each metrics}}{{#if}}{{/if}}{{/each}}', 'mine.hbs:2:21: "if" takes exactly 1 value'],
    ['# Report\n\n  {{lookup incident}}', 'mine.hbs:3:5: "lookup" takes exactly 2 values'],
    ['{{#each metrics}}\n{{label}}', 'mine.hbs:2:10: The template ends before a block is closed'],
    ['{{> header}}', 'mine.hbs:1:1: Partials'],
    ['{{#each steps}}{{unless missed}}{{/each}}', 'mine.hbs:1:18: "unless" is a block'],
    // Strict, as responses: a field that does not exist is named where it is, never a blank.
    ['# {{incident.summary}}\n\n{{incident.sumary}}', 'mine.hbs:3:3: "incident.sumary" is not a field of the report'],
    ['{{#each steps}}\n  {{tittle}}\n{{/each}}', 'mine.hbs:2:5: "tittle" is not a field of the report'],
    ['{{labels.titel}}', 'mine.hbs:1:3: "labels.titel" is not a field'],
    ['{{#if incidnet.link}}x{{/if}}', 'mine.hbs:1:7: "incidnet.link" is not a field'],
    ['{{#each metrics}}{{#if ../../x}}{{/if}}{{/each}}', 'mine.hbs:1:24: "../../x" is not a field'],
    // Names every object inherits: Handlebars finds them, refuses to read them, and printed a blank.
    ['[{{toString}}][{{constructor}}]', 'mine.hbs:1:4: "toString" is not a field of the report'],
    ['# x\n[{{incident.__proto__}}]', 'mine.hbs:2:4: "incident.__proto__" is not a field'],
    ['{{#each steps}}{{valueOf}}{{/each}}', 'mine.hbs:1:18: "valueOf" is not a field'],
    ['{{lookup incident "hasOwnProperty"}}', 'mine.hbs:1:19: "hasOwnProperty" is not a field'],
  ])('%j is one line naming the file, line and column, exit 2', async (template, expected) => {
    const run = await crisis(['report', '--template', 'mine.hbs'], { cwd: withTemplate(template) });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.startsWith(`✖ Report template ${expected}`)).toBe(true);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it("points a misspelt field to the page that lists the fields, in the plan's language", async () => {
    const run = await crisis(['report', '--template', 'mine.hbs'], { cwd: withTemplate('{{incident.sumary}}') });
    expect(run.stderr).toContain('docs/report-template.md');
    // One language in the line: the plan's, the problem's words as well as the file's.
    const plan = await crisis(['report', '--template', 'mine.hbs'], {
      cwd: withTemplate('{{incident.sumary}}'),
      env: { CRISIS_LANG: undefined, LANG: 'C.UTF-8' },
    });
    expect(plan.stderr).toMatch(
      /^✖ Plantilla del informe mine\.hbs:1:3: "incident\.sumary" no es un campo del informe .*docs\/report-template\.md los enumera\.\n$/,
    );
  });

  it('is refused with --format json, which has no template to use', async () => {
    const run = await crisis(['report', '--template', 'mine.hbs', '--format', 'json'], {
      cwd: withTemplate('{{incident.summary}}'),
    });
    expect(run).toMatchObject({ status: 2, stdout: '' });
    expect(run.stderr).toMatch(/--template does not go with --format json/);
  });
});
