import { isLate, stateOf, type CommentItem } from '../../escalate/comment-queue.js';

// One item of the queue as `--json` gives it: the same object in the listing (`crisis comments
// --json`) and in what `comments add` and `comments done` print, so a script reads one shape.

export function commentRow(item: CommentItem, within: number | undefined, now: Date) {
  const last = item.history.at(-1);
  return {
    id: item.id,
    // Waiting, late, or how it was settled.
    status: stateOf(item) ?? (isLate(item, within, now) ? ('late' as const) : ('waiting' as const)),
    seen: item.seen,
    source: item.source,
    feed: item.feed ?? null,
    author: item.author ?? null,
    link: item.link ?? null,
    title: item.title ?? null,
    text: item.text,
    flagged: item.flagged,
    settledAt: last?.at ?? null,
    reason: last?.reason ?? null,
    channel: last?.channel ?? null,
    response: last?.response ?? null,
    answer: last?.text ?? null,
    history: item.history.map(({ type: _type, id: _id, ...entry }) => entry),
  };
}

type CommentRow = ReturnType<typeof commentRow>;
export type RowStatus = CommentRow['status'];

/**
 * What `add` and `done` print with `--json`: the item as the listing gives it, whether this call
 * changed the queue, and how many wait, so a script needs no second call to learn the id.
 */
export function itemJson(incident: string, changed: boolean, comment: CommentRow, waiting: number): string {
  return JSON.stringify({ incident, changed, waiting, comment }, null, 2);
}
