import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scriptedPrompter } from '../scripted-prompter.js';
import { translator, type Lang } from '../../src/i18n/index.js';
import { defaultAnswers, type InitAnswers } from '../../src/init/answers.js';
import { buildPlan, PLAN_FILE } from '../../src/init/build-plan.js';
import { emailFor, forBrand, hashtagFor, withRolesAsPeople } from '../../src/init/for-brand.js';
import { languageTag } from '../../src/init/language-tag.js';
import { canonicalZone } from '../../src/init/time-zone.js';
import { interview, validators } from '../../src/init/interview.js';
import type { TemplateFile } from '../../src/lint/rule-context.js';
import { lintPlaybook, parsePlaybook } from '../../src/lint/lint-playbook.js';
import { examplePeopleDetails } from '../example-people.js';
import { root } from '../helpers.js';

const EXAMPLE = { es: 'es-optica-miravista', en: 'en-northside-bakery' } as const;

function defaults(lang: Lang): InitAnswers {
  const parsed = parsePlaybook(readFileSync(join(root, 'playbooks', EXAMPLE[lang], 'crisis.yaml')));
  return defaultAnswers(parsed.playbook!, lang);
}

/** A plan as a person answers it: their own people, and an agency. */
function answered(lang: Lang): InitAnswers {
  return {
    ...forBrand(defaults(lang), 'Horno Sol'),
    manager: { name: 'Ana Ruiz', role: 'Community manager', phone: '+353 85 000 0001', email: 'ana@hornosol.example' },
    director: { name: 'Ben Cole', role: 'Owner', phone: '', email: 'ben@hornosol.example' },
    agency: { organization: 'Luz PR', name: 'Eva Mar', role: 'Account manager', phone: '', email: 'eva@luz.example' },
  };
}

function lintFiles(files: Map<string, string>) {
  const templateFiles = new Map<string, TemplateFile>(
    [...files].filter(([p]) => p.endsWith('.hbs')).map(([path, text]) => [path, { file: path, text }]),
  );
  return lintPlaybook({
    file: PLAN_FILE,
    parsed: parsePlaybook(new TextEncoder().encode(files.get(PLAN_FILE)!)),
    templateFiles,
  });
}

const variants: Array<[string, (a: InitAnswers) => InitAnswers]> = [
  ['the defaults', (a) => a],
  ['no agency', (a) => ({ ...a, agency: undefined })],
  ['the agency standing in for the manager', (a) => ({ ...a, managerBackup: 'agency' })],
  ['only short channels', (a) => ({ ...a, channels: a.channels.filter((c) => c.format === 'short') })],
  ['only long channels', (a) => ({ ...a, channels: a.channels.filter((c) => c.format === 'long') })],
  ['a name with quotes and a colon', (a) => ({ ...a, name: 'Café "El Sol": desde 1990' })],
  ['no topics to avoid', (a) => ({ ...a, avoidTopics: [] })],
  ['manager and director with one name', (a) => ({ ...a, director: { ...a.director, name: a.manager.name } })],
  ['a contact with email only', (a) => ({ ...a, manager: { ...a.manager, phone: '' } })],
];

describe.each(['es', 'en'] as const)('the plan init writes in %s', (lang) => {
  it.each(variants)('with %s lints with no error', (_, change) => {
    const files = buildPlan(change(answered(lang)), '{}\n');
    const errors = lintFiles(files).filter((f) => f.severity === 'error');
    expect(errors).toEqual([]);
  });

  it('has the modeline first, comments in its language, and the three templates it references', () => {
    const files = buildPlan(answered(lang), '{}\n');
    const yaml = files.get(PLAN_FILE)!;
    expect(yaml.split('\n')[0]).toBe('# yaml-language-server: $schema=./playbook.schema.json');
    expect(yaml).toContain(`# ${translator(lang)('init.yaml.levels')}`);
    const templates = {
      es: ['aviso-corto', 'aviso-interno', 'comunicado'],
      en: ['internal-brief', 'short-apology', 'statement'],
    }[lang].map((id) => `templates/${id}.hbs`);
    expect([...files.keys()].sort()).toEqual(['crisis.yaml', 'playbook.schema.json', ...templates]);
  });

  it("lints without a single finding, with or without an agency (the README's --max-warnings 0)", () => {
    expect(lintFiles(buildPlan(answered(lang), '{}\n'))).toEqual([]);
    expect(lintFiles(buildPlan({ ...answered(lang), agency: undefined }, '{}\n'))).toEqual([]);
    expect(lintFiles(buildPlan(withRolesAsPeople(forBrand(defaults(lang), 'Horno Sol')), '{}\n'))).toEqual([]);
  });
});

describe('a Spanish plan', () => {
  it("uses the Spanish example's ids wherever it has the same part, and no English one", () => {
    const plan = parsePlaybook(new TextEncoder().encode(buildPlan(answered('es'), '{}\n').get(PLAN_FILE)!)).playbook!;
    const example = parsePlaybook(readFileSync(join(root, 'playbooks', EXAMPLE.es, 'crisis.yaml'))).playbook!;
    const ids = (items: Array<{ id: string }> = []) => items.map((item) => item.id);
    const steps = (p: typeof plan) => p.levels.flatMap((level) => ids(level.steps));
    const vars = (p: typeof plan) => p.responses.map((r) => `${r.id}: ${Object.keys(r.variables ?? {}).join(', ')}`);
    expect(ids(plan.levels)).toEqual(ids(example.levels));
    expect(ids(example.responses)).toEqual(expect.arrayContaining(ids(plan.responses)));
    expect(vars(example)).toEqual(expect.arrayContaining(vars(plan)));
    expect(steps(example)).toEqual(expect.arrayContaining(steps(plan)));
    expect(ids(example.triage)).toEqual(expect.arrayContaining(ids(plan.triage)));
  });
});

describe('the phone question', () => {
  it.each([
    ['1', 'too short'],
    ['+34 6', 'too short'],
    ['call me', 'Use digits'],
    ['+34 600 111 222', true],
    ['', true],
  ])('says of %j: %s', (value, said) => {
    const verdict = validators(translator('en')).phone(value);
    if (said === true) expect(verdict).toBe(true);
    else expect(verdict).toContain(said);
  });

  it('says it in Spanish too', () => {
    expect(validators(translator('es')).phone('1')).toContain('demasiado corto');
  });
});

describe('the interview', () => {
  const t = translator('en');
  // In order: name, time zone, channels, statement URL, hashtag, manager ×4, director ×4, agency?, then deadlines ×3, topics.
  const answers = [
    'Crumbs & Co',
    'America/Toronto',
    ['x', 'web'],
    'https://crumbs.example/statement',
    '#CrumbsNews',
    'Ana Ruiz',
    'Community manager',
    '+44 7700 900001',
    '',
    'Ben Cole',
    'Owner',
    '',
    'ben@crumbs.example',
    false,
    '3h',
    '45m',
    '20m',
    'politics, religion',
  ];

  it('collects a plan that lints clean', async () => {
    const prompter = scriptedPrompter(answers);
    const result = await interview(prompter, defaults('en'), t, {});
    expect(result).toMatchObject({
      name: 'Crumbs & Co',
      timezone: 'America/Toronto',
      channels: [{ id: 'x' }, { id: 'web' }],
      manager: { name: 'Ana Ruiz', phone: '+44 7700 900001', email: '' },
      director: { name: 'Ben Cole', phone: '', email: 'ben@crumbs.example' },
      agency: undefined,
      deadlines: { negative: '3h', possible: '45m', crisis: '20m' },
      avoidTopics: ['politics', 'religion'],
    });
    expect(lintFiles(buildPlan(result, '{}\n'))).toEqual([]);
    expect(prompter.asked).toHaveLength(answers.length);
  });

  it('skips the name when --name gave it; each email defaults to the person at the business domain', async () => {
    // Time zone, channels, URL, hashtag; each person's name, role, phone, email; agency; deadlines ×3; topics.
    const script = [
      ...[undefined, undefined, 'https://crumbs.ie/statement', undefined],
      ...['Aoife Byrne', undefined, undefined, undefined],
      ...['Ciara Ní Bhriain', undefined, undefined, undefined],
      ...Array(5).fill(undefined),
    ];
    const result = await interview(scriptedPrompter(script), defaults('en'), t, { name: 'Crumbs' });
    expect(result).toEqual({
      ...forBrand(defaults('en'), 'Crumbs'),
      apologyUrl: 'https://crumbs.ie/statement',
      manager: { name: 'Aoife Byrne', role: 'Community manager', phone: '', email: 'aoife@crumbs.ie' },
      director: { name: 'Ciara Ní Bhriain', role: 'Owner', phone: '', email: 'ciara@crumbs.ie' },
    });
  });

  it('offers a severe level no more time than the milder one just answered', async () => {
    const script: unknown[] = [...answers];
    script.splice(14, 3, '20m', undefined, undefined);
    const result = await interview(scriptedPrompter(script), defaults('en'), t, {});
    expect(result.deadlines).toEqual({ negative: '20m', possible: '20m', crisis: '20m' });
    expect(lintFiles(buildPlan(result, '{}\n'))).toEqual([]);
  });

  it("writes the canonical name of a time zone typed in lower case, and its country's language tag", async () => {
    const script = [...answers];
    script[1] = 'europe/dublin';
    const plan = buildPlan(await interview(scriptedPrompter(script), defaults('en'), t, {}), '{}\n').get(PLAN_FILE)!;
    expect(plan).toMatch(/^ {2}language: en-IE\n {2}timezone: Europe\/Dublin$/m);
  });

  it.each([
    ['en', 'CET', 'en-GB'],
    ['es', 'cet', 'es-ES'],
  ] as const)('%s: keeps %j typed at the time zone question, and no Belgian language tag', async (lang, zone, tag) => {
    const script = [...answers];
    script[1] = zone;
    const plan = buildPlan(await interview(scriptedPrompter(script), defaults(lang), t, {}), '{}\n').get(PLAN_FILE)!;
    expect(plan).toMatch(new RegExp(`^ {2}language: ${tag}\n {2}timezone: CET$`, 'm'));
  });

  it.each([
    [0, 'Horno\nSol', /one line/],
    [1, 'Madrid', /Region\/City/],
    [1, 'Europe/Madird', /Region\/City/],
    [3, 'crumbs.example', /https:\/\//],
    [4, 'Crumbs News', /starts with #/],
    [7, '600-abc', /digits/],
    [12, '', /phone or an email/],
    [15, 'soon', /15m, 2h/],
    [15, '4h', /at most 3h, the deadline of "Negative comment"/],
    [16, '1h', /at most 45m, the deadline of "Possible crisis"/],
    [2, [], /at least one channel/],
  ])('refuses answer %i = %j on the spot', async (index, bad, message) => {
    const script = [...answers];
    script[index] = bad;
    await expect(interview(scriptedPrompter(script), defaults('en'), t, {})).rejects.toThrow(message);
  });
});

describe("a new plan holds nothing of the bundled examples' people", () => {
  const details = examplePeopleDetails();

  it('has read a detail of each kind from the examples', () => {
    expect(details).toEqual(
      expect.arrayContaining(['priya@', '+34 611 222 333', 'Green Nutrition Ltd', 'Consultant dietitian']),
    );
  });

  it.each(['es', 'en'] as const)(
    '%s: with names typed and every other answer the default, an agency included',
    async (lang) => {
      // Name, zone, channels, URL, hashtag; manager ×4; director ×4; agency? org, name, role, phone, email;
      // who stands in; deadlines ×3; topics.
      const script = [
        ...['Crumbs', 'America/Mexico_City', undefined, undefined, undefined],
        ...['Aoife Byrne', undefined, undefined, undefined],
        ...['Ciara Doyle', undefined, undefined, undefined],
        ...[true, 'Luz PR', 'Lupita Reyes', undefined, undefined, 'lupita@luzpr.example'],
        ...Array(5).fill(undefined),
      ];
      const prompter = scriptedPrompter(script);
      const answers = await interview(prompter, defaults(lang), translator(lang), {});
      expect(prompter.asked).toHaveLength(script.length);
      const plan = buildPlan(answers, '{}\n').get(PLAN_FILE)!;
      expect(details.filter((detail) => plan.includes(detail))).toEqual([]);
      expect(plan).toContain('email: "aoife@crumbs.example"');
      expect(lintFiles(buildPlan(answers, '{}\n')).filter((f) => f.severity === 'error')).toEqual([]);
    },
  );
});

describe('a plan for another business than the example', () => {
  it('moves the statement page and hashtag to a domain made from the name; --yes puts roles at it', () => {
    const plan = withRolesAsPeople(forBrand(defaults('es'), 'Panadería Sol'));
    expect([plan.apologyUrl, plan.hashtag, plan.manager, plan.director, plan.agency]).toEqual([
      'https://panaderia-sol.example/comunicado',
      '#PanaderíaSol',
      {
        name: 'Community manager',
        role: 'Community manager',
        phone: '',
        email: 'community-manager@panaderia-sol.example',
      },
      { name: 'Gerente', role: 'Gerente', phone: '', email: 'gerente@panaderia-sol.example' },
      undefined,
    ]);
    expect(JSON.stringify(buildPlan(plan, '{}\n').get(PLAN_FILE))).not.toMatch(/miravista/i);
  });

  it.each([
    ['Aoife Byrne', 'https://crumbs.ie/statement', 'aoife@crumbs.ie'],
    ['  Lupita  ', 'https://tacos-lupita.mx/aviso', 'lupita@tacos-lupita.mx'],
    ['Íñigo Ruiz', 'https://horno.example:8080/x', 'inigo@horno.example'],
    ['', 'https://crumbs.ie/statement', ''],
    ['Ana', 'not a url', ''],
  ])('makes the email of %j at %s: %j', (name, url, email) => expect(emailFor(name, url)).toBe(email));

  it('keeps the example as it is under its own name', () => {
    expect(forBrand(defaults('en'), defaults('en').name)).toEqual(defaults('en'));
  });

  it.each([
    ['Crumbs & Co', '#CrumbsCo'],
    ['café del mar', '#CaféDelMar'],
    ['!!!', '#News'],
  ])('makes a hashtag of %j: %s', (name, tag) => expect(hashtagFor(name, 'en')).toBe(tag));
});

describe('the language tag of a new plan', () => {
  it.each([
    ['es', 'Europe/Madrid', 'es-ES'],
    ['es', 'America/Mexico_City', 'es-MX'],
    ['en', 'Europe/London', 'en-GB'],
    ['en', 'America/Toronto', 'en-CA'],
    ['en', 'UTC', 'en-GB'],
    ['en', 'US/Eastern', 'en-US'],
    ['en', 'Europe/Brussels', 'en-BE'],
    // Abbreviations and offsets are shared by many countries: the example's region, not their link's.
    ['es', 'CET', 'es-ES'],
    ['en', 'EET', 'en-GB'],
    ['es', 'EST5EDT', 'es-ES'],
    ['en', 'Etc/GMT+1', 'en-GB'],
  ] as const)('%s in %s is %s', (lang, zone, tag) => expect(languageTag(lang, zone)).toBe(tag));
});

describe('the time zone a new plan names', () => {
  it.each([
    ['europe/dublin', 'Europe/Dublin'],
    ['CET', 'CET'],
    [' cet ', 'CET'],
    ['us/eastern', 'US/Eastern'],
    ['Asia/Calcutta', 'Asia/Calcutta'],
    ['Madrid', undefined],
  ])('%j is written %j: as typed, in the IANA spelling', (typed, written) =>
    expect(canonicalZone(typed)).toBe(written),
  );
});
