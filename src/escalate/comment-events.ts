import * as z from 'zod/mini';
import { parseJsonLines } from '../model/json-lines.js';

// The comment queue of an incident is kept in its own file beside the journal, one JSON object a
// line: the walkthrough holds the journal's lock for the whole session, and a second terminal
// (`crisis comments add`) must still be able to add to the queue. Each line is written by one
// append, so two writers never interleave; a line is never rewritten.

/**
 * How an item of the queue ended, in the order a person thinks of them and is offered them: blocking
 * last. Deleting is no state: crisis never records one.
 */
export const COMMENT_STATES = ['public', 'private', 'reviewed', 'hidden', 'blocked'] as const;
export type CommentState = (typeof COMMENT_STATES)[number];

/** Why a comment needed no answer: the only reasons `reviewed` takes, so the report can count them. */
export const REVIEW_REASONS = ['spam', 'duplicate', 'answered-elsewhere'] as const;
export type ReviewReason = (typeof REVIEW_REASONS)[number];

const time = z.iso.datetime({ offset: true });
const text = z.string();

const added = z.looseObject({
  type: z.literal('comment'),
  at: time,
  /** Short and stable: drawn from the link (comment-queue.ts), so two terminals adding one link make one item. */
  id: text,
  link: text,
  text: z.optional(text),
  author: z.optional(text),
});

const settled = z.looseObject({
  type: z.literal('settled'),
  at: time,
  id: text,
  state: z.enum(COMMENT_STATES),
  reason: z.optional(text),
  /** The pre-approved response the answer used, if any. */
  response: z.optional(text),
  channel: z.optional(text),
  /** The answer as it went out. */
  text: z.optional(text),
});

export const commentEventSchema = z.discriminatedUnion('type', [added, settled]);
export type CommentEvent = z.infer<typeof commentEventSchema>;
export type CommentAdded = Extract<CommentEvent, { type: 'comment' }>;
export type CommentSettled = Extract<CommentEvent, { type: 'settled' }>;

/**
 * Reads the file's text: its events, and the 1-based lines that hold none (skipped, and said once by
 * whoever reads them). A line cut short by a kill can only be the last one (appends are whole
 * lines): it is ignored, not called damaged. A whole object without its newline still counts.
 */
export function parseCommentLines(text: string): { events: CommentEvent[]; damaged: number[] } {
  const { values, damaged } = parseJsonLines(text, commentEventSchema);
  return { events: values, damaged };
}
