import type { Context } from '../cli/context.js';
import { CliError } from '../cli/errors.js';
import { loadIncidents } from '../cli/incidents-dir.js';
import { withJournal } from '../cli/journal.js';
import { formatBrandTime } from '../escalate/brand-time.js';
import { printable } from '../model/control-chars.js';

interface PromisesOptions {
  json?: boolean;
  playbook?: string;
  incidentsDir?: string;
}

/** Promises made during incidents and not yet honoured, across every incident. */
export async function promises(options: PromisesOptions, ctx: Context): Promise<number> {
  const { log, t } = ctx;
  const { playbook, incidents } = loadIncidents(options, ctx);
  const open = incidents.flatMap(({ state }) =>
    [...state.promises.values()].filter((promise) => !promise.doneAt).map(({ promise, to, what, approved_by, at }) => ({ id: promise, incident: state.id, to, what, approved_by, at })),
  );
  if (options.json) log.out(JSON.stringify(open, null, 2));
  else if (open.length === 0) log.out(t('promises.none'));
  else for (const p of open) log.out(t('promises.row', { id: printable(p.id), to: printable(p.to), what: printable(p.what), by: printable(p.approved_by), at: formatBrandTime(p.at, playbook.brand) }));
  return 0;
}

/** Records a promise as honoured, in its incident's journal, also after the incident is closed. */
export async function promiseDone(id: string, options: PromisesOptions, ctx: Context, now = new Date()): Promise<number> {
  const { playbook, incidents } = loadIncidents(options, ctx);
  const holder = incidents.find(({ state }) => state.promises.has(id));
  if (!holder) {
    const known = incidents.flatMap(({ state }) => [...state.promises.keys()]);
    throw new CliError('promises.unknown', { id, known: known.join(', ') || '—' });
  }
  if (holder.state.promises.get(id)?.doneAt) {
    ctx.log.out(ctx.t('promises.already', { id, at: formatBrandTime(holder.state.promises.get(id)!.doneAt!, playbook.brand) }));
    return 0;
  }
  await withJournal(holder.file, holder.journal.goodLength, (writer) => writer.append({ type: 'promise-done', at: now.toISOString(), promise: id }));
  ctx.log.out(ctx.t('promises.done', { id }));
  return 0;
}
