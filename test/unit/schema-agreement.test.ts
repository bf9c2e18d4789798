import { Ajv } from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { parsePlaybook } from '../../src/lint/lint-playbook.js';
import { playbookJsonSchema } from '../../src/model/json-schema.js';
import { url } from '../../src/model/schema.js';
import { minimal } from '../helpers.js';

// The JSON Schema an editor reads and the zod schema `crisis lint` runs must agree:
// ajv against lint's own schema findings, on generated plans. The schema says everything with
// patterns, no `format` (which each editor reads its own way); strict ajv refuses one unknown to it.
// patternErrorMessage is the editors' (the YAML language server's) sentence for a refused pattern.
const validate = new Ajv({ allErrors: true, strict: true, strictTypes: false, strictRequired: false })
  .addKeyword('patternErrorMessage')
  .compile(playbookJsonSchema());

/** Both verdicts on one YAML text, as an editor and `crisis lint` read it. */
function verdicts(plan: unknown) {
  const text = YAML.stringify(plan, { lineWidth: 0 });
  const parsed = parsePlaybook(new TextEncoder().encode(text));
  const ajv = validate(YAML.parse(text));
  return {
    ajv,
    lint: parsed.reports.length === 0,
    why: `${text}\najv: ${JSON.stringify(validate.errors)}\nlint: ${parsed.reports.map((r) => `${r.messageId} ${JSON.stringify(r.data)}`).join('\n')}`,
  };
}

const tricky = <T>(...values: T[]) => fc.constantFrom(...values);
const anyText = fc.oneof(fc.string({ maxLength: 12 }), tricky('', ' ', '\t', 'a', ' a ', '\u00a0', 'x\ny'));

// Within the 366-day bound: past it, only lint can tell (see the bound's own test below).
const durations = fc.oneof(
  fc
    .tuple(fc.nat(300), fc.nat(23), fc.nat(59))
    .map(([d, h, m]) => `${d ? `${d}d` : ''}${h ? `${h}h` : ''}${m || !(d || h) ? `${m}m` : ''}`),
  tricky(
    '15m',
    '2h',
    '1h30m',
    '1d',
    '0m',
    '0d0h',
    '00m',
    '007m',
    ' 2h',
    '2h ',
    '2 h',
    'h',
    'd',
    '1h30',
    '30',
    '1d2d',
    '1m1h',
    '',
    '1H',
    '٣h',
    '１h',
  ),
  fc.integer(),
);
const urls = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  tricky(
    'https://a.example',
    'http://a',
    'HTTPS://A.EXAMPLE',
    'https:foo',
    'https://',
    'ftp://a.example',
    'mailto:a@b.c',
    'javascript:alert(1)',
    'https://a b.example',
    'https://a.example/a b',
    'https://café.example/ñ',
    'https://a.example:8080/x',
    'https://a.example:99999',
    'https://[::1]/',
    'https://1.2.3.4/',
    'https://999.1.1.1/',
    'https://a..example',
    'https://-a.example',
    'https://a.example/\u0007',
    'https://user:pw@a.example',
    '//a.example',
    'https://a.example#x',
    'https://a.example?q=1',
  ),
  anyText,
);
const slugs = fc.oneof(
  tricky('ana', 'luis', 'a-b', '0', 'Ana', 'a_b', '-a', 'a b', '', 'ñu', 'constructor'),
  fc.string({ maxLength: 6 }),
);
const emails = fc.oneof(
  fc.emailAddress(),
  tricky(
    'a@b.co',
    'a@b',
    'a@b-.co',
    'a.@b.co',
    'a..b@c.co',
    'ana@localhost',
    'a b@c.de',
    '"a"@b.co',
    'ñ@b.co',
    '@b.co',
    'a@.co',
  ),
  anyText,
);
const phones = fc.oneof(
  tricky('+34 600 111 222', '600111222', '+1 (555) 010-9999', '12345', '+34', 'abc', '+34 600 111 222 ext 5'),
  anyText,
);
// Not `__proto__`: zod drops that key from any record unseen, which the section on ids named like
// JavaScript's own decides; here it would only repeat that finding.
const names = fc.oneof(
  tricky('customer', '_x', 'x-y', 'x-note', '1a', 'a b', '', 'ñ', 'constructor', 'toString'),
  fc.string({ maxLength: 6 }).filter((name) => name !== '__proto__'),
);
const extension = fc.oneof(
  fc.string({ maxLength: 5 }),
  fc.integer(),
  fc.constant(null),
  fc.dictionary(fc.string({ maxLength: 3 }), fc.string({ maxLength: 3 })),
);

type Plan = ReturnType<typeof minimal>;
type Mutation = (plan: Plan) => void;

/** Changes a generated plan may undergo: one field at a time, to values valid or not. */
const mutations: fc.Arbitrary<Mutation>[] = [
  durations.map((v) => (p) => void (p.levels[0].respond_within = v)),
  durations.map((v) => (p) => void (p.levels[1].steps[0].within = v)),
  durations.map((v) => (p) => void (p.departments = [{ id: 'ops', name: 'Ops', respond_within: v }])),
  urls.map((v) => (p) => void (p.brand.apology_url = v)),
  urls.map((v) => (p) => void (p.channels[1].url = v)),
  slugs.map((v) => (p) => void (p.contacts[0].backup = v)),
  slugs.map((v) => (p) => void (p.channels[0].id = v)),
  emails.map((v) => (p) => void (p.contacts[1].email = v)),
  phones.map((v) => (p) => void (p.contacts[0].phone = v)),
  anyText.map((v) => (p) => void (p.brand.name = v)),
  anyText.map((v) => (p) => void (p.responses[0].title = v)),
  anyText.map((v) => (p) => void (p.brand.hashtag = v)),
  tricky('2026-01-31', '2026-02-30', '2024-02-29', '2026-1-1', '26-01-01', 'today').map(
    (v) => (p) => void (p.responses[0].approved_on = v),
  ),
  fc
    .tuple(
      names,
      fc.constantFrom({ description: 'd' }, { description: '' }, { description: 'd', example: 'e' }, {}, 'x'),
    )
    .map(
      ([k, v]) =>
        (p) =>
          void Object.defineProperty(p.responses[0].variables, k, { value: v, enumerable: true }),
    ),
  fc
    .tuple(
      fc.string({ maxLength: 4 }).map((s) => `x-${s}`),
      extension,
    )
    .map(
      ([k, v]) =>
        (p) =>
          void (p.responses[0].variables[k] = v),
    ),
  fc
    .tuple(
      fc.string({ maxLength: 4 }).map((s) => `x-${s}`),
      extension,
    )
    .map(
      ([k, v]) =>
        (p) =>
          void (p.responses[0].variables.customer[k] = v),
    ),
  fc
    .tuple(
      fc.string({ maxLength: 4 }).map((s) => `x-${s}`),
      extension,
    )
    .map(
      ([k, v]) =>
        (p) =>
          void (p[k] = v),
    ),
  fc
    .tuple(
      fc.string({ maxLength: 4 }).map((s) => `x-${s}`),
      extension,
    )
    .map(
      ([k, v]) =>
        (p) =>
          void (p.contacts[0][k] = v),
    ),
  fc
    .record(
      {
        id: slugs,
        name: anyText,
        email: fc.option(emails, { nil: undefined }),
        reach: fc.option(fc.oneof(fc.integer(), fc.double()), { nil: undefined }),
      },
      { requiredKeys: ['id', 'name'] },
    )
    .map((v) => (p) => void (p.influencers = [v])),
  fc.tuple(slugs, anyText, fc.option(slugs, { nil: undefined })).map(
    ([id, description, response]) =>
      (p) =>
        void (p.brand.weaknesses = [{ id, description, ...(response && { response }) }]),
  ),
  fc.tuple(anyText, slugs).map(
    ([label, level]) =>
      (p) =>
        void (p.triage[0].options[0] = { label, level }),
  ),
  fc.constantFrom('influencers', 'people', '', 1).map((v) => (p) => void (p.levels[1].steps[0].involves = v)),
  fc.constantFrom(true, 'yes', 1, null).map((v) => (p) => void (p.levels[1].steps[0].optional = v)),
  fc.array(anyText, { maxLength: 2 }).map((v) => (p) => void (p.monitoring = { keywords: v, sources: v })),
  fc.constantFrom<Mutation>(
    (p) => delete p.responses[0].text,
    (p) => void (p.responses[0].template = 'templates/thanks.hbs'),
    (p) => void (delete p.responses[1].text, (p.responses[1].template = 'templates/apology.hbs')),
    (p) => void (p.responses[0].text = ''),
    (p) => delete p.brand.name,
    (p) => delete p.contacts[0].role,
    (p) => delete p.levels[1].respond_within,
    (p) => void (p.version = 2),
    (p) => void (p.version = '1'),
    (p) => void (p.channels = []),
    (p) => void (p.levels[0].severity = 1.5),
    (p) => void (p.levels[0].severity = '1'),
    (p) => void (p.channels[0].max_length = 0),
    (p) => void (p.channels[0].max_length = '280'),
    (p) => void (p.channels[0].format = 'medium'),
    (p) => void (p.responses[0].kind = 'thanks'),
    (p) => void (p.brand.unknown = 1),
    (p) => void (p.brand.timezone = 'Europe/Madrid'),
    (p) => void (p.brand.language = 'es-MX'),
    (p) => void (p.policies = { avoid_topics: ['politics'], compensation: { approval_by: 'luis' } }),
  ),
];

const plans = fc.array(fc.oneof(...mutations), { maxLength: 4 }).map((changes) => {
  const plan = minimal();
  for (const change of changes) {
    try {
      change(plan);
    } catch {
      // An earlier change took away what this one edits (a list emptied): the plan is still a case.
    }
  }
  return plan;
});

const RUNS = 1000;

describe('the JSON Schema and lint', () => {
  it(`accept and refuse the same plans (${RUNS} generated)`, () => {
    fc.assert(
      fc.property(plans, (plan) => {
        const { ajv, lint, why } = verdicts(plan);
        expect(ajv, why).toBe(lint);
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  // Four disagreements the two schemas once had, each as one plan both must judge alike.
  it.each<[string, (p: Plan) => void, boolean]>([
    ['an x- key among the variables', (p) => (p.responses[0].variables['x-note'] = 'for us'), true],
    ['both text and template', (p) => (p.responses[0].template = 'templates/thanks.hbs'), false],
    ['neither text nor template', (p) => delete p.responses[0].text, false],
    ['a duration of 1 hour and 30', (p) => (p.levels[0].respond_within = '1h30'), false],
    ['a duration of zero', (p) => (p.levels[0].respond_within = '0m'), false],
    ['an ftp statement URL', (p) => (p.brand.apology_url = 'ftp://laespiga.example/comunicado'), false],
    ['a statement URL with a space', (p) => (p.brand.apology_url = 'https://laespiga.example/un comunicado'), false],
    ['a blank name', (p) => (p.brand.name = '   '), false],
  ])('%s: both say %s', (_name, edit, valid) => {
    const plan = minimal();
    edit(plan);
    expect(verdicts(plan)).toMatchObject({ ajv: valid, lint: valid });
  });

  // Both need code or tables a pattern cannot carry; docs/playbook-format.md lists them.
  it.each<[string, (p: Plan) => void]>([
    ['a duration past 366 days', (p) => (p.levels[0].respond_within = '367d')],
    ['a host name of mixed scripts that no browser opens', (p) => (p.brand.apology_url = 'https://ꄀꅬࢢᔶ/comunicado')],
  ])("differ only on what a pattern cannot say: %s is lint's alone", (_name, edit) => {
    const plan = minimal();
    edit(plan);
    expect(verdicts(plan)).toMatchObject({ ajv: true, lint: false });
  });
});

describe('a web address lint accepts', () => {
  it(`is one a browser parses, with the host it shows (${RUNS} generated)`, () => {
    fc.assert(
      fc.property(urls, (value) => {
        if (typeof value !== 'string' || !url.safeParse(value).success) return;
        expect(URL.canParse(value), value).toBe(true);
        expect(new URL(value).protocol).toMatch(/^https?:$/);
      }),
      { numRuns: RUNS },
    );
  }, 60_000);
});
