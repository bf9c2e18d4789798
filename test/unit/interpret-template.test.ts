import fc from 'fast-check';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { COMPILE_OPTIONS } from '../../src/messages/analyze-template.js';
import { interpretTemplate } from '../../src/messages/interpret-template.js';
import { exampleVariables, renderContext, sampleIncident } from '../../src/messages/render-context.js';
import { NO_PROTOTYPE } from '../../src/messages/template-calls.js';
import { fixturePlan } from '../helpers.js';
import { source } from '../template-sources.js';

// Lint renders templates by walking them (interpret-template.ts) instead of compiling each with
// Handlebars. Wherever the walk answers, Handlebars, compiled with the same options, must print
// the same text and not fail; where it does not answer, Handlebars decides, so declining is safe.
const RUNS = Number(process.env.FUZZ_RUNS ?? 1500);

function handlebars(program: hbs.AST.Program, context: unknown): { text: string } | { error: unknown } {
  try {
    return { text: Handlebars.compile(program, COMPILE_OPTIONS)(context, NO_PROTOTYPE) };
  } catch (error) {
    return { error };
  }
}

const plan = fixturePlan('es-optica-miravista');
const response = plan.responses[0]!;
// Contexts as lint and escalate build them, and one with the values Handlebars treats apart:
// zero, empty text, empty and full lists, null, a boolean, a nested object under a variable.
const CONTEXTS: unknown[] = [
  renderContext(plan, plan.channels[0]!, sampleIncident('crisis'), exampleVariables(response)),
  renderContext(plan, plan.channels.at(-1)!, sampleIncident('crisis'), { customer: 'Ana', v: '' }),
  {
    customer: 0,
    v: '',
    nope: null,
    name: true,
    id: [],
    url: ['a', 'b'],
    brand: { name: 'Espiga', hashtag: '', timezone: 0, nope: { deep: 'x' } },
    channel: { id: 'x', name: 'X', url: 'https://x.com/e', max_length: 280 },
    incident: { link: 'https://e.example/i/1', id: 7 },
    this: 'field named this',
  },
];

describe('walking a parsed template', () => {
  it('prints what Handlebars prints, or leaves the template to Handlebars', () => {
    let walked = 0;
    fc.assert(
      fc.property(source, fc.nat(CONTEXTS.length - 1), (text, index) => {
        let program: hbs.AST.Program;
        try {
          program = Handlebars.parse(text);
        } catch {
          return;
        }
        const context = CONTEXTS[index];
        const mine = interpretTemplate(program, context);
        if (mine === undefined) return;
        walked += 1;
        expect(handlebars(program, context), text).toEqual({ text: mine });
      }),
      { numRuns: RUNS },
    );
    // A third of the generated templates render at all (the rest are broken on purpose); the walk
    // answers for about half of those, enough for the comparison to mean something.
    expect(walked).toBeGreaterThan(RUNS / 8);
  });

  it.each([
    ['a value and a field', 'Hola {{customer}}, {{brand.name}}', 'Hola Ana, Espiga'],
    ['if and else', '{{#if v}}yes{{else}}no{{/if}}', 'no'],
    ['unless, zero counting as empty', '{{#unless n}}zero{{/unless}}', 'zero'],
    ['with, then a climb', '{{#with brand}}{{name}} for {{../customer}}{{/with}}', 'Espiga for Ana'],
    ['lookup', '{{lookup brand "name"}}', 'Espiga'],
    // `#with` over the current context opens no level: `../` still climbs to the root.
    ['with over this', '{{#with brand}}{{#with this}}{{name}}, {{../customer}}{{/with}}{{/with}}', 'Espiga, Ana'],
    ['whitespace control', 'a {{~customer~}} b', 'aAnab'],
  ])('renders %s', (_name, text, expected) => {
    const context = { customer: 'Ana', v: '', n: 0, brand: { name: 'Espiga' } };
    expect(interpretTemplate(Handlebars.parse(text), context)).toBe(expected);
    expect(handlebars(Handlebars.parse(text), context)).toEqual({ text: expected });
  });

  it.each([
    ['a missing value', '{{nope}}'],
    ['a null value', '{{gone}}'],
    ['an object printed', '{{brand}}'],
    ['a helper named alone', '{{lookup}}'],
    ['a constructor', '{{brand.constructor}}'],
    ['a partial', '{{> sig}}'],
    ['each', '{{#each list}}x{{/each}}'],
  ])('leaves %s to Handlebars', (_name, text) => {
    const context = { gone: null, brand: { name: 'Espiga' }, list: [1] };
    expect(interpretTemplate(Handlebars.parse(text), context)).toBeUndefined();
  });
});
