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

/** The text of an item's HTML, with blank lines between blocks and no run of spaces. */
export function itemText(html: string | undefined): string {
  if (html === undefined || html.trim() === '') return '';
  return convert(html)
    .split('\n')
    .map((line) => line.replace(/[^\S\n]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
