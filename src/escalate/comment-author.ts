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

// One post, however its link was copied: "Share" buttons add parameters that name who shared it,
// not what was shared (x.com/a/status/1?s=20&t=…, ?utm_source=…, ?igsh=…), and a link typed by hand
// may carry www. or a trailing slash. The comment queue matches links by this key, so the same post
// pasted twice, or seen by the watch and pasted, is one comment. The fragment stays: on many sites
// it names one comment under a post (…/posts/1#c2), and two comments are two items.

// Parameters that only say how a link was shared, on any site.
const SHARING = /^(?:utm_\w+|fbclid|gclid|igsh|igshid|mibextid|si|ref|ref_src|ref_url|share_id|feature)$/i;
// And those that do so on some sites only: on YouTube `t` is where the video starts.
const SHARING_ON: ReadonlyMap<string, RegExp> = new Map([
  ['x.com', /^[st]$/],
  ['twitter.com', /^[st]$/],
]);

/** The key a comment's link is matched by: the post it names, without how it was shared. */
export function postKey(link: string): string {
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    return link.trim();
  }
  // X answers at both names: twitter.com/ana/status/1 is the post x.com/ana/status/1.
  const site = siteOf(url.hostname);
  const host = site === 'twitter.com' ? 'x.com' : site;
  const local = SHARING_ON.get(host);
  const kept = [...url.searchParams].filter(([name]) => !SHARING.test(name) && !local?.test(name));
  const query = kept.length > 0 ? `?${new URLSearchParams(kept).toString()}` : '';
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : '';
  return `${url.protocol}//${host}${url.port ? `:${url.port}` : ''}${path}${query}${url.hash}`;
}
