import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFeed, type FeedItem } from '../../src/watch/feed-items.js';
import { findMentions } from '../../src/watch/find-mentions.js';
import type { Mention } from '../../src/watch/mention.js';
import { judgeSpike, needsAttention } from '../../src/watch/spike.js';
import { root } from '../helpers.js';

const fixture = (name: string) => readFileSync(join(root, 'test/fixtures/feeds', name), 'utf8');
const items = (name: string): FeedItem[] => {
  const reading = readFeed(fixture(name));
  if ('problem' in reading) throw new Error(JSON.stringify(reading.problem));
  return reading.items;
};

describe('readFeed: the real shapes of the feeds a business watches', () => {
  it('Google Alerts (Atom): the text of its HTML title, and the article behind its redirect', () => {
    expect(items('google-alerts.atom.xml')[0]).toEqual({
      id: 'tag:google.com,2013:googlealerts/feed:10511046313926398391',
      link: 'https://noticias.example/valencia/quejas-optica-miravista',
      title: 'Quejas por los retrasos de la Óptica Miravista en Valencia',
      text: 'Varios clientes de la óptica Miravista denuncian en redes que sus gafas progresivas llevan tres semanas de retraso y que nadie les contesta ...',
      published: '2026-12-07T08:41:03.000Z',
    });
  });

  it('Mastodon (RSS 2.0, HTML content, no title): the words of the post, hashtags included', () => {
    const [first] = items('mastodon-tag.rss.xml');
    expect(first).toMatchObject({
      id: 'https://mastodon.example/@lucia/113612345678901234',
      link: 'https://mastodon.example/@lucia/113612345678901234',
      published: '2026-12-07T08:12:45.000Z',
    });
    expect(first?.title).toBeUndefined();
    expect(first?.text).toBe(
      'Tres semanas esperando mis gafas en #Miravista y nadie contesta al teléfono. ¿Alguien más? 😤\n\nLo de las lentillas agotadas ya es el colmo…',
    );
  });

  it('Reddit search (Atom): author, title and the self-post as text', () => {
    const [first] = items('reddit-search.atom.xml');
    expect(first).toMatchObject({
      id: 't3_1h8abcd',
      author: '/u/gafitas_vlc',
      title: 'Problemas con Óptica Miravista',
    });
    // The post's words only: Reddit's "submitted by /u/… [link] [comments]" is the site's, not the person's.
    expect(first?.text).toBe(
      '¿Alguien ha tenido problemas con Óptica Miravista? Me cobraron las progresivas hace un mes y sigo sin ellas.',
    );
  });

  it("YouTube (Atom): a video's words are its media:description, read as plain text", () => {
    expect(items('youtube-channel.atom.xml').map((item) => [item.id, item.title, item.text])).toEqual([
      [
        'yt:video:Qm1rAv1sTa0',
        'Un sábado por Ruzafa',
        'Paseo por el mercado, café en la plaza y gafas nuevas en Óptica Miravista.\nMúsica: Paseo & Sol (CC-BY) <3',
      ],
      [
        'yt:video:Zx9Lent1ll4',
        'Mi experiencia con Miravista',
        'Tres semanas sin mis lentillas: agotadas, y la web decía que había.',
      ],
      ['yt:video:Pa3llA0v1d0', 'La mejor paella de la Malvarrosa', 'Probamos tres arrocerías frente al mar.'],
    ]);
    const found = findMentions(items('youtube-channel.atom.xml'), FEED, SETTINGS, SEEN, new Set());
    expect(found.map((m) => [m.id, m.flags])).toEqual([
      ['yt:video:Qm1rAv1sTa0', []],
      ['yt:video:Zx9Lent1ll4', ['agotadas']],
    ]);
  });

  it('hnrss (RSS with dc:creator), a JSON Feed and RSS 1.0 (RDF)', () => {
    expect(items('hnrss.rss.xml')[0]).toMatchObject({
      id: 'https://news.ycombinator.com/item?id=42345678',
      author: 'breadfan',
      title: 'Show HN: I mapped every allergy incident at Northside Bakery',
    });
    expect(items('json-feed.json').map((item) => [item.id, item.author, item.published])).toEqual([
      ['https://neighbours.example/comments/8812', 'Priya', '2026-12-07T07:30:00.000Z'],
      ['https://neighbours.example/comments/8813', 'Tom', '2026-12-07T07:45:00.000Z'],
    ]);
    expect(items('json-feed.json')[0]?.text).toBe(
      'Bought the Northside Bakery birthday cake on Saturday & it was collected two hours late. Wrong cake too!',
    );
    expect(items('rss1.rdf.xml')[0]).toMatchObject({
      id: 'https://forum.example/t/4410',
      author: 'vecina_ruzafa',
      published: '2026-12-07T05:15:00.000Z',
      text: 'Busco una óptica seria. He leído lo de MIRAVISTA y la competencia…',
    });
  });

  it.each([
    ['html-page.html', { reason: 'notFeed' }],
    ['malformed.xml', { reason: 'malformed', line: 3 }],
    ['external-entity.xml', { reason: 'externalEntity' }],
  ])('%s is no feed it reads: %j', (name, problem) => {
    expect(readFeed(fixture(name))).toMatchObject({ problem });
  });

  it('never expands an entity the document declares: a billion laughs stays as written', () => {
    const [first] = items('billion-laughs.xml');
    expect(first?.title).toBe('Miravista &lol9;');
  });

  it('says a well-formed document that is no feed is none', () => {
    expect(readFeed('<html><body>hi</body></html>')).toEqual({ problem: { reason: 'notFeed' } });
    expect(readFeed('{"title": "not a feed"}')).toEqual({ problem: { reason: 'notFeed' } });
  });
});

const SETTINGS = { terms: ['Miravista', '#Miravista'], flagTerms: ['competencia', 'agotadas'] };
const FEED = { name: 'Mastodon', url: 'https://mastodon.example/tags/miravista.rss' };
const SEEN = '2026-12-07T09:00:00.000Z';

describe('findMentions', () => {
  it('keeps the items that name the brand, flags those about a topic to avoid or a weakness', () => {
    const found = findMentions(items('mastodon-tag.rss.xml'), FEED, SETTINGS, SEEN, new Set());
    expect(found.map((m) => [m.id.slice(-6), m.terms, m.flagged, m.flags])).toEqual([
      ['901234', ['Miravista', '#Miravista'], true, ['agotadas']],
      ['000000', ['Miravista', '#Miravista'], false, []],
    ]);
    expect(found[0]).toMatchObject({ feed: 'Mastodon', feedUrl: FEED.url, seen: SEEN });
  });

  it('ignores case and accents, but not part of a word', () => {
    const item = (text: string): FeedItem => ({ id: text, text });
    const found = findMentions(
      [item('MIRAVÍSTA abre'), item('miravistas'), item('la competencia y Miravista')],
      FEED,
      SETTINGS,
      SEEN,
      new Set(),
    );
    expect(found.map((m) => [m.id, m.flagged])).toEqual([
      ['MIRAVÍSTA abre', false],
      ['la competencia y Miravista', true],
    ]);
  });

  it('leaves out what is stored already, an item twice in one feed, and an item with no id nor link', () => {
    const found = findMentions(
      [
        { id: 'old', text: 'Miravista' },
        { id: 'new', text: 'Miravista' },
        { id: 'new', text: 'Miravista again' },
        { text: 'Miravista' },
        { link: 'https://x.example/constructor', text: 'Miravista' },
      ],
      FEED,
      SETTINGS,
      SEEN,
      new Set(['old']),
    );
    expect(found.map((m) => m.id)).toEqual(['new', 'https://x.example/constructor']);
  });
});

const at = (id: string, minutesAgo: number, extra: Partial<Mention> = {}): Mention => ({
  id,
  feed: 'f',
  feedUrl: 'https://f.example/rss',
  text: 'Miravista',
  seen: new Date(Date.parse(SEEN) - minutesAgo * 60_000).toISOString(),
  terms: ['Miravista'],
  flagged: false,
  flags: [],
  ...extra,
});
const ALERT = { mentions: 3, within: '1h', withinMinutes: 60 };
const NOW = new Date(SEEN);

describe('judgeSpike', () => {
  it.each([
    ['three within the hour, one of them new', [at('a', 50), at('b', 20)], [at('c', 0)], 3],
    ['two only', [at('a', 50)], [at('c', 0)], undefined],
    ['three, but one was published two hours ago', [at('a', 120), at('b', 20)], [at('c', 0)], undefined],
    [
      'published long ago, seen now',
      [at('a', 10), at('b', 5)],
      [at('c', 0, { published: '2026-12-01T00:00:00Z' })],
      undefined,
    ],
    [
      'a feed whose clock runs ahead counts when seen',
      [at('a', 10), at('b', 5)],
      [at('c', 0, { published: '2027-01-01T00:00:00Z' })],
      3,
    ],
    ['a burst that is over does not ring again', [at('a', 10), at('b', 5), at('c', 1)], [], undefined],
  ])('%s', (_name, stored, fresh, count) => {
    expect(judgeSpike(stored, fresh, ALERT, NOW)?.count).toBe(count);
  });

  it('names the earliest mention of the window, where the burst began', () => {
    expect(judgeSpike([at('b', 20), at('a', 50)], [at('c', 0)], ALERT, NOW)?.first.id).toBe('a');
  });

  it('a flagged mention or a spike needs a person', () => {
    expect(needsAttention([at('a', 0)], undefined)).toBe(false);
    expect(needsAttention([at('a', 0, { flagged: true, flags: ['x'] })], undefined)).toBe(true);
  });
});
