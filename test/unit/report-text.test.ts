import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { linkParts, safeHref } from '../../src/report/link-text.js';
import { markdownBlock, markdownInline } from '../../src/report/markdown-text.js';

describe('safeHref: only http and https become links', () => {
  it.each([
    ['https://x.com/ana_lopez/status/1', 'https://x.com/ana_lopez/status/1'],
    ['http://example.com', 'http://example.com/'],
    ['  https://example.com/a b"c<d>  ', 'https://example.com/a%20b%22c%3Cd%3E'],
    ['HTTPS://EXAMPLE.COM/X', 'https://example.com/X'],
    ['javascript:alert(1)', undefined],
    ['JaVaScRiPt:alert(1)', undefined],
    ['java\nscript:alert(1)', undefined],
    ['\tjavascript:alert(1)', undefined],
    ['data:text/html,<script>alert(1)</script>', undefined],
    ['vbscript:msgbox(1)', undefined],
    ['mailto:ana@example.com', undefined],
    ['tel:+34611222333', undefined],
    ['file:///etc/passwd', undefined],
    ['//evil.example/x', undefined],
    ['/relative/path', undefined],
    ['x.com/ana', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%j → %j', (text, expected) => {
    expect(safeHref(text)).toBe(expected);
  });
});

describe('linkParts: addresses inside a text', () => {
  it.each([
    ['no link here', [{ text: 'no link here' }]],
    ['', [{ text: '' }]],
    [
      'See https://a.example/x. Thanks',
      [{ text: 'See ' }, { text: 'https://a.example/x', href: 'https://a.example/x' }, { text: '. Thanks' }],
    ],
    [
      '(https://a.example/x) <https://b.example>',
      [
        { text: '(' },
        { text: 'https://a.example/x', href: 'https://a.example/x' },
        { text: ') <' },
        { text: 'https://b.example', href: 'https://b.example/' },
        { text: '>' },
      ],
    ],
    ['javascript:alert(1) data:x mailto:a@b.c', [{ text: 'javascript:alert(1) data:x mailto:a@b.c' }]],
    [
      '"https://a.example/"onmouseover="x"',
      [{ text: '"' }, { text: 'https://a.example/', href: 'https://a.example/' }, { text: '"onmouseover="x"' }],
    ],
  ])('%j', (text, parts) => {
    expect(linkParts(text)).toEqual(parts);
    expect(
      linkParts(text)
        .map((p) => p.text)
        .join(''),
    ).toBe(text);
  });
});

const md = new MarkdownIt({ html: true });
/** What a CommonMark (+ GFM tables) renderer makes of a text put in a paragraph: the tokens inside it. */
const inlineTokens = (source: string) => md.parse(source, {}).flatMap((token) => [token, ...(token.children ?? [])]);

describe('Markdown escaping: incident text stays text', () => {
  it.each([
    ['a | b', 'a \\| b'],
    ['# not a heading', '\\# not a heading'],
    ['> not a quote', '\\> not a quote'],
    ['- not a list', '\\- not a list'],
    ['1. not a list', '1\\. not a list'],
    ['<script>alert(1)</script>', '\\<script>alert(1)\\</script>'],
    ['[click](javascript:alert(1))', '\\[click\\](javascript:alert(1))'],
    ['![img](https://a.example/x.png)', '!\\[img\\](<https://a.example/x.png>)'],
    ['*bold* _it_ ~~del~~ `code`', '\\*bold\\* \\_it\\_ \\~\\~del\\~\\~ \\`code\\`'],
    ['@ana_lopez and snake_case stay', '@ana_lopez and snake_case stay'],
    ['&amp; &#60; and a plain & stays', '\\&amp; \\&#60; and a plain & stays'],
    ['Problem ##', 'Problem \\##'],
    ['back\\slash', 'back\\\\slash'],
    ['two\nlines\r\nin a cell', 'two lines in a cell'],
    [
      'Lamentamos: https://miravista.example/comunicado #Miravista',
      'Lamentamos: <https://miravista.example/comunicado> #Miravista',
    ],
    ['sábado, 22 nov 2026, 21:05', 'sábado, 22 nov 2026, 21:05'],
  ])('%j → %j', (text, expected) => {
    expect(markdownInline(text)).toBe(expected);
  });

  it.each([
    '<script>alert(1)</script>',
    '<b onclick="x">bold</b> <img src=x onerror=alert(1)>',
    '<!-- comment --> <?php ?> <![CDATA[x]]>',
    '[click](javascript:alert(1)) [ref]: javascript:alert(1)',
    '<javascript:alert(1)> <mailto:a@b.c>',
    '# h\n\n<div>\nblock\n</div>\n\n    code\n---\n===\n| a | b |\n| - | - |',
  ])('%j renders with no HTML, link, heading or table of its own', (text) => {
    for (const escaped of [markdownInline(text), markdownBlock(text)]) {
      const types = new Set(inlineTokens(escaped).map((token) => token.type));
      for (const type of ['html_inline', 'html_block', 'link_open', 'heading_open', 'table_open', 'code_block', 'hr'])
        expect(types, `${type} in ${JSON.stringify(escaped)}`).not.toContain(type);
    }
  });

  it('keeps the lines and paragraphs of a block, with hard breaks and no double blank line', () => {
    expect(markdownBlock('Hi Lauren,\n    We are sorry.\n\n\n\n# Not a heading\n')).toBe(
      'Hi Lauren,  \nWe are sorry.\n\n\\# Not a heading',
    );
    const html = md.render(markdownBlock('one\ntwo\n\nthree'));
    expect(html).toBe('<p>one<br>\ntwo</p>\n<p>three</p>\n');
  });
});
