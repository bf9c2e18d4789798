import { describe, expect, it } from 'vitest';
import { RULE_TABLE } from '../../src/lint/rules/index.js';
import { lintData, minimal } from '../helpers.js';

type Mutation = (p: any) => void;
const long = 'x'.repeat(300);

// Each rule: a change to the minimal playbook that triggers it, and the text of the line it must point at.
const triggers: Array<{ rule: string; mutate: Mutation; at: string; templates?: Record<string, string> }> = [
  {
    rule: 'duplicate-id',
    mutate: (p) => p.channels.push({ id: 'twitter', name: 'Other', format: 'long' }),
    at: 'id: twitter',
  },
  { rule: 'unknown-reference', mutate: (p) => (p.contacts[0].backup = 'luiz'), at: 'backup: luiz' },
  { rule: 'unknown-reference', mutate: (p) => (p.levels[1].steps[1].channels = ['instagram']), at: '- instagram' },
  { rule: 'unknown-reference', mutate: (p) => (p.triage[0].options[0].level = 'nope'), at: 'level: nope' },
  { rule: 'self-backup', mutate: (p) => (p.contacts[0].backup = 'ana'), at: 'backup: ana' },
  { rule: 'contact-unreachable', mutate: (p) => delete p.contacts[0].phone, at: 'id: ana' },
  {
    rule: 'template-missing',
    mutate: (p) => {
      delete p.responses[0].text;
      p.responses[0].template = 'missing.hbs';
    },
    at: 'template: missing.hbs',
  },
  {
    rule: 'template-missing',
    mutate: (p) => {
      delete p.responses[0].text;
      p.responses[0].template = '../outside.hbs';
    },
    at: 'template: ../outside.hbs',
  },
  { rule: 'template-syntax', mutate: (p) => (p.responses[0].text = 'Hola {{customer}'), at: 'text: Hola {{customer}' },
  {
    rule: 'template-syntax',
    mutate: (p) => (p.responses[0].text = '{{shout customer}}'),
    at: 'text: "{{shout customer}}"',
  },
  {
    rule: 'template-syntax',
    mutate: (p) => {
      delete p.responses[0].text;
      p.responses[0].template = 't.hbs';
    },
    at: '',
    templates: { 't.hbs': '{{#if customer}}x' },
  },
  { rule: 'undeclared-variable', mutate: (p) => (p.responses[0].text = 'Hi {{customr}}'), at: 'text: Hi {{customr}}' },
  {
    rule: 'undeclared-variable',
    mutate: (p) => (p.responses[0].text = '{{constructor.constructor}} {{customer}}'),
    at: 'constructor',
  },
  {
    rule: 'undeclared-variable',
    mutate: (p) => (p.responses[0].text = '{{customer}} {{brand.website}}'),
    at: 'brand.website',
  },
  {
    rule: 'apology-links',
    mutate: (p) => (p.responses[1].text = 'Lamentamos {{issue}}. {{brand.hashtag}}'),
    at: 'Lamentamos',
  },
  { rule: 'apology-links', mutate: (p) => delete p.brand.hashtag, at: 'Lamentamos' },
  { rule: 'message-too-long', mutate: (p) => (p.responses[0].variables.customer.example = long), at: 'text: Hola' },
  { rule: 'missing-backup', mutate: (p) => delete p.contacts[1].backup, at: 'id: luis' },
  { rule: 'level-without-notify', mutate: (p) => delete p.levels[1].notify, at: 'id: crisis' },
  { rule: 'level-without-updates', mutate: (p) => delete p.levels[1].update_every, at: 'id: crisis' },
  { rule: 'sla-order', mutate: (p) => (p.levels[1].respond_within = '3h'), at: 'respond_within: 3h' },
  { rule: 'level-unreachable', mutate: (p) => (p.triage[0].options[1].level = 'negative-comment'), at: 'id: crisis' },
  {
    rule: 'unused-variable',
    mutate: (p) => (p.responses[0].variables.order = { description: 'Order number' }),
    at: 'order:',
  },
  { rule: 'avoid-topic', mutate: (p) => (p.policies = { avoid_topics: ['Privado'] }), at: 'text: Hola' },
  { rule: 'unapproved-response', mutate: (p) => delete p.responses[0].approved_by, at: 'id: thanks' },
  {
    rule: 'control-character',
    mutate: (p) => (p.responses[0].text = 'Hola\x1b]0;x\x07 {{customer}}'),
    at: 'text: "Hola\\e',
  },
  {
    rule: 'control-character',
    mutate: (p) => {
      delete p.responses[0].text;
      p.responses[0].template = 't.hbs';
    },
    at: '',
    templates: { 't.hbs': 'Hola {{customer}}\nline\rforged\n' },
  },
  {
    rule: 'control-character',
    mutate: (p) => (p.responses[0].variables.customer.example = '@marta\x9b2J'),
    at: 'example: "@marta',
  },
  {
    rule: 'control-character',
    mutate: (p) => {
      p.brand.name = 'La Espiga\x07';
      p.responses[0].text = 'Hola {{customer}}, {{brand.name}}';
    },
    at: 'text: Hola {{customer}}, {{brand.name}}',
  },
  { rule: 'schema', mutate: (p) => (p.levels[0].severity = 'one'), at: 'severity: one' },
  { rule: 'schema', mutate: (p) => (p.contacts[0].colour = 'red'), at: 'colour: red' },
];

// Near misses: changes that look like the trigger but are fine.
const clean: Array<{ rule: string; mutate: Mutation; templates?: Record<string, string> }> = [
  {
    rule: 'duplicate-id',
    mutate: (p) => p.levels[1].steps.push({ id: 'reply', title: 'Same id as a step of another level' }),
  },
  { rule: 'unknown-reference', mutate: (p) => (p.contacts[0].backup = 'luis') },
  { rule: 'self-backup', mutate: (p) => delete p.contacts[0].backup },
  {
    rule: 'contact-unreachable',
    mutate: (p) => {
      delete p.contacts[0].phone;
      p.contacts[0].email = 'ana@example.org';
    },
  },
  {
    rule: 'template-missing',
    mutate: (p) => {
      delete p.responses[0].text;
      p.responses[0].template = 'sub/../t.hbs';
    },
    templates: { 'sub/../t.hbs': 'Hola {{customer}}' },
  },
  {
    rule: 'template-syntax',
    mutate: (p) => (p.responses[0].text = '{{#if customer}}Hola {{customer}}{{else}}Hola{{/if}}'),
  },
  {
    rule: 'undeclared-variable',
    mutate: (p) =>
      (p.responses[0].text =
        '{{#each brand.name}}{{this}}{{/each}}{{customer}} {{incident.summary}} {{channel.name}} {{@root.brand.name}}'),
  },
  { rule: 'apology-links', mutate: (p) => (p.responses[1].channels = ['blog']) },
  { rule: 'message-too-long', mutate: (p) => (p.responses[0].variables.customer.example = 'x'.repeat(150)) },
  { rule: 'missing-backup', mutate: (p) => delete p.contacts[0].backup && (p.levels[1].notify = ['luis']) },
  { rule: 'level-without-notify', mutate: (p) => delete p.levels[0].notify },
  { rule: 'level-without-updates', mutate: (p) => delete p.levels[0].update_every },
  { rule: 'sla-order', mutate: (p) => (p.levels[1].respond_within = '2h') },
  { rule: 'level-unreachable', mutate: (p) => delete p.triage },
  { rule: 'unused-variable', mutate: (p) => (p.responses[0].text = '{{#if customer}}Hola{{/if}}') },
  { rule: 'avoid-topic', mutate: (p) => (p.policies = { avoid_topics: ['priva'] }) },
  { rule: 'unapproved-response', mutate: (p) => (p.responses[0].approved_by = 'ana') },
  {
    rule: 'control-character',
    mutate: (p) => {
      delete p.responses[0].text;
      p.responses[0].template = 't.hbs';
    },
    templates: { 't.hbs': 'Hola {{customer}},\r\n\tgracias.\r\n' },
  },
  {
    rule: 'schema',
    mutate: (p) => {
      p['x-owner'] = 'marketing';
      p.contacts[0]['x-slack'] = '@ana';
    },
  },
];

describe('the minimal playbook of the format contract', () => {
  it('has no finding at all', () => {
    expect(lintData(minimal()).findings).toEqual([]);
  });
});

describe.each(triggers)('$rule is reported at "$at"', ({ rule, mutate, at, templates }) => {
  it('when triggered', () => {
    const playbook = minimal();
    mutate(playbook);
    const { findings, text } = lintData(playbook, templates);
    const hit = findings.find((f) => f.ruleId === rule);
    expect(hit, JSON.stringify(findings)).toBeDefined();
    expect(hit!.severity).toBe(RULE_TABLE.find((r) => r.id === rule)!.severity);
    if (hit!.file === 'crisis.yaml') expect(text.split('\n')[hit!.line - 1]).toContain(at);
    expect(hit!.column).toBeGreaterThan(0);
  });
});

describe.each(clean)('$rule stays quiet', ({ rule, mutate, templates }) => {
  it('on a near miss', () => {
    const playbook = minimal();
    mutate(playbook);
    const { findings } = lintData(playbook, templates);
    expect(findings.filter((f) => f.ruleId === rule)).toEqual([]);
  });
});

describe('the rule table', () => {
  it('is the contract: every rule has a case that triggers it and one that does not', () => {
    const ids = RULE_TABLE.map((r) => r.id).filter((id) => id !== 'yaml-syntax');
    for (const id of ids) {
      expect(
        triggers.some((c) => c.rule === id),
        id,
      ).toBe(true);
      expect(
        clean.some((c) => c.rule === id),
        id,
      ).toBe(true);
    }
    expect(RULE_TABLE).toHaveLength(20);
  });
});
