import { siteOf } from '../model/url-host.js';

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
