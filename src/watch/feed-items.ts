import { parseFeed, type AnyFeed, type MediaNs } from 'feedsmith';
import { XMLValidator } from 'fast-xml-parser';
import { itemText, plainText } from './item-text.js';

/** One entry of a feed, whatever its format, reduced to what a mention keeps. */
export interface FeedItem {
  id?: string;
  link?: string;
  title?: string;
  text: string;
  author?: string;
  /** ISO time, when the feed gives one that reads as a date. */
  published?: string;
}

type FeedProblem =
  { reason: 'notFeed' } | { reason: 'malformed'; line: number; detail: string } | { reason: 'externalEntity' };

type FeedReading = { items: FeedItem[] } | { problem: FeedProblem };

type Parsed = AnyFeed<string>;
type Text = string | { value?: string } | undefined;

const value = (text: Text) => (typeof text === 'string' ? text : text?.value);
const firstOf = <T>(list: readonly T[] | undefined) => list?.find((entry) => entry !== undefined && entry !== '');

const personName = (person: string | { name?: string } | undefined) =>
  typeof person === 'string' ? person : person?.name;

function iso(date: string | undefined): string | undefined {
  if (date === undefined) return undefined;
  const time = Date.parse(date);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

// Google Alerts links every item through a redirect of its own; the address a person wants to
// open (and that stays the same when the alert is set up again) is its `url` parameter.
function realLink(link: string | undefined): string | undefined {
  if (link === undefined || !URL.canParse(link)) return link;
  const url = new URL(link);
  const target = url.searchParams.get('url');
  return url.hostname === 'www.google.com' && url.pathname === '/url' && target && URL.canParse(target) ? target : link;
}

type Media = MediaNs.ItemOrFeed<false>;

/**
 * What a Media RSS description says (a YouTube video's `<media:group><media:description>`): the
 * words of an item that has no content or summary. Plain text unless it says it is HTML.
 */
function mediaText(media: Media | undefined): string {
  const description = media?.description ?? media?.groups?.find((group) => group.description?.value)?.description;
  return description?.type === 'html' ? itemText(description.value) : plainText(description?.value);
}

interface ItemFields {
  id?: string;
  link?: string;
  title?: Text;
  html?: Text;
  media?: Media;
  author?: string;
  date?: string;
}

function item(fields: ItemFields) {
  const title = itemText(value(fields.title));
  const html = value(fields.html);
  return {
    id: fields.id?.trim() || undefined,
    link: realLink(fields.link?.trim() || undefined),
    title: title || undefined,
    text: html === undefined || html.trim() === '' ? mediaText(fields.media) : itemText(html),
    author: fields.author?.trim() || undefined,
    published: iso(fields.date),
  } satisfies FeedItem;
}

function itemsOf(parsed: Parsed): FeedItem[] {
  switch (parsed.format) {
    case 'rss':
      return (parsed.feed.items ?? []).map((entry) =>
        item({
          id: entry.guid?.value,
          link: entry.link,
          title: entry.title,
          html: entry.content?.encoded ?? entry.description,
          media: entry.media,
          author: firstOf(entry.dc?.creators) ?? personName(firstOf(entry.authors)),
          date: entry.pubDate ?? firstOf(entry.dc?.dates),
        }),
      );
    case 'atom':
      return (parsed.feed.entries ?? []).map((entry) =>
        item({
          id: entry.id,
          link: (entry.links?.find((link) => (link.rel ?? 'alternate') === 'alternate') ?? entry.links?.[0])?.href,
          title: entry.title,
          html: entry.content ?? entry.summary,
          media: entry.media,
          author: firstOf(entry.authors?.map((author) => author.name)),
          date: entry.published ?? entry.updated,
        }),
      );
    case 'rdf':
      return (parsed.feed.items ?? []).map((entry) =>
        item({
          id: entry.rdf?.about,
          link: entry.link,
          title: entry.title,
          html: entry.content?.encoded ?? entry.description,
          author: firstOf(entry.dc?.creators),
          date: firstOf(entry.dc?.dates),
        }),
      );
    case 'json':
      return (parsed.feed.items ?? []).map((entry) =>
        item({
          id: entry.id,
          link: entry.url,
          title: entry.title,
          html: entry.content_html ?? entry.content_text ?? entry.summary,
          author: firstOf(entry.authors?.map((author) => author.name)),
          date: entry.date_published ?? entry.date_modified,
        }),
      );
  }
}

/**
 * The items of a feed's text: RSS 2.0, RSS 1.0, Atom or JSON Feed, read by feedsmith. XML must
 * be well formed first (fast-xml-parser's validator, the reader feedsmith itself uses), so a
 * broken feed is said as broken rather than read in part. Entities a document declares are never
 * expanded, and an external one is refused, so neither a "billion laughs" nor a file of this
 * machine can reach a mention.
 */
export function readFeed(text: string): FeedReading {
  const body = text.replace(/^\uFEFF/, '');
  // A web page where the feed was expected (a sign-in page, the site instead of its feed) is
  // the wrong address, not a broken feed: say so, rather than where its HTML is not XML.
  if (/^\s*<(!doctype\s+html|html)[\s>]/i.test(body)) return { problem: { reason: 'notFeed' } };
  if (!body.trimStart().startsWith('{')) {
    const valid = XMLValidator.validate(body);
    if (valid !== true) return { problem: { reason: 'malformed', line: valid.err.line, detail: valid.err.msg } };
  }
  let parsed: Parsed;
  try {
    parsed = parseFeed<string>(body);
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause;
    if (cause instanceof Error && /external entit/i.test(cause.message))
      return { problem: { reason: 'externalEntity' } };
    return { problem: { reason: 'notFeed' } };
  }
  return { items: itemsOf(parsed) };
}
