import type { Context } from '../cli/context.js';
import { displayPath } from '../cli/display-path.js';
import { CliError } from '../cli/errors.js';
import { loadIncidents } from '../cli/incident-store/incident-folder.js';
import { damagedError, withJournal } from '../cli/incident-store/journal-file.js';
import { formatBrandTime } from '../escalate/brand-time.js';
import { printable } from '../model/control-chars.js';

interface PromisesOptions {
  json?: boolean;
  playbook?: string;
  incidentsDir?: string;
  takeOver?: boolean;
}

/** Promises made during incidents and not yet honoured, across every incident. */
export async function promises(options: PromisesOptions, ctx: Context): Promise<number> {
  const { log, t } = ctx;
  const { playbook, incidents } = loadIncidents(options, ctx);
  const open = incidents.flatMap(({ state }) =>
    [...state.promises.values()]
      .filter((promise) => !promise.doneAt)
      .map(({ promise, to, what, approved_by, at }) => ({
        id: promise,
        incident: state.id,
        to,
        what,
        approved_by,
        at,
      })),
  );
  if (options.json) log.out(JSON.stringify(open, null, 2));
  else if (open.length === 0) log.out(t('promises.none'));
  else
    for (const p of open)
      log.out(
        t('promises.row', {
          id: printable(p.id),
          to: printable(p.to),
          what: printable(p.what),
          by: printable(p.approved_by),
          at: formatBrandTime(p.at, playbook.brand),
        }),
      );
  return 0;
}

/** Records a promise as honoured, in its incident's journal, also after the incident is closed. */
export async function promiseDone(
  id: string,
  options: PromisesOptions,
  ctx: Context,
  now = new Date(),
): Promise<number> {
  const { playbook, incidents, damaged } = loadIncidents(options, ctx);
  const holder = incidents.find(({ state }) => state.promises.has(id));
  // Promise ids begin with their incident's id: one in a damaged journal is named as such, not as unknown.
  const inDamaged = damaged.find((entry) => id.startsWith(`${entry.id}-`));
  if (!holder && inDamaged) throw damagedError(displayPath(inDamaged.file, ctx.cwd), inDamaged.journal.damage!, ctx.t);
  if (!holder) {
    const known = incidents.flatMap(({ state }) => [...state.promises.keys()]);
    throw new CliError('promises.unknown', { id, known: known.join(', ') || '—' });
  }
  if (holder.state.promises.get(id)?.doneAt) {
    ctx.log.out(
      ctx.t('promises.already', { id, at: formatBrandTime(holder.state.promises.get(id)!.doneAt!, playbook.brand) }),
    );
    return 0;
  }
  await withJournal(
    holder.file,
    (writer) => writer.append({ type: 'promise-done', at: now.toISOString(), promise: id }),
    { t: ctx.t, takeOver: options.takeOver },
  );
  ctx.log.out(ctx.t('promises.done', { id }));
  return 0;
}
