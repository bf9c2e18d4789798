import { describe, expect, it } from 'vitest';
import { buildQueue } from '../../src/escalate/comment-queue.js';
import { postKey } from '../../src/escalate/comment-author.js';

describe('postKey: one post however its link was copied', () => {
  it.each([
    ['https://x.com/marta/status/1?s=20', 'https://x.com/marta/status/1'],
    // X answers at both names: one post.
    ['https://twitter.com/marta/status/1?s=46&t=AbC', 'https://x.com/marta/status/1'],
    ['https://www.instagram.com/p/C0abc/?igsh=MWd4', 'https://instagram.com/p/C0abc'],
    [
      'https://m.facebook.com/story.php?story_fbid=9&id=4&mibextid=Nif5oz',
      'https://facebook.com/story.php?story_fbid=9&id=4',
    ],
    ['https://shop.example/review/7?utm_source=newsletter&utm_medium=email', 'https://shop.example/review/7'],
    ['  HTTPS://WWW.Example.com/a/  ', 'https://example.com/a'],
  ])('%s is the post %s', (link, key) => {
    expect(postKey(link)).toBe(key);
    expect(postKey(key)).toBe(key);
  });

  it.each([
    [
      'a YouTube video and its start',
      'https://www.youtube.com/watch?v=abc&t=42',
      'https://youtube.com/watch?v=abc&t=42',
    ],
    ['another post', 'https://x.com/marta/status/2', 'https://x.com/marta/status/2'],
    [
      'one comment under a post',
      'https://facebook.com/miravista/posts/1#c2',
      'https://facebook.com/miravista/posts/1#c2',
    ],
    ['a page by its query', 'https://forum.example/thread?id=5', 'https://forum.example/thread?id=5'],
  ])('keeps what names the post: %s', (_, link, key) => {
    expect(postKey(link)).toBe(key);
  });

  it('makes a post pasted with a share parameter, and the watch seeing it, one comment', () => {
    const at = '2026-11-22T20:10:00.000Z';
    const queue = buildQueue(
      [{ type: 'comment', at, id: 'a1', link: 'https://x.com/marta/status/1' }],
      [
        {
          id: 'feed-1',
          link: 'https://x.com/marta/status/1?s=20',
          text: 'Sigo sin gafas',
          seen: '2026-11-22T20:05:00.000Z',
          feed: 'X',
          flagged: false,
        },
      ] as never,
      { since: '2026-11-22T20:00:00.000Z' },
    );
    expect(queue.items.map((item) => [item.id, item.text, item.seen])).toEqual([
      ['a1', 'Sigo sin gafas', '2026-11-22T20:05:00.000Z'],
    ]);
  });
});
