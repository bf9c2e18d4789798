import { siteOf } from '../model/url-host.js';

// Who wrote a comment, read from its link where the network puts the author there, so that a
// block after an answer to the same person needs no --author typed on every item. Only links
// whose path names the writer of that very post: a link to a comment under someone's post
// (Facebook's ?comment_id=, a Reddit thread) names the post's author, not the commenter's.

type Reader = (parts: string[], url: URL) => string | undefined;

const INSTAGRAM_POST = new Set(['p', 'reel', 'reels', 'tv']);

const BY_SITE: ReadonlyMap<string, Reader> = new Map<string, Reader>([
  // x.com/ana/status/1; x.com/i/web/status/1 names nobody.
  ['x.com', ([user, status]) => (status === 'status' && user !== 'i' ? `@${user}` : undefined)],
  // instagram.com/ana/p/abc (the share link of a profile's post), instagram.com/stories/ana/1.
  [
    'instagram.com',
    ([first, second, third]) =>
      first === 'stories' && second
        ? `@${second}`
        : second && INSTAGRAM_POST.has(second) && third && !INSTAGRAM_POST.has(first!)
          ? `@${first}`
          : undefined,
  ],
  // facebook.com/ana.lopez/posts/1, unless it points at a comment under that post.
  [
    'facebook.com',
    ([user, posts], url) =>
      posts === 'posts' && !url.searchParams.has('comment_id') && url.hash === '' ? user : undefined,
  ],
  // tiktok.com/@ana/video/1
  ['tiktok.com', ([user, video]) => (user?.startsWith('@') && video === 'video' ? user : undefined)],
  // reddit.com/user/ana/comments/… or reddit.com/u/ana
  ['reddit.com', ([kind, user]) => ((kind === 'user' || kind === 'u') && user ? `u/${user}` : undefined)],
  // youtube.com/@ana/community?lb=…, youtube.com/@ana/shorts/…
  ['youtube.com', ([handle, what]) => (handle?.startsWith('@') && what ? handle : undefined)],
]);

/** The author a comment's link names (`@ana`, `@ana@mastodon.social`, `u/ana`), or undefined when it names none. */
export function authorOfLink(link: string | undefined): string | undefined {
  let url: URL;
  try {
    url = new URL(link ?? '');
  } catch {
    return undefined;
  }
  const site = siteOf(url.hostname);
  const parts = url.pathname.split('/').filter(Boolean).map(decode);
  const read = BY_SITE.get(site === 'twitter.com' ? 'x.com' : site);
  if (read) return read(parts, url);
  // Mastodon and the fediverse: server/@ana/123 is @ana@server; server/@ana@other/123 stays as it is.
  const [user, post] = parts;
  if (user?.startsWith('@') && user.length > 1 && post && /^\d+$/.test(post))
    return user.includes('@', 1) ? user : `${user}@${site}`;
  return undefined;
}

const decode = (part: string) => {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
};

/** Two authors as one person: case and a leading @ aside (`@Ana` is `ana`). */
export function sameAuthor(a: string | undefined, b: string | undefined): boolean {
  const norm = (author: string | undefined) => author?.trim().toLowerCase().replace(/^@/, '');
  return !!norm(a) && norm(a) === norm(b);
}
