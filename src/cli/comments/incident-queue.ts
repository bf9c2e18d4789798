import { statSync } from 'node:fs';
import { join } from 'node:path';
import { parseCommentLines, type CommentEvent } from '../../escalate/comment-events.js';
import { jsonLines } from '../../model/json-lines.js';
import { buildQueue, type CommentQueue } from '../../escalate/comment-queue.js';
import type { IncidentState } from '../../escalate/replay.js';
import type { Mention } from '../../watch/mention.js';
import type { Context } from '../context.js';
import { displayPath } from '../display-path.js';
import { CliError } from '../errors.js';
import { loadIncidents, pickIncident, type StoredIncident } from '../incident-store/incident-folder.js';
import { mostRecent } from '../incident-store/journal-folder.js';
import { MENTIONS_FILE, readMentions, watchDir } from '../watch/mention-store.js';
import { appendLines, readIfExists } from '../write-files.js';

const NO_MENTIONS: Mention[] = [];

// The comment queue's file sits beside the journal: `<id>.comments.ndjson` for `<id>.jsonl`. Not a
// `.jsonl`, so nothing that lists journals takes it for one. Whoever acts appends to it (the
// walkthrough, `crisis comments` in another terminal): no lock, one write of whole lines each,
// in append mode, so the system puts each at the end and two writers never mix their lines.

export function commentsFile(journal: string): string {
  return `${journal.replace(/\.jsonl$/, '')}.comments.ndjson`;
}

/** The events recorded so far; none when nothing was added yet. */
export function readComments(file: string): ReturnType<typeof parseCommentLines> {
  const text = readIfExists(file);
  return text === undefined ? { events: [], damaged: [] } : parseCommentLines(text);
}

/**
 * One incident's comment queue as the shell sees it: read anew at each look (another terminal may
 * have added to it since), and appended to by one write per event. The walkthrough, the
 * `comments` command and the report all go through it.
 */
export class IncidentQueue {
  readonly file: string;
  private readonly watch: string;
  private said = new Set<string>();

  constructor(
    journal: string,
    playbookFile: string,
    watchOption: string | undefined,
    private readonly ctx: Context,
  ) {
    this.file = commentsFile(journal);
    this.watch = watchDir(playbookFile, watchOption, ctx.cwd);
  }

  /** Damaged lines are said once per file for the life of this object, not at every question. */
  private damaged(file: string, lines: number[]): void {
    if (lines.length === 0 || this.said.has(file)) return;
    this.said.add(file);
    const shown = lines.slice(0, 5).join(', ') + (lines.length > 5 ? '…' : '');
    this.ctx.log.warn(
      this.ctx.t('comments.damaged', { count: lines.length, lines: shown, file: displayPath(file, this.ctx.cwd) }),
    );
  }

  events(): CommentEvent[] {
    return this.cached(this.file, () => {
      const { events, damaged } = readComments(this.file);
      this.damaged(this.file, damaged);
      return events;
    });
  }

  mentions(): Mention[] {
    return this.cached(join(this.watch, MENTIONS_FILE), () =>
      readMentions(this.watch, ({ file, lines }) => this.damaged(file, lines)),
    );
  }

  private readonly reads = new Map<string, { stamp: string; value: unknown }>();

  /**
   * A file read again only once it changed: the walkthrough looks at the queue several times a
   * question, and both files only grow. Its size, change time and inode say whether it did.
   */
  private cached<T>(file: string, read: () => T): T {
    const stats = statSync(file, { throwIfNoEntry: false });
    const stamp = stats ? `${stats.ino}:${stats.size}:${stats.mtimeMs}` : 'none';
    const known = this.reads.get(file);
    if (known?.stamp === stamp) return known.value as T;
    const value = read();
    this.reads.set(file, { stamp, value });
    return value;
  }

  /** The queue of `state`: mentions from its first sight to its close, and what was added by hand. */
  read(state: Pick<IncidentState, 'detectedAt' | 'closed' | 'drill'>): CommentQueue {
    const events = this.events();
    // A drill's queue holds only what its script adds: the watch's store is not even read.
    const mentions = state.drill ? NO_MENTIONS : this.mentions();
    const last = this.last;
    if (
      last?.events === events &&
      last.mentions === mentions &&
      last.since === state.detectedAt &&
      last.until === state.closed?.at
    )
      return last.queue;
    const queue = buildQueue(events, mentions, {
      since: state.detectedAt,
      until: state.closed?.at,
      drill: state.drill,
    });
    this.last = { events, mentions, since: state.detectedAt, until: state.closed?.at, queue };
    return queue;
  }

  /** The queue last built, and from what: the same files and times give the same queue. */
  private last?: { events: CommentEvent[]; mentions: Mention[]; since: string; until?: string; queue: CommentQueue };

  /** One write, flushed before returning: what was confirmed survives a kill. */
  append(event: CommentEvent): void {
    appendLines(this.file, jsonLines([event]), { flush: true });
  }
}

export interface QueueOptions {
  playbook?: string;
  incidentsDir?: string;
  incident?: string;
  watchDir?: string;
}

/** The most recent open incident, a real one before a drill: the one a person is answering comments for. */
function openOne(incidents: StoredIncident[]): StoredIncident | undefined {
  const open = incidents.filter((incident) => !incident.state.closed);
  return mostRecent(open.filter((incident) => !incident.state.drill)) ?? mostRecent(open);
}

/** The plan, the incident `--incident` names (the open one without it), and its queue. */
export function incidentQueue(options: QueueOptions, shell: Context) {
  const loaded = loadIncidents(options, shell, { speakThePlan: true, only: options.incident });
  if (options.incident === undefined && loaded.incidents.length > 0 && !openOne(loaded.incidents))
    throw new CliError('comments.noOpen', {
      dir: loaded.dir,
      known: loaded.incidents.map((entry) => entry.state.id).join(', '),
    });
  const incident = pickIncident(options.incident, loaded, loaded.ctx, openOne);
  const queue = new IncidentQueue(incident.file, loaded.file, options.watchDir, loaded.ctx);
  return { ...loaded, incident, queue };
}
