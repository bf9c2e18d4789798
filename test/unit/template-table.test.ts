import { describe, expect, it } from 'vitest';
import type { Playbook } from '../../src/model/schema.js';
import { renderContext, sampleIncident } from '../../src/messages/render-context.js';
import { renderTemplate } from '../../src/messages/render-response.js';
import { lintData, minimal } from '../helpers.js';

/** The minimal plan with response "thanks" reading `text`, and a second variable `v`. */
function planWith(text: string, change: (plan: any) => void = () => {}): any {
  const plan = minimal();
  plan.responses[0].text = text;
  plan.responses[0].variables.v = { description: 'v', example: 'vv' };
  change(plan);
  return plan;
}

const TEMPLATE_RULES = ['template-syntax', 'undeclared-variable'];

// Each template passed lint before and then crashed `lint`, `render`, `escalate` or `report`, or
// printed a blank or "[object Object]". `at` is where the finding must point, inside the text.
const refused: Array<{ text: string; rule: string; at: string; message: RegExp; change?: (plan: any) => void }> = [
  // Constructs Handlebars parses but a response could not render.
  { text: 'Hola {{../v}} {{customer}} {{v}}', rule: 'template-syntax', at: '../v}}', message: /climbs out/ },
  { text: 'Hola {{@index}} {{customer}} {{v}}', rule: 'template-syntax', at: '@index', message: /@index/ },
  { text: 'Hola {{1}} {{customer}} {{v}}', rule: 'template-syntax', at: '1}}', message: /fixed value/ },
  { text: 'Hola {{"s"}} {{customer}} {{v}}', rule: 'template-syntax', at: '"s"}}', message: /fixed value/ },
  {
    text: 'Hola {{#if}}{{/if}}{{customer}} {{v}}',
    rule: 'template-syntax',
    at: 'if}}',
    message: /"if" takes exactly 1 value/,
  },
  {
    text: 'Hola {{#each v v}}{{/each}}{{customer}}',
    rule: 'template-syntax',
    at: 'each v v',
    message: /nothing to loop over/,
  },
  { text: 'Hola {{unless v}} {{customer}}', rule: 'template-syntax', at: 'unless v', message: /is a block/ },
  {
    text: 'Hola {{lookup v}} {{customer}}',
    rule: 'template-syntax',
    at: 'lookup v',
    message: /"lookup" takes exactly 2 values/,
  },
  {
    text: 'Hola {{customer}} {{v}} {{channel.url}}',
    rule: 'undeclared-variable',
    at: 'channel.url',
    message: /channels twitter, blog have no url/,
  },
  { text: 'Hola {{this}} {{customer}} {{v}}', rule: 'template-syntax', at: 'this}}', message: /whole set of values/ },
  {
    text: 'Hola {{customer}} {{v}}{{lookup this "nope"}}',
    rule: 'undeclared-variable',
    at: 'lookup this',
    message: /"nope" is neither/,
  },
  // The same classes, spelled otherwise.
  { text: '{{customer}} {{v}} {{.}}', rule: 'template-syntax', at: '.}}', message: /whole set/ },
  { text: '{{customer}} {{v}} {{@root}}', rule: 'template-syntax', at: '@root', message: /whole set/ },
  { text: '{{customer}} {{v}} {{@first}}', rule: 'template-syntax', at: '@first', message: /@first/ },
  {
    text: '{{customer}} {{#with brand}}{{../../v}}{{/with}}',
    rule: 'template-syntax',
    at: '../../v',
    message: /climbs out/,
  },
  { text: '{{customer}} {{v}} {{true}}', rule: 'template-syntax', at: 'true', message: /fixed value/ },
  {
    text: '{{customer}} {{#with}}x{{/with}} {{v}}',
    rule: 'template-syntax',
    at: 'with}}',
    message: /"with" takes exactly 1 value/,
  },
  {
    text: '{{customer}} {{#unless v customer}}x{{/unless}}',
    rule: 'template-syntax',
    at: 'unless v',
    message: /"unless" takes exactly 1/,
  },
  {
    text: '{{customer}} {{#each v}}x{{/each}}',
    rule: 'template-syntax',
    at: 'each v',
    message: /nothing to loop over/,
  },
  { text: '{{customer}} {{if v}}', rule: 'template-syntax', at: 'if v', message: /is a block/ },
  { text: '{{customer}} {{v}} {{lookup}}', rule: 'template-syntax', at: 'lookup}}', message: /takes exactly 2/ },
  {
    text: '{{customer}} {{#lookup brand "name"}}x{{/lookup}} {{v}}',
    rule: 'template-syntax',
    at: 'lookup brand',
    message: /not a block/,
  },
  { text: '{{customer}} {{lookup brand v}}', rule: 'template-syntax', at: 'v}}', message: /key in quotes/ },
  { text: '{{customer}} {{#v}}x{{/v}}', rule: 'template-syntax', at: '{{#v}}', message: /section/ },
  { text: '{{customer}} {{^v}}x{{/v}}', rule: 'template-syntax', at: '{{^v}}', message: /section/ },
  { text: '{{customer}} {{v}} {{{{raw}}}}x{{{{/raw}}}}', rule: 'template-syntax', at: '{{{{raw', message: /section/ },
  {
    text: '{{customer}} {{#with brand as |b|}}{{b.name}}{{/with}} {{v}}',
    rule: 'template-syntax',
    at: '{{#with',
    message: /Block parameters/,
  },
  {
    text: '{{customer}} {{#if v includeZero=true}}x{{/if}}',
    rule: 'template-syntax',
    at: 'includeZero',
    message: /Named arguments/,
  },
  { text: '{{customer}} {{v}} {{* deco}}', rule: 'template-syntax', at: '{{* deco', message: /Decorators/ },
  {
    text: '{{customer}} {{v}} {{#*inline "x"}}y{{/inline}}',
    rule: 'template-syntax',
    at: '{{#*inline',
    message: /Decorators/,
  },
  {
    text: '{{customer}} {{#with brand}}{{nope}}{{/with}} {{v}}',
    rule: 'undeclared-variable',
    at: 'nope',
    message: /"brand.nope" does not exist/,
  },
  {
    text: '{{customer}} {{#with v}}{{length}}{{/with}}',
    rule: 'template-syntax',
    at: 'v}}',
    message: /takes brand, incident or channel, not "v"/,
  },
  {
    text: '{{customer}} {{v}} {{customer.length}}',
    rule: 'undeclared-variable',
    at: 'customer.length',
    message: /"customer.length": a variable is plain text/,
  },
  {
    text: '{{customer}} {{v}} {{brand}}',
    rule: 'undeclared-variable',
    at: 'brand}}',
    message: /"brand" is a group of fields/,
  },
  {
    text: '{{customer}} {{v}} {{#with brand}}{{this}}{{/with}}',
    rule: 'undeclared-variable',
    at: 'this}}{{/with',
    message: /"brand" is a group of fields/,
  },
  {
    text: '{{customer}} {{v}} {{lookup brand "constructor"}}',
    rule: 'undeclared-variable',
    at: 'lookup brand',
    message: /"brand.constructor" does not exist/,
  },
  {
    text: '{{customer}} {{v}} {{constructor}}',
    rule: 'undeclared-variable',
    at: 'constructor',
    message: /"constructor" is neither/,
  },
  {
    text: '{{customer}} {{v}} {{#if (lookup brand "nope")}}x{{/if}}',
    rule: 'undeclared-variable',
    at: 'lookup brand',
    message: /"brand.nope" does not exist/,
  },
  {
    text: '{{customer}} {{v}} {{channel.max_length}}',
    rule: 'undeclared-variable',
    at: 'channel.max_length',
    message: /channel blog has no max_length/,
  },
];

function pointsAt(text: string, finding: { line: number; column: number }): string {
  return text.split('\n')[finding.line - 1]!.slice(finding.column - 1);
}

describe.each(refused)('$text', ({ text, rule, at, message, change }) => {
  it(`is a ${rule} finding at "${at}"`, () => {
    const { findings, text: yaml } = lintData(planWith(text, change));
    const hits = findings.filter((finding) => TEMPLATE_RULES.includes(finding.ruleId));
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ ruleId: rule, severity: 'error', message: expect.stringMatching(message) });
    expect(pointsAt(yaml, hits[0]!)).toContain(at);
    expect(pointsAt(yaml, hits[0]!).indexOf(at)).toBeLessThanOrEqual(2);
  });

  it('is reported at its line and column inside a template file too', () => {
    const file = `Line one\n${text}\n`;
    const toFile = (plan: any) => {
      change?.(plan);
      delete plan.responses[0].text;
      plan.responses[0].template = 't.hbs';
    };
    const { findings } = lintData(planWith('', toFile), { 't.hbs': file });
    const hit = findings.find((finding) => TEMPLATE_RULES.includes(finding.ruleId))!;
    expect(hit).toMatchObject({ file: 't.hbs', line: 2, ruleId: rule });
    expect(pointsAt(file, hit).indexOf(at)).toBeGreaterThanOrEqual(0);
    expect(pointsAt(file, hit).indexOf(at)).toBeLessThanOrEqual(2);
  });
});

// What stays allowed, and renders strictly to exactly this with the examples on channel X (twitter).
const accepted: Array<{ text: string; renders: string; change?: (plan: any) => void }> = [
  { text: '{{customer}} {{v}}', renders: '@marta_g vv' },
  { text: '{{#if channel.url}}{{channel.url}} {{/if}}{{customer}} {{v}}', renders: '@marta_g vv' },
  {
    text: '{{#if channel.url}}{{channel.url}} {{/if}}{{customer}} {{v}}',
    renders: 'https://x.com/espiga @marta_g vv',
    change: (p) => (p.channels[0].url = 'https://x.com/espiga'),
  },
  {
    text: '{{channel.url}} {{customer}} {{v}}',
    renders: 'https://x.com/e @marta_g vv',
    change: (p) => {
      p.channels[0].url = 'https://x.com/e';
      p.channels[1].url = 'https://blog.example';
    },
  },
  { text: '{{#with brand}}{{name}} {{../customer}}{{/with}} {{v}}', renders: 'Panadería La Espiga @marta_g vv' },
  { text: '{{lookup brand "name"}} {{lookup this "customer"}} {{v}}', renders: 'Panadería La Espiga @marta_g vv' },
  { text: '{{@root.brand.hashtag}} {{this.customer}} {{./v}}', renders: '#LaEspigaInforma @marta_g vv' },
  {
    text: '{{#unless brand.timezone}}-{{else}}{{brand.timezone}}{{/unless}} {{customer}} {{v}}',
    renders: '- @marta_g vv',
  },
  { text: '{{#if brand.timezone}}{{brand.timezone}}{{else if v}}{{v}}{{/if}} {{customer}}', renders: 'vv @marta_g' },
  { text: '{{#with incident}}{{link}}{{/with}} {{customer}} {{v}}', renders: '<incident.link> @marta_g vv' },
  // Handlebars adds no level for the value already in scope, so `../` from here is the top.
  {
    text: '{{#with brand}}{{#with this}}{{../customer}}{{/with}}{{#with ../brand}}{{../v}}{{/with}}{{/with}}',
    renders: '@marta_gvv',
  },
  {
    text: '{{#with brand}}{{#with ../channel}}{{id}} {{../name}}{{/with}}{{/with}} {{customer}} {{v}}',
    renders: 'twitter Panadería La Espiga @marta_g vv',
  },
  { text: '{{!-- a note --}}{{customer}} {{{v}}} {{&v}} {{~ customer ~}} !', renders: '@marta_g vv vv@marta_g!' },
];

describe.each(accepted)('$text', ({ text, renders, change }) => {
  it(`is clean and renders "${renders}"`, () => {
    const plan = planWith(text, change);
    const { findings } = lintData(plan);
    expect(findings.filter((finding) => TEMPLATE_RULES.includes(finding.ruleId))).toEqual([]);
    const playbook = plan as Playbook;
    const variables = { customer: '@marta_g', v: 'vv' };
    expect(
      renderTemplate(text, renderContext(playbook, playbook.channels[0]!, sampleIncident('crisis'), variables)),
    ).toBe(renders);
  });
});
