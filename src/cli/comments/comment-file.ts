import { appendLines, readIfExists } from '../write-files.js';
import { parseCommentLines, type CommentEvent } from '../../escalate/comment-events.js';
import { jsonLines } from '../../model/json-lines.js';

// The comment queue's file sits beside the journal: `<id>.comments.ndjson` for `<id>.jsonl`. Not a
// `.jsonl`, so nothing that lists journals takes it for one. Whoever acts appends to it (the
// walkthrough, `crisis comments` in another terminal): no lock, one write of whole lines each,
// in append mode, so the system puts each at the end and two writers never mix their lines.

const SUFFIX = '.comments.ndjson';

export function commentsFile(journal: string): string {
  return `${journal.replace(/\.jsonl$/, '')}${SUFFIX}`;
}

/** The events recorded so far; none when nothing was added yet. */
export function readComments(file: string): ReturnType<typeof parseCommentLines> {
  const text = readIfExists(file);
  return text === undefined ? { events: [], damaged: [] } : parseCommentLines(text);
}

/** Appends events with one write and flushes them before returning: what was confirmed survives a kill. */
export function appendComments(file: string, events: readonly CommentEvent[]): void {
  appendLines(file, jsonLines(events), { flush: true });
}
