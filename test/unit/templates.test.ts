import fc from 'fast-check';
import Handlebars from 'handlebars';
import { describe, expect, it, vi } from 'vitest';
import { analyzeTemplate } from '../../src/messages/analyze-template.js';
import { MAX_BLOCK_DEPTH } from '../../src/messages/block-depth.js';
import { checkMessage, messageLength } from '../../src/messages/check-message.js';
import { renderContext, sampleIncident, TEAM_CHANNEL } from '../../src/messages/render-context.js';
import { findTerms } from '../../src/model/find-terms.js';
import { renderTemplate } from '../../src/messages/render-response.js';
import { parsePlaybook } from '../../src/lint/lint-playbook.js';
import { lintText, MINIMAL_YAML } from '../helpers.js';

describe('analyzeTemplate', () => {
  it.each([
    ['Hola {{customer}}', ['customer']],
    ['{{brand.name}} {{incident.link}}', ['brand.name', 'incident.link']],
    ['{{#if customer}}{{customer}}{{else}}{{brand.name}}{{/if}}', ['customer', 'customer', 'brand.name']],
    ['{{#with brand}}{{name}}{{../customer}}{{/with}}', ['brand', 'brand.name', 'customer']],
    ['{{@root.brand.hashtag}}', ['brand.hashtag']],
    ['{{lookup brand "name"}}', ['brand.name']],
    ['{{!-- a comment --}}plain text', []],
  ])('finds the names %s reads', (text, names) => {
    const result = analyzeTemplate(text);
    expect(result.ok && result.names.map((n) => n.parts.join('.'))).toEqual(names);
  });

  it.each([
    ['Hola {{customer}', 'template.parse', 1],
    ['line one\n{{#if x}}never closed', 'template.unclosed', 2],
    ['{{shout customer}}', 'template.unknownHelper', 1],
    ['{{log customer}}', 'template.unknownHelper', 1],
    ['{{> signature}}', 'template.partial', 1],
  ])('refuses %s', (text, messageId, line) => {
    expect(analyzeTemplate(text)).toMatchObject({ ok: false, messageId, line });
  });
});

describe('how deep a template may nest', () => {
  const ifs = (n: number) => '{{#if a}}'.repeat(n) + '{{a}}' + '{{/if}}'.repeat(n);
  const chain = (n: number) => '{{#if a}}' + '{{else if a}}'.repeat(n - 1) + '{{a}}{{/if}}';
  const subexpressions = (n: number) => `{{lookup ${'(lookup '.repeat(n)}brand${' "x")'.repeat(n)} "name"}}`;
  it.each([
    ['blocks', ifs],
    ['an {{else if}} chain', chain],
    ['subexpressions', subexpressions],
  ])('%s: the limit is read, one more level is a finding where it goes too deep', (_, make) => {
    expect(analyzeTemplate(make(MAX_BLOCK_DEPTH))).not.toMatchObject({ messageId: 'template.tooDeep' });
    const deeper = `line one\n${make(MAX_BLOCK_DEPTH + 1)}`;
    const result = analyzeTemplate(deeper);
    expect(result).toMatchObject({ ok: false, messageId: 'template.tooDeep', line: 2, data: { max: MAX_BLOCK_DEPTH } });
    const { column } = result as { column: number };
    expect(deeper.split('\n')[1]!.slice(column)).toMatch(/^(\{\{#if|\{\{else if|\(lookup)/);
  });

  it('is refused long before Handlebars parses it, at any depth (the parser costs the square of the depth)', () => {
    expect(analyzeTemplate(ifs(50_000))).toMatchObject({ messageId: 'template.tooDeep', line: 1 });
  });

  it('counts nesting, not blocks: many blocks one after the other, or in a comment, are fine', () => {
    expect(analyzeTemplate('{{#if a}}{{a}}{{/if}}'.repeat(300))).toMatchObject({ ok: true });
    expect(analyzeTemplate(`{{!-- ${ifs(200)} --}}{{a}}`)).toMatchObject({ ok: true });
  });
});

describe('the render context', () => {
  it('keeps brand, incident and channel whatever value is given under their names', () => {
    const { playbook } = parsePlaybook(new TextEncoder().encode(MINIMAL_YAML));
    const context = renderContext(playbook!, playbook!.channels[0]!, sampleIncident('crisis'), { channel: '' });
    expect(renderTemplate('{{#unless channel}}none{{/unless}} on {{channel.name}}', context)).toBe('on X');
  });
});

describe('a message to the team', () => {
  const { playbook } = parsePlaybook(
    new TextEncoder().encode(`${MINIMAL_YAML}policies:\n  avoid_topics: [política]\n`),
  );
  const notice = { ...playbook!.responses[0]!, kind: 'internal' as const };
  const long = `Nada de política en redes. ${'Atentos. '.repeat(60)}`;
  it('is checked only for control characters: no length, links or topics', () => {
    expect(checkMessage(long, TEAM_CHANNEL, notice, playbook!)).toEqual([]);
    expect(checkMessage(long, playbook!.channels[0]!, notice, playbook!)).toEqual([]);
    expect(checkMessage('Hola\x1b[2J', TEAM_CHANNEL, notice, playbook!).map((p) => p.ruleId)).toEqual([
      'control-character',
    ]);
  });
  it('is the team channel for a response with no channel of its own, whatever its kind', () => {
    const thanks = playbook!.responses[0]!;
    expect(checkMessage(long, TEAM_CHANNEL, thanks, playbook!)).toEqual([]);
    expect(
      checkMessage(long, playbook!.channels[0]!, thanks, playbook!)
        .map((p) => p.ruleId)
        .sort(),
    ).toEqual(['avoid-topic', 'message-too-long']);
  });
});

describe('positions inside a template', () => {
  it('point at the line of a block scalar where the error is', () => {
    const text = MINIMAL_YAML.replace(
      /    text: "Hola \{\{customer\}\}.*"/,
      '    text: |\n      Hola {{customer}},\n      gracias por {{motivo}}.',
    );
    const [hit] = lintText(text);
    const lines = text.split('\n');
    expect(hit).toMatchObject({ ruleId: 'undeclared-variable' });
    expect(lines[hit!.line - 1]!.slice(hit!.column - 1)).toMatch(/^motivo/);
  });

  it('point into a template file at its own line and column', () => {
    const text = MINIMAL_YAML.replace(/    text: "Hola.*"/, '    template: templates/thanks.hbs');
    const [hit] = lintText(text, { 'templates/thanks.hbs': 'Hola {{customer}}\n\nUn saludo, {{firma}}' });
    expect(hit).toMatchObject({ file: 'templates/thanks.hbs', ruleId: 'undeclared-variable', line: 3, column: 14 });
  });
});

describe('renderTemplate', () => {
  it('renders plain text, never HTML-escaped', () => {
    expect(renderTemplate('{{a}} & {{b}}', { a: "L'Espiga", b: '<3' })).toBe("L'Espiga & <3");
  });
  it('refuses a missing value instead of printing nothing', () => {
    expect(() => renderTemplate('Hola {{customer}}', {})).toThrow(/customer/);
  });
});

describe('message checks', () => {
  it.each([
    ['plain', 5],
    ['café', 4],
    ['👍🏽 ok', 4],
    ['🇪🇸', 1],
    ['e\u0301', 1],
    ['a\r\nb', 3],
    ['ñandú', 5],
    ['“Sí” – 5 €…', 11],
    ['it’s', 4],
  ])('count %s as %i characters', (text, length) => {
    expect(messageLength(text)).toBe(length);
  });

  it('counts as the grapheme segmenter does, punctuation, currency signs and marks mixed in', () => {
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    const piece = fc.oneof(
      fc.integer({ min: 0, max: 0x2ff }).map((code) => String.fromCharCode(code)),
      fc.integer({ min: 0x2000, max: 0x20cf }).map((code) => String.fromCharCode(code)),
      fc.constantFrom('\r\n', '\u0301', '\u200d', '\ufe0f', '👍🏽', '🇪🇸', '\u2028'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(messageLength(text)).toBe([...segmenter.segment(text)].length);
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['Hablemos de política', 'politica', true],
    ['POLÍTICA', 'política', true],
    ['politicamente correcto', 'política', false],
    ['religion', 'religión', true],
    ['irreligioso', 'religión', false],
  ])('"%s" mentions "%s": %s', (text, term, expected) => {
    expect(findTerms(text, [term]).length > 0).toBe(expected);
  });
});

describe('lint parses each template once', () => {
  it('renders from the analysis, not from the text again', () => {
    // Texts of their own, so no earlier test has compiled them already.
    const text = MINIMAL_YAML.replace('Hola {{customer}},', 'Hola de nuevo {{customer}},').replace(
      'Lamentamos {{issue}}.',
      'Lamentamos mucho {{issue}}.',
    );
    // The grammar's own parser: Handlebars.compile() given an AST skips it, given a text it does not.
    const { Parser } = Handlebars as unknown as { Parser: { parse: (text: string) => unknown } };
    const parse = vi.spyOn(Parser, 'parse');
    try {
      expect(lintText(text)).toEqual([]);
      expect(parse).toHaveBeenCalledTimes(2);
    } finally {
      parse.mockRestore();
    }
  });
});
