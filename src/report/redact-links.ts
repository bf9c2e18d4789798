import { siteOf } from '../model/url-host.js';

// A web link is kept by --redact, digits and all (an order number in it is no phone), but the
// account a social network's link names is a person's handle as much as "@ana_lopez" in a text:
// https://x.com/ana_lopez/status/1 becomes https://x.com/[handle]/status/1, which still says which
// post it was (the status id) without saying whose. The brand's own accounts stay.

// Where the account sits in a link's path, by host (www. and mobile. dropped), and the words that
// stand in that place for something else (x.com/i/status/1, instagram.com/p/…).
const ACCOUNT_AT: ReadonlyMap<string, { index: number; not: ReadonlySet<string> }> = new Map(
  Object.entries({
    'x.com': { index: 0, not: ['i', 'search', 'hashtag', 'home', 'intent', 'share', 'explore', 'messages'] },
    'twitter.com': { index: 0, not: ['i', 'search', 'hashtag', 'home', 'intent', 'share', 'explore', 'messages'] },
    'facebook.com': {
      index: 0,
      not: [
        'p',
        'groups',
        'events',
        'pages',
        'photo',
        'photo.php',
        'permalink.php',
        'story.php',
        'watch',
        'share',
        'reel',
      ],
    },
    'instagram.com': { index: 0, not: ['p', 'reel', 'reels', 'stories', 'explore', 'tv'] },
    'linkedin.com': { index: 1, not: [] },
  }).map(([host, { index, not }]) => [host, { index, not: new Set(not) }]),
);

/** Whether a path segment is a person's account, by its place and host, or by its @ anywhere (/@ana, Mastodon, TikTok). */
function isAccount(segment: string, index: number, host: string): boolean {
  // A placeholder left by an earlier pass, in either language ([handle], @[usuario]), stays as it is.
  if (/^@?\[[^\]]*\]$/.test(segment)) return false;
  if (/^@[\p{L}\p{N}_]/u.test(segment)) return true;
  const place = ACCOUNT_AT.get(host);
  return place !== undefined && place.index === index && !place.not.has(segment.toLowerCase());
}

/**
 * `href` with each account its path names as `placeholder` ([handle], [usuario]), unless `kept`
 * (handles without @, in lower case) holds it. A link that cannot be read as a URL is returned as it is.
 */
export function redactLink(href: string, kept: ReadonlySet<string>, placeholder: string): string {
  const match = /^(https?:\/\/([^/?#]+))(\/[^?#]*)?(.*)$/is.exec(href);
  if (!match) return href;
  const [, origin = '', authority = '', path = '', rest = ''] = match;
  const host = siteOf(authority.replace(/:\d+$/, ''));
  const segments = path.split('/').slice(1);
  const redacted = segments.map((segment, index) => {
    if (!segment || !isAccount(segment, index, host)) return segment;
    const name = decodeURIComponentSafe(segment.replace(/^@/, '')).toLowerCase();
    return kept.has(name) ? segment : segment.startsWith('@') ? `@${placeholder}` : placeholder;
  });
  return path ? `${origin}/${redacted.join('/')}${rest}` : href;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
