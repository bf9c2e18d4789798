import { HTTP_URL } from './http-url.js';

// Links as a person types or pastes them: the walkthrough's questions, a drill's values (answered
// through the same questions) and `crisis comments add` read them here, so all three agree.
// People copy `x.com/ana/status/1` or `www.instagram.com/p/1` from an address bar without the
// scheme: such a link is the https:// one, never an empty answer or a word dropped in silence.

// A scheme named before the address: only http(s) is a link a browser opens from a plan.
const SCHEME = /^[a-z][a-z\d+.-]*:\/\//i;
// A host that looks like one without its scheme: a dot, and a top-level domain of letters.
const BARE_HOST = /^(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}$/u;

/** `x.com/ana/status/1` → `https://x.com/ana/status/1`; an http(s) link as given; undefined when it is no link. */
export function readLink(text: string): string | undefined {
  const word = text.trim();
  if (word === '') return undefined;
  if (SCHEME.test(word)) return HTTP_URL.test(word) ? word : undefined;
  const link = `https://${word}`;
  if (!HTTP_URL.test(link)) return undefined;
  const host = /^https:\/\/([^/?#:]+)/.exec(link)![1]!;
  return BARE_HOST.test(host) || /^[\d.]+$/.test(host) ? link : undefined;
}

/** The words of an answer holding links, read one by one: the links, and the first word that is none. */
export function readLinks(text: string): { links: string[]; refused?: string } {
  const links: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const link = readLink(word);
    if (link === undefined) return { links, refused: word };
    links.push(link);
  }
  return { links };
}

/**
 * The first link in a line of text (a summary with the post pasted in it): one with its scheme,
 * else one without when it has a path (`x.com/ana/status/1`), since a bare `miravista.es` in a
 * sentence names a site rather than pastes a post. Trailing punctuation ends the sentence, not the link.
 */
export function linkInText(text: string): { link: string; index: number; length: number } | undefined {
  const withScheme = /https?:\/\/[^\s<>"']+/i.exec(text);
  if (withScheme) return { link: trimEnd(withScheme[0]), index: withScheme.index, length: withScheme[0].length };
  for (const match of text.matchAll(/[^\s<>"'(]+/g)) {
    const word = trimEnd(match[0]);
    const link = /^[^/]+\.[^/]+\/./.test(word) ? readLink(word) : undefined;
    if (link !== undefined) return { link, index: match.index, length: match[0].length };
  }
  return undefined;
}

const trimEnd = (word: string) => word.replace(/[.,;:)]+$/, '');
