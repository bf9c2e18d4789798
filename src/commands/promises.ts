import { shownClock, type Context } from '../cli/context.js';
import { displayPath } from '../cli/display-path.js';
import { CliError } from '../cli/errors.js';
import { loadIncidents } from '../cli/incident-store/incident-folder.js';
import { planInputs } from '../cli/output-guard.js';
import { listWidth, wrapRow } from '../cli/terminal-text.js';
import { damagedError, withJournal } from '../cli/incident-store/journal-file.js';
import { formatBrandTime } from '../escalate/brand-time.js';
import { listPromises, type PromiseStatus } from '../escalate/promise-due.js';
import { printable } from '../model/control-chars.js';
import { planIndex } from '../model/plan-index.js';

interface PromisesOptions {
  json?: boolean;
  all?: boolean;
  /** A file name, `-` for stdout, or true for promises.ics. */
  ics?: string | boolean;
  playbook?: string;
  incidentsDir?: string;
  takeOver?: boolean;
}

/** "45 min", "5 h", "3 days": how far a due time is, to the unit a person thinks in. */
function roughly(minutes: number, t: Context['t']): string {
  if (minutes < 60) return t('promises.minutes', { count: Math.max(1, minutes) });
  if (minutes < 48 * 60) return t('promises.hours', { count: Math.round(minutes / 60) });
  return t('promises.days', { count: Math.round(minutes / 1440) });
}

/**
 * Promises made during incidents, the most urgent first: overdue, due soon, due later, with no
 * due date; honoured ones too with --all. Drills' promises come apart, after the real ones.
 */
export async function promises(options: PromisesOptions, shell: Context, now = new Date()): Promise<number> {
  const { playbook, incidents, file, dir, ctx } = loadIncidents(options, shell, { speakThePlan: true });
  const { log, t } = ctx;
  if (options.ics !== undefined && options.ics !== false) {
    const inputs = planInputs(file, playbook, dir, ctx.cwd);
    return (await import('./promises-ics.js')).writeCalendar(options.ics, playbook, incidents, inputs, ctx, now);
  }
  const { contacts } = planIndex(playbook);
  const listed = listPromises(
    incidents.map(({ state }) => state),
    now,
  ).filter((p) => options.all || p.doneAt === undefined);
  const rows = listed.map((p) => ({
    id: p.id,
    incidentId: p.incidentId,
    summary: p.summary,
    drill: p.drill,
    to: p.to,
    what: p.what,
    approvedBy: p.approvedBy,
    approvedByName: contacts.get(p.approvedBy)?.name ?? p.approvedBy,
    at: p.at,
    due: p.due ?? null,
    status: p.status,
    lateMinutes: p.lateMinutes ?? null,
    leftMinutes: p.leftMinutes ?? null,
    doneAt: p.doneAt ?? null,
  }));
  if (options.json) {
    log.out(JSON.stringify(rows, null, 2));
    return 0;
  }
  if (rows.length === 0) {
    log.out(t('promises.none'));
    return 0;
  }
  const brand = shownClock(ctx, playbook.brand);
  const paint = (status: PromiseStatus) =>
    status === 'overdue' ? log.color.red.bold : status === 'due-soon' ? log.color.yellow : (text: string) => text;
  // A fold, not Math.max(...rows): spreading a very long list overflows the call stack.
  const width = rows.reduce((most, row) => Math.max(most, t(`promises.status.${row.status}`).length), -Infinity);
  // A row's second line, and any line wrapped on a terminal (or with COLUMNS), starts under its text.
  const columns = listWidth(ctx.streams.stdout, ctx.env);
  const line = (row: (typeof rows)[number]) => {
    const when =
      row.due === null
        ? t('promises.noDue')
        : t('promises.due', {
            due: formatBrandTime(row.due, brand),
            relative:
              row.leftMinutes !== null
                ? t('promises.left', { time: roughly(row.leftMinutes, t) })
                : row.lateMinutes !== null
                  ? t('promises.late', { time: roughly(row.lateMinutes, t) })
                  : t('promises.onTime'),
          });
    const status = t(`promises.status.${row.status}`);
    log.out(
      wrapRow(
        `${paint(row.status)(status.padEnd(width))}  `,
        `${printable(row.id)}  ${paint(row.status)(when)}`,
        columns,
      ),
    );
    const what = t('promises.row', {
      to: printable(row.to),
      what: printable(row.what),
      by: printable(row.approvedByName),
      incident: printable(row.incidentId),
      summary: printable(row.summary),
    });
    log.out(wrapRow(' '.repeat(width + 2), what, columns));
  };
  const drills = rows.filter((row) => row.drill);
  rows.filter((row) => !row.drill).forEach(line);
  if (drills.length > 0) {
    if (drills.length < rows.length) log.out('');
    log.out(wrapRow('', t('promises.drills'), columns));
    drills.forEach(line);
  }
  return 0;
}

/** Records a promise as honoured, in its incident's journal, also after the incident is closed. */
export async function promiseDone(
  id: string,
  options: PromisesOptions,
  shell: Context,
  now = new Date(),
): Promise<number> {
  const { playbook, incidents, damaged, ctx } = loadIncidents(options, shell, { speakThePlan: true });
  const holder = incidents.find(({ state }) => state.promises.has(id));
  // Promise ids begin with their incident's id: one in a damaged journal is named as such, not as unknown.
  const inDamaged = damaged.find((entry) => id.startsWith(`${entry.id}-`));
  if (!holder && inDamaged) throw damagedError(displayPath(inDamaged.file, ctx.cwd), inDamaged.journal.damage!, ctx.t);
  if (!holder) {
    const known = incidents.flatMap(({ state }) => [...state.promises.keys()]);
    throw new CliError('promises.unknown', { id, known: known.join(', ') || '—' });
  }
  const doneAt = holder.state.promises.get(id)?.doneAt;
  if (doneAt) {
    ctx.log.out(ctx.t('promises.already', { id, at: formatBrandTime(doneAt, shownClock(ctx, playbook.brand)) }));
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
