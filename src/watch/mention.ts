import * as z from 'zod/mini';
import { parseJsonLines } from '../model/json-lines.js';

// One feed item that holds a keyword or hashtag of the plan, as `crisis watch` stores it: one JSON
// object a line in `watch/mentions.jsonl`. The comment queue reads the same shape.
const isoTime = z.string().check(z.refine((text) => !Number.isNaN(Date.parse(text))));

export const mentionSchema = z.object({
  /** The feed item's id, else its link: what makes a mention the same on the next poll. */
  id: z.string().check(z.minLength(1)),
  /** The feed's name in the plan. */
  feed: z.string(),
  feedUrl: z.string(),
  author: z.optional(z.string()),
  link: z.optional(z.string()),
  title: z.optional(z.string()),
  /** The item's text, HTML reduced to plain text. */
  text: z.string(),
  /** When the feed says the item was published (ISO). */
  published: z.optional(isoTime),
  /** When crisis first saw it (ISO). */
  seen: isoTime,
  /** The keywords and hashtags of the plan it holds. */
  terms: z.array(z.string()),
  /** True when it also holds a topic to avoid or a weakness of the brand. */
  flagged: z.boolean(),
  /** Those topics to avoid and weaknesses. */
  flags: z.array(z.string()),
});

export type Mention = z.infer<typeof mentionSchema>;

/**
 * Reads the text of the store: each id once, the first line that holds it, in file order, and the
 * damaged lines apart. Appends are whole lines, so a line cut short can only be the last one (a kill
 * or a full disk mid-write): it is ignored. A line twice (two watchers, or a poll killed before it
 * noted what it had fetched) counts once.
 */
export function parseMentionLines(text: string): { mentions: Mention[]; damaged: number[] } {
  const { values, damaged } = parseJsonLines(text, mentionSchema);
  const seen = new Set<string>();
  const mentions = values.filter((mention) => !seen.has(mention.id) && seen.add(mention.id));
  return { mentions, damaged };
}
