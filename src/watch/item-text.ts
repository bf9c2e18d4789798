import { compile } from 'html-to-text';

// Feeds carry HTML (a Mastodon post, a Reddit self-post, an Atom title of type html): html-to-text
// reads it as a browser would and gives the words a person sees, entities decoded, links and
// images left out. Compiled once: building the converter costs more than converting a post.
const convert = compile({
  wordwrap: false,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'h1', options: { uppercase: false } },
    { selector: 'h2', options: { uppercase: false } },
    { selector: 'h3', options: { uppercase: false } },
    { selector: 'table', format: 'block' },
  ],
});

// Reddit closes every post with "submitted by /u/name [link] [comments]": words of the site, not
// of the person, which a listing of the post then showed as the end of what they said.
const REDDIT_FOOTER = /\s*submitted by\s+\/u\/\S+\s*\[link\]\s*\[comments\]\s*$/;

/** Lines trimmed, no run of spaces, at most one blank line in a row. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[^\S\n]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The text of an item's HTML, with blank lines between blocks and no run of spaces. */
export function itemText(html: string | undefined): string {
  if (html === undefined || html.trim() === '') return '';
  return tidy(convert(html)).replace(REDDIT_FOOTER, '');
}

/** Text a feed gives as plain text (a YouTube video's description): read as written, never as HTML. */
export function plainText(text: string | undefined): string {
  return text === undefined ? '' : tidy(text.replace(/\r\n?/g, '\n'));
}
