import { shownClock, type Context } from '../cli/context.js';
import { CliError, EXIT } from '../cli/errors.js';
import { reasonText, statusText } from '../cli/comments/comment-words.js';
import { commentRow, itemJson, type RowStatus } from '../cli/comments/comment-row.js';
import { incidentQueue, type QueueOptions } from '../cli/comments/incident-queue.js';
import { columnRow, listWidth, statusColumn, wrapRow } from '../cli/terminal-text.js';
import { formatBrandTime } from '../escalate/brand-time.js';
import { addComment, answerWithin, stateOf, waitingItems } from '../escalate/comment-queue.js';
import { printable } from '../model/control-chars.js';

interface CommentsOptions extends QueueOptions {
  json?: boolean;
  author?: string;
}

const SHOWN_TEXT = 140;

/** The queue of the open incident (or `--incident`): waiting first, the oldest at the top, then what was settled. */
export async function comments(options: CommentsOptions, shell: Context, now = new Date()): Promise<number> {
  const { playbook, incident, queue, ctx } = incidentQueue(options, shell);
  const { log, t } = ctx;
  const { items } = queue.read(incident.state);
  const within = answerWithin(playbook, incident.state);
  const waiting = items.filter((item) => item.history.length === 0);
  const rows = [...waiting, ...items.filter((item) => item.history.length > 0)].map((item) =>
    commentRow(item, within, now),
  );
  if (options.json) {
    log.out(JSON.stringify({ incident: incident.state.id, waiting: waiting.length, comments: rows }, null, 2));
    return EXIT.ok;
  }
  if (rows.length === 0) {
    log.out(t('comments.none', { id: incident.state.id }));
    return EXIT.ok;
  }
  const columns = listWidth(ctx.streams.stdout, ctx.env);
  const title = t('comments.title', {
    id: incident.state.id,
    summary: printable(incident.state.summary),
    waiting: waiting.length,
    count: rows.length,
  });
  log.out(log.color.bold(wrapRow('', title, columns)));
  const label = (status: RowStatus) => statusText(status, t);
  // A long status (Spanish "ocultado por la plataforma") wraps in its column on a narrow terminal,
  // so the rows keep room for their text; each row's lines start under its text, after the status.
  const width = statusColumn(
    rows.map((row) => label(row.status)),
    columns,
  );
  const paint = (status: RowStatus) =>
    status === 'late' ? log.color.red.bold : status === 'waiting' ? log.color.yellow : log.color.green;
  for (const row of rows) {
    const from =
      row.source === 'watch'
        ? t('comments.from', { feed: printable(row.feed ?? '') })
        : t(incident.state.drill ? 'comments.addedByDrill' : 'comments.addedByHand');
    const who = row.author ? ` · ${printable(row.author)}` : '';
    const flag = row.flagged ? ` · ${log.color.red(t('comments.flagged'))}` : '';
    const reason = row.reason ? ` (${printable(reasonText(row.reason, t))})` : '';
    const seen = formatBrandTime(row.seen, shownClock(ctx, playbook.brand));
    const text = printable((row.title && !row.text ? row.title : row.text).replace(/\s+/g, ' ').trim());
    const shown = text.length > SHOWN_TEXT ? `${text.slice(0, SHOWN_TEXT - 1)}…` : text;
    const body = [shown, printable(row.link ?? '')].filter(Boolean).join('  ');
    const head = `${row.id}  ${seen}  ${from}${who}${flag}${reason}`;
    log.out(columnRow(label(row.status), width, `${head}\n${body}`, columns, paint(row.status)));
  }
  return EXIT.ok;
}

/** Adds a comment by its link: one append, so a walkthrough running in another terminal loses nothing. */
export async function commentAdd(
  link: string,
  text: string | undefined,
  options: CommentsOptions,
  shell: Context,
  now = new Date(),
): Promise<number> {
  const { playbook, incident, queue, ctx } = incidentQueue(options, shell);
  const { log, t } = ctx;
  const before = queue.read(incident.state);
  const added = addComment(before, { link, text, author: options.author }, now.toISOString());
  if (!added) throw new CliError('comments.badLink', { link });
  // Only about a comment that is taken: a link refused changes nothing to warn of.
  if (incident.state.closed) log.warn(t('comments.closedIncident', { incident: incident.state.id }));
  const within = answerWithin(playbook, incident.state);
  if ('existing' in added) {
    const status = stateOf(added.existing) ?? 'waiting';
    // One item per link: a second text is not taken, and saying so keeps it from being lost unseen.
    if (text?.trim() && text.trim() !== added.existing.text)
      log.warn(t('comments.textNotKept', { id: added.existing.id }));
    if (options.json)
      log.out(itemJson(incident.state.id, false, commentRow(added.existing, within, now), waitingItems(before).length));
    else log.out(t('comments.already', { id: added.existing.id, status: statusText(status, t) }));
    return EXIT.ok;
  }
  queue.append(added.event);
  const after = queue.read(incident.state);
  const waiting = waitingItems(after).length;
  const item = after.byId.get(added.event.id);
  if (options.json && item) log.out(itemJson(incident.state.id, true, commentRow(item, within, now), waiting));
  else log.out(t('comments.added', { id: added.event.id, incident: incident.state.id, waiting }));
  return EXIT.ok;
}
