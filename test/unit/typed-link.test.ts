import { describe, expect, it } from 'vitest';
import { linkInText, readLink, readLinks } from '../../src/model/typed-link.js';

// A link as a person types it: copied without its scheme, it is still the link (never an empty
// answer); what is no link is told apart, so the question can ask again.

describe('a link typed by a person', () => {
  it.each([
    ['https://x.com/eva/status/5', 'https://x.com/eva/status/5'],
    ['  HTTP://Example.com/a  ', 'HTTP://Example.com/a'],
    ['x.com/eva/status/5', 'https://x.com/eva/status/5'],
    ['www.instagram.com/p/zz', 'https://www.instagram.com/p/zz'],
    ['instagram.com/p/zz?igsh=1', 'https://instagram.com/p/zz?igsh=1'],
    ['facebook.com', 'https://facebook.com'],
    ['192.168.1.20:8080/x', 'https://192.168.1.20:8080/x'],
    ['', undefined],
    ['not a url', undefined],
    ['hola', undefined],
    ['e.g.', undefined],
    ['v1.2', undefined],
    ['http//x.com/a', undefined],
    ['ftp://x.com/a', undefined],
    ['javascript:alert(1)', undefined],
    ['x.com/a b', undefined],
  ])('"%s" reads as %s', (text, expected) => {
    expect(readLink(text)).toBe(expected);
  });

  it.each([
    [
      'x.com/miravista/status/9 www.instagram.com/p/zz',
      { links: ['https://x.com/miravista/status/9', 'https://www.instagram.com/p/zz'] },
    ],
    ['', { links: [] }],
    ['not a url', { links: [], refused: 'not' }],
    ['https://x.com/a y https://fb.com/b', { links: ['https://x.com/a'], refused: 'y' }],
  ])('the answer "%s" reads as %j', (text, expected) => {
    expect(readLinks(text)).toEqual(expected);
  });

  it.each([
    ['Queja (https://x.com/a/status/1).', 'https://x.com/a/status/1'],
    ['Queja viral x.com/ana/status/1, en X', 'https://x.com/ana/status/1'],
    ['Caída de miravista.es', undefined],
    ['Nota 12.5/10', undefined],
  ])('the link in "%s" is %s', (text, expected) => {
    expect(linkInText(text)?.link).toBe(expected);
  });
});
