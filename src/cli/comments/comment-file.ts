import { closeSync, fstatSync, fsyncSync, openSync, readFileSync, readSync, writeSync } from 'node:fs';
import { commentLine, parseCommentLines, type CommentEvent, type CommentLines } from '../../escalate/comment-events.js';

// The comment queue's file sits beside the journal: `<id>.comments.ndjson` for `<id>.jsonl`. Not a
// `.jsonl`, so nothing that lists journals takes it for one. Whoever acts appends to it (the
// walkthrough, `crisis comments` in another terminal): no lock, one write of whole lines each,
// in append mode, so the system puts each at the end and two writers never mix their lines.

const SUFFIX = '.comments.ndjson';

/** The queue's file of the incident whose journal is `journal`. */
export function commentsFile(journal: string): string {
  return `${journal.replace(/\.jsonl$/, '')}${SUFFIX}`;
}

/** The events recorded so far; none when nothing was added yet. */
export function readComments(file: string): CommentLines {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { events: [], damaged: [] };
    throw error;
  }
  return parseCommentLines(text);
}

/** Whether the file's last byte ends a line (an empty file does). */
function endsWithNewline(fd: number): boolean {
  const size = fstatSync(fd).size;
  if (size === 0) return true;
  const last = Buffer.alloc(1);
  return readSync(fd, last, 0, 1, size - 1) === 1 && last[0] === 0x0a;
}

/**
 * Appends events with one write and flushes them before returning: what was confirmed survives a
 * kill. A line a kill left unended is closed first, so the new ones start on lines of their own
 * (the partial line is then one damaged line, said when read, rather than a lost event).
 */
export function appendComments(file: string, events: readonly CommentEvent[]): void {
  if (events.length === 0) return;
  const fd = openSync(file, 'a+');
  try {
    const lead = endsWithNewline(fd) ? '' : '\n';
    writeSync(fd, lead + events.map(commentLine).join(''));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
