// Which addresses a report makes clickable. Incident text is typed by whoever runs the walkthrough
// or copied from a post, so only the web's own schemes become links: `javascript:` and `data:` run
// code or carry a page of their own, and `mailto:` and the rest are left as text too, since a
// report links posts and pages, never opens a mail client or an app (docs: README, report).

const SAFE_SCHEMES = new Set(['http:', 'https:']);

/**
 * The address to put in an href, or undefined when `text` is not an http(s) URL. The URL parser's
 * serialisation, not the text: it drops the tabs and newlines a browser would drop ("java\nscript:")
 * before the scheme is judged, and percent-encodes spaces, quotes and angle brackets.
 */
export function safeHref(text: string | undefined): string | undefined {
  if (!text || !URL.canParse(text.trim())) return undefined;
  const url = new URL(text.trim());
  return SAFE_SCHEMES.has(url.protocol) && url.hostname !== '' ? url.href : undefined;
}

/** A piece of text, with the address it links to when it is one. */
interface TextPart {
  text: string;
  href?: string;
}

// A candidate ends at a space, a quote or an angle bracket; the punctuation a sentence puts after
// an address ("see https://x.example/a.") is not part of it.
const CANDIDATE = /https?:\/\/[^\s<>"'`]+/giu;
const TRAILING = /[.,;:!?)\]}»”’]+$/u;

/** Text cut into plain parts and http(s) addresses, in order; joined, the parts give the text back. */
export function linkParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(CANDIDATE)) {
    const candidate = match[0].replace(TRAILING, '');
    const href = safeHref(candidate);
    if (!href) continue;
    const start = match.index;
    if (start > last) parts.push({ text: text.slice(last, start) });
    parts.push({ text: candidate, href });
    last = start + candidate.length;
  }
  if (last < text.length || parts.length === 0) parts.push({ text: text.slice(last) });
  return parts;
}
