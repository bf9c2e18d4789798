import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventOf } from '../../src/escalate/events.js';
import { paragraphs, renderStatement, StatementTemplateError } from '../../src/statement/render-statement.js';
import { summary, withoutSelfLink } from '../../src/statement/page-text.js';
import { earlyPage, pageMark, statementPage } from '../../src/statement/statement-page.js';
import { root, fixturePlan } from '../helpers.js';

// Miravista: x and instagram are short, facebook and web long; comunicado and aviso-corto are
// apologies, actualizacion an update, cierre a closing, agradecimiento an acknowledgement.
const playbook = fixturePlan('es-optica-miravista');
const template = readFileSync(join(root, 'templates/statement.html.hbs'), 'utf8');

type Published = EventOf<'published'>;
const post = (minute: number, response: string, channel: string, extra: Partial<Published> = {}): Published => ({
  type: 'published',
  at: new Date(Date.UTC(2026, 10, 22, 20, minute)).toISOString(),
  response,
  channel,
  text: `${response} on ${channel} at ${minute}`,
  edited: false,
  ...extra,
});
const page = (...published: Published[]) => statementPage(playbook, { published });
const texts = (...published: Published[]) => {
  const built = page(...published);
  return built && { statement: built.statement.text, updates: built.updates.map((u) => u.text) };
};

describe('which message is the statement', () => {
  it.each([
    ['none at all', [], undefined],
    ['a short apology alone (it links to the page)', [post(1, 'aviso-corto', 'x')], undefined],
    ['an update without a statement', [post(1, 'actualizacion', 'facebook')], undefined],
    ['a private message of an apology', [post(1, 'comunicado', 'facebook', { audience: 'private' })], undefined],
    ['a response the plan no longer has', [post(1, 'borrada', 'facebook')], undefined],
    ['a long apology', [post(1, 'comunicado', 'facebook')], 'comunicado on facebook at 1'],
    [
      'the latest of two long apologies (a correction)',
      [post(1, 'comunicado', 'facebook'), post(9, 'comunicado', 'web', { text: 'corrected' })],
      'corrected',
    ],
    [
      'the long one, even when a short apology came after it',
      [post(1, 'comunicado', 'web'), post(2, 'aviso-corto', 'x')],
      'comunicado on web at 1',
    ],
  ] as const)('%s', (_, published, expected) => {
    expect(texts(...published)?.statement).toBe(expected);
  });
});

describe('the updates since the statement', () => {
  it.each([
    [
      'newest first; only updates and closings after the statement, public ones',
      [
        post(0, 'actualizacion', 'x'),
        post(1, 'comunicado', 'facebook'),
        post(2, 'agradecimiento', 'x'),
        post(3, 'actualizacion', 'x', { text: 'first' }),
        post(4, 'actualizacion', 'x', { text: 'private', audience: 'private' }),
        post(5, 'actualizacion', 'x', { text: 'second' }),
        post(6, 'cierre', 'x', { text: 'closing' }),
      ],
      ['closing', 'second', 'first'],
    ],
    [
      "a step's messages on several channels are one update, in its long channel's words",
      [
        post(1, 'comunicado', 'facebook'),
        post(2, 'actualizacion', 'x', { step: 'update-1', text: 'short' }),
        post(2, 'actualizacion', 'facebook', { step: 'update-1', text: 'long' }),
        post(3, 'actualizacion', 'web', { step: 'update-1', text: 'long again' }),
      ],
      ['long'],
    ],
    [
      'one step used for every update: a channel that repeats starts the next one',
      [
        post(1, 'comunicado', 'facebook'),
        post(2, 'actualizacion', 'x', { step: 'update', text: 'one' }),
        post(2, 'actualizacion', 'web', { step: 'update', text: 'one, long' }),
        post(40, 'actualizacion', 'x', { step: 'update', text: 'two' }),
      ],
      ['two', 'one, long'],
    ],
    [
      'outside a step, a channel that repeats starts the next update',
      [
        post(1, 'comunicado', 'facebook'),
        post(2, 'actualizacion', 'x', { text: 'one, short' }),
        post(2, 'actualizacion', 'web', { text: 'one, long' }),
        post(3, 'actualizacion', 'x', { text: 'two' }),
      ],
      ['two', 'one, long'],
    ],
    [
      'outside a step, another channel more than ten minutes later is the next update',
      [
        post(1, 'comunicado', 'facebook'),
        post(2, 'actualizacion', 'x', { text: 'one' }),
        post(13, 'actualizacion', 'web', { text: 'two' }),
      ],
      ['two', 'one'],
    ],
    [
      'updates before a corrected statement are left to the statement they followed',
      [post(1, 'comunicado', 'facebook'), post(2, 'actualizacion', 'x'), post(3, 'comunicado', 'web')],
      [],
    ],
  ] as const)('%s', (_, published, expected) => {
    expect(texts(...published)?.updates).toEqual(expected);
  });

  it('marks the last message the page shows, so a page written before it is known to be out of date', () => {
    const built = page(post(1, 'comunicado', 'facebook'), post(2, 'agradecimiento', 'x'), post(3, 'cierre', 'x'))!;
    expect(pageMark(built)).toBe(2);
    expect(pageMark(page(post(1, 'comunicado', 'facebook'), post(2, 'agradecimiento', 'x'))!)).toBe(0);
  });
});

describe('paragraphs', () => {
  it.each([
    ['one line', ['one line']],
    ['a\nb', ['a\nb']],
    ['a\n\nb', ['a', 'b']],
    ['a\r\n \r\nb\n\n\n', ['a', 'b']],
    ['\n\n', []],
  ])('%j', (text, expected) => expect(paragraphs(text)).toEqual(expected));
});

describe('the rendered page', () => {
  const hostile = '<script>alert("x")</script> & \'quotes\' {{brand.name}} `tick`';
  const built = page(
    post(1, 'comunicado', 'facebook', { text: `${hostile}\n\nSecond paragraph` }),
    post(30, 'actualizacion', 'x', { text: hostile }),
  )!;
  // Times are written with no-break spaces, so a time never wraps across lines.
  const html = renderStatement(template, built, playbook).replaceAll('\u00a0', ' ');

  it('escapes every piece of incident text: no tag, quote or Handlebars expression gets through', () => {
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('Óptica Miravista &#x60;');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#x27;quotes&#x27; {{brand.name}}');
    // Twice on the page, and the statement's opening twice more in the link-preview tags.
    expect(html.match(/&lt;script&gt;/g)).toHaveLength(4);
  });

  it("speaks the plan's language, on the brand's clock (Madrid, not the machine's zone)", () => {
    expect(html).toContain('<html lang="es">');
    expect(html).toContain(
      'Publicado el <time datetime="2026-11-22T20:01:00.000Z">22 de noviembre de 2026 a las 21:01 CET</time>',
    );
    expect(html).toContain('<time datetime="2026-11-22T20:30:00.000Z">22 de noviembre de 2026 a las 21:30 CET</time>');
    expect(html).toContain('#MiravistaInforma');
  });

  it('has no external asset: no src, no link, no url(), no script', () => {
    expect(html).not.toMatch(/\ssrc=|<link|url\(|<script|@import/i);
  });

  it.each([
    ['{{statement.titel}}', 'statement.titel', 1, 2],
    ['<p>\n  {{brand.nmae}}</p>', 'brand.nmae', 2, 4],
    ['{{#each updates}}{{text}}{{when}}{{/each}}', 'when', 1, 27],
  ])('strict: %j is an error naming the field', (source, field, line, column) => {
    const thrown = (() => {
      try {
        renderStatement(source, built, playbook);
      } catch (error) {
        return error;
      }
    })() as StatementTemplateError;
    expect(thrown).toBeInstanceOf(StatementTemplateError);
    expect(thrown).toMatchObject({ field, problem: { line, column } });
    expect(thrown.fields).toEqual([
      'lang',
      'labels',
      'brand',
      'statement',
      'updates',
      'updated',
      'pending',
      'description',
    ]);
  });

  it.each([
    ['{{#if statment}}x{{/if}}', 'statment', 1, 6],
    ['{{#each updates}}{{#if paragraph}}x{{/if}}{{/each}}', 'paragraph', 1, 23],
    ['{{#with brand}}{{name}} {{hashtags}}{{/with}}', 'hashtags', 1, 26],
    ['{{#each updates}}{{../brand.nombre}}{{/each}}', '../brand.nombre', 1, 19],
    ['{{#unless (lookup nope "x")}}{{/unless}}', 'nope', 1, 18],
    ['<p>{{toString}}</p>', 'toString', 1, 5],
    ['{{brand.constructor}}', 'brand.constructor', 1, 2],
    ['{{#each updates}}{{lookup this "valueOf"}}{{/each}}', 'valueOf', 1, 31],
  ])('finds a missing field where strict mode would not print it: %j', (source, field, line, column) => {
    expect(() => renderStatement(source, built, playbook)).toThrow(
      expect.objectContaining({ field, problem: expect.objectContaining({ line, column }) }),
    );
  });

  it.each([
    '{{#each updates}}{{@index}} {{../brand.name}} {{time}} {{#each paragraphs}}{{this}}{{/each}}{{/each}}',
    '{{@root.brand.name}} {{#if updates}}{{updates.length}}{{else}}{{labels.updates}}{{/if}}',
    '{{#brand}}{{name}}{{/brand}} {{#with statement}}{{time}}{{/with}} {{lookup labels "title"}}',
    '{{#each labels}}{{@key}}={{this}}{{/each}}',
  ])('lets every real field through: %j', (source) => {
    const none = statementPage(playbook, { published: [post(1, 'comunicado', 'facebook')] })!;
    expect(() => renderStatement(source, none, playbook)).not.toThrow();
  });

  it('refuses a helper that does not exist, at its position', () => {
    expect(() => renderStatement('\n{{shout brand.name}}', built, playbook)).toThrow(StatementTemplateError);
  });
});

describe('an update on the page it links to', () => {
  const URL = 'https://northsidebakery.example/statement';
  it.each([
    [
      'drops the last sentence that points here, hashtag included',
      `Update: flour is back. The full story stays here: ${URL} #NorthsideUpdate`,
      'Update: flour is back.',
    ],
    ['drops the address standing as its own sentence', `Lamentamos el retraso. ${URL} #Info`, 'Lamentamos el retraso.'],
    ['after a line break', `Update: flour is back.\nMore: ${URL}`, 'Update: flour is back.'],
    ['keeps "6 p.m. on Monday" in its sentence', `We reopen at 6 p.m. on Monday, details at ${URL}`, undefined],
    ['keeps a one-sentence message whole', `Everything about it at ${URL} #Tag`, undefined],
    ['keeps an address followed by more words', `Read ${URL}. We post again at 18:00.`, undefined],
    ['keeps a message linking elsewhere', 'Update: done. Details: https://example.org/x #Tag', undefined],
  ])('%s', (_, text, expected) => expect(withoutSelfLink(text, URL)).toBe(expected ?? text));

  it('is left alone when the plan has no statement address', () =>
    expect(withoutSelfLink(`A. B ${URL}`, undefined)).toBe(`A. B ${URL}`));
});

describe('the summary link previews show', () => {
  it.each([
    ['  A short\n statement. ', 'A short statement.'],
    [`${'word '.repeat(60)}end`, `${'word '.repeat(39)}word…`],
  ])('%j', (text, expected) => expect(summary(text)).toBe(expected));
});

describe('the page before the statement', () => {
  it('is the public apologies, updates and closings so far, newest first; none while nothing public is out', () => {
    const early = earlyPage(playbook, {
      published: [
        post(1, 'aviso-corto', 'x', { text: 'short' }),
        post(2, 'agradecimiento', 'x'),
        post(3, 'actualizacion', 'x', { text: 'update', audience: 'private' }),
        post(4, 'actualizacion', 'facebook', { text: 'update' }),
      ],
    });
    expect(early?.updates.map((u) => u.text)).toEqual(['update', 'short']);
    expect(earlyPage(playbook, { published: [post(2, 'agradecimiento', 'x')] })).toBeUndefined();
  });

  it('renders: says the statement is to come, and shows each message without its link to the page', () => {
    const text =
      'Actualización: ya está. Seguimos informando en https://miravista.example/comunicado #MiravistaInforma';
    const early = earlyPage(playbook, { published: [post(4, 'actualizacion', 'x', { text })] })!;
    const html = renderStatement(template, early, playbook).replaceAll('\u00a0', ' ');
    expect(html).toContain('<p>Publicaremos el comunicado completo en esta página.');
    expect(html).toContain('<p>Actualización: ya está.</p>');
    expect(html).not.toContain('Seguimos informando en');
    expect(html).toContain('Actualizado el <time datetime="2026-11-22T20:04:00.000Z">');
    expect(html).not.toContain('Publicado el');
  });
});

describe('link previews and the hashtag', () => {
  const built = page(post(1, 'comunicado', 'facebook', { text: 'Pedimos disculpas por el retraso.\n\nMás.' }))!;
  const html = renderStatement(template, built, playbook);

  it('has the tags a link preview reads, from the statement and the plan', () => {
    for (const tag of [
      '<meta name="description" content="Pedimos disculpas por el retraso.">',
      '<meta property="og:type" content="article">',
      '<meta property="og:title" content="Óptica Miravista: Comunicado">',
      '<meta property="og:description" content="Pedimos disculpas por el retraso.">',
      '<meta property="og:url" content="https://miravista.example/comunicado">',
    ])
      expect(html).toContain(tag);
  });

  it('describes the page by its first sentence, past a heading line that only repeats the title', () => {
    const headed = page(
      post(1, 'comunicado', 'facebook', { text: 'Comunicado de Óptica Miravista\n\nPedimos disculpas.\n\nMás.' }),
    )!;
    expect(renderStatement(template, headed, playbook)).toContain(
      '<meta name="description" content="Pedimos disculpas.">',
    );
    const untitled = page(post(1, 'comunicado', 'facebook', { text: 'Sin punto\n\nTampoco' }))!;
    expect(renderStatement(template, untitled, playbook)).toContain('<meta name="description" content="Sin punto">');
  });

  it('leaves og:url out when the plan has no statement address', () => {
    const plain = { ...playbook, brand: { ...playbook.brand, apology_url: undefined } };
    expect(renderStatement(template, built, plain)).not.toContain('og:url');
  });

  it('does not dress the hashtag as a link: it is no link', () => {
    const rule = /\.hashtag \{([^}]*)\}/.exec(html)?.[1];
    expect(rule).toBeDefined();
    expect(rule).not.toMatch(/(^|[\s;])color:|text-decoration/);
    expect(html).not.toMatch(/<a [^>]*>#MiravistaInforma/);
  });
});
