import { describe, expect, it } from 'vitest';
import { authorOfLink, postKey, sameAuthor } from '../../src/escalate/comment-author.js';

// Who wrote a comment, where its network writes it into the link; nobody where the link names a
// post's author rather than the commenter's, or nobody at all.
const cases: Array<[string, string | undefined]> = [
  ['https://x.com/troll2/status/1', '@troll2'],
  ['https://twitter.com/troll2/status/1?s=20', '@troll2'],
  ['https://mobile.twitter.com/troll2/status/1', '@troll2'],
  ['https://x.com/i/web/status/1', undefined],
  ['https://x.com/troll2', undefined],
  ['https://www.instagram.com/marta/p/Cx1/', '@marta'],
  ['https://instagram.com/p/Cx1', undefined],
  ['https://instagram.com/stories/marta/123', '@marta'],
  ['https://www.facebook.com/ana.lopez/posts/1', 'ana.lopez'],
  ['https://facebook.com/miravista/posts/1#c4', undefined],
  ['https://facebook.com/miravista/posts/1?comment_id=9', undefined],
  ['https://www.tiktok.com/@ana/video/7', '@ana'],
  ['https://mastodon.social/@ana/1093', '@ana@mastodon.social'],
  ['https://mastodon.social/@ana@fosstodon.org/1093', '@ana@fosstodon.org'],
  ['https://www.reddit.com/user/ana/comments/abc/x/', 'u/ana'],
  ['https://reddit.com/u/ana', 'u/ana'],
  ['https://www.reddit.com/r/valencia/comments/abc/x/def/', undefined],
  ['https://www.youtube.com/@ana/community?lb=Ugx', '@ana'],
  ['https://www.youtube.com/watch?v=abc&lc=Ugx', undefined],
  ['https://miravista.example/blog/post#c1', undefined],
  ['not a link', undefined],
];

describe('the author of a comment, from its link', () => {
  it.each(cases)('%s → %s', (link, author) => expect(authorOfLink(link)).toBe(author));

  it('is one person whatever the case or a leading @', () => {
    expect(sameAuthor('@Troll2', 'troll2')).toBe(true);
    expect(sameAuthor(undefined, undefined)).toBe(false);
    expect(sameAuthor('@ana', '@ana@mastodon.social')).toBe(false);
  });

  it('takes twitter.com and x.com links to one post as one', () => {
    expect(postKey('https://twitter.com/ana/status/1?s=20')).toBe(postKey('https://x.com/ana/status/1'));
  });
});
