import { commandLine } from '../cli/command-line.js';
import { shownClock, type Context } from '../cli/context.js';
import { EXIT } from '../cli/errors.js';
import { loadIncidents } from '../cli/incident-store/incident-folder.js';
import { keepWhole, listWidth, wrapRow } from '../cli/terminal-text.js';
import { formatBrandTime } from '../escalate/brand-time.js';
import { brandDay } from '../escalate/wall-clock.js';
import { firstResponseDeadline } from '../escalate/deadlines.js';
import { audienceOf } from '../escalate/events.js';
import { DRAFT } from '../escalate/draft-keys.js';
import { currentLevel, openingDrafts } from '../escalate/replay.js';
import { updateCadence } from '../escalate/update-cadence.js';
import { printable } from '../model/control-chars.js';
import { durationText } from '../i18n/duration-text.js';
import { planIndex } from '../model/plan-index.js';

interface IncidentsOptions {
  json?: boolean;
  playbook?: string;
  incidentsDir?: string;
}

/** Incidents, open ones first, then the most recent, drills apart: when first seen, level, age and whether the deadline was met. */
export async function incidents(options: IncidentsOptions, shell: Context, now = new Date()): Promise<number> {
  const { playbook, incidents: stored, copies, unopened, ctx } = loadIncidents(options, shell, { speakThePlan: true });
  // Two journals of one incident are a finding (said by loadIncidents, naming both): exit 1.
  const status = copies > 0 ? EXIT.findings : EXIT.ok;
  const { log, t } = ctx;
  const { responses, channels, levels } = planIndex(playbook);
  const brand = shownClock(ctx, playbook.brand);
  const rows = stored.map(({ file: journal, state }) => {
    const deadline = firstResponseDeadline(playbook, state, now);
    const count = (audience: string) => state.published.filter((post) => audienceOf(post) === audience).length;
    const end = state.closed ? new Date(state.closed.at) : now;
    const update = updateCadence(state, playbook, now).next;
    return {
      id: state.id,
      summary: state.summary,
      status: state.closed ? ('closed' as const) : ('open' as const),
      drill: state.drill,
      level: currentLevel(state) ?? null,
      detectedAt: state.detectedAt,
      openedAt: state.openedAt,
      closedAt: state.closed?.at ?? null,
      minutes: Math.max(0, Math.round((end.getTime() - new Date(state.detectedAt).getTime()) / 60_000)),
      deadline: deadline
        ? {
            due: deadline.due.toISOString(),
            status: deadline.status,
            by: deadline.response
              ? {
                  response: deadline.response.response,
                  kind: responses.get(deadline.response.response)?.kind ?? null,
                  channel: deadline.response.channel,
                }
              : null,
          }
        : null,
      messages: { public: count('public'), private: count('private'), internal: count('internal') },
      // The next public update an open incident owes (update_every), counted from its last public message.
      nextUpdate: update
        ? {
            due: update.due.toISOString(),
            since: update.since.toISOString(),
            level: update.level,
            overdue: update.overdue,
            minutesLeft: update.minutesLeft,
          }
        : null,
      journal,
    };
  });
  // Times carry offsets: compared as instants, not as text.
  rows.sort((a, b) =>
    a.status === b.status ? Date.parse(b.openedAt) - Date.parse(a.openedAt) : a.status === 'open' ? -1 : 1,
  );
  // Stopped before its first questions were all answered: not an incident yet, but `--resume` finds it.
  const unfinished = unopened.map(({ id, file, journal }) => {
    const drafts = openingDrafts(journal.events);
    return {
      id,
      summary: drafts.get(DRAFT.summary) ?? null,
      status: 'unfinished' as const,
      startedAt: journal.events[0]?.at ?? '',
      resume: commandLine(['escalate', '--resume', id], options),
      journal: file,
    };
  });
  if (options.json) {
    log.out(JSON.stringify([...unfinished, ...rows], null, 2));
    return status;
  }
  // On a terminal (or with COLUMNS) a row wraps, its later lines under its text, after the status.
  const columns = listWidth(ctx.streams.stdout, ctx.env);
  for (const row of unfinished)
    log.out(
      wrapRow(
        `${log.color.bold(t('incidents.unfinished'))}  `,
        `${printable(row.id)}  ${formatBrandTime(row.startedAt, brand)}  ${printable(row.summary ?? '—')}  · ${t('incidents.resume', { command: row.resume })}`,
        columns,
      ),
    );
  if (unfinished.length > 0 && rows.length > 0) log.out('');
  if (rows.length === 0 && unfinished.length === 0) {
    log.out(t('incidents.none'));
    return status;
  }
  // Held together like the times, so a wrapped row never leaves "14" at one line's end and "days" at the next.
  const span = (minutes: number) => durationText(t, minutes).replaceAll(' ', '\u00a0');
  // A due time of another day says its day, worded for it: "antes del lun, 7 dic a las 10:51",
  // where "antes de las lun, 7 dic, 10:51" reads oddly.
  const updateText = (update: (typeof rows)[number]['nextUpdate']) => {
    if (!update) return '';
    const due = new Date(update.due);
    const zone = playbook.brand.timezone;
    const time = formatBrandTime(due, brand, 'time');
    const day = brandDay(due, zone) === brandDay(now, zone) ? undefined : formatBrandTime(due, brand, 'date');
    const when: Record<string, string> = day === undefined ? { due: time } : { day, due: time };
    return ` · ${
      update.overdue
        ? log.color.red(
            t(day ? 'incidents.update.lateOn' : 'incidents.update.late', { ...when, late: span(-update.minutesLeft) }),
          )
        : t(day ? 'incidents.update.nextOn' : 'incidents.update.next', { ...when, left: span(update.minutesLeft) })
    }`;
  };
  const line = (row: (typeof rows)[number]) => {
    const by = row.deadline?.by?.kind
      ? ` (${t('report.responseBy', { kind: t(`kind.${row.deadline.by.kind}`), channel: printable(channels.get(row.deadline.by.channel)?.name ?? row.deadline.by.channel) })})`
      : '';
    const privately = row.messages.private > 0 ? ` · ${t('incidents.private', { count: row.messages.private })}` : '';
    const deadline = row.deadline ? `${t(`incidents.deadline.${row.deadline.status}`)}${by}${privately}` : '—';
    const paint =
      row.deadline?.status === 'missed'
        ? log.color.red
        : row.deadline?.status === 'met'
          ? log.color.green
          : log.color.yellow;
    const status = row.status === 'open' ? log.color.bold(t('incidents.open')) : t('incidents.closed');
    log.out(
      wrapRow(
        `${status}  `,
        `${printable(row.id)}  ${formatBrandTime(row.detectedAt, brand)}  ${keepWhole(printable(row.level === null ? '—' : (levels.get(row.level)?.name ?? row.level)), columns)}  ${span(row.minutes)}  ${paint(deadline)}${updateText(row.nextUpdate)}  ${printable(row.summary)}`,
        columns,
      ),
    );
  };
  // Real incidents first; drills apart, so a failed exercise never reads as an open crisis.
  const drills = rows.filter((row) => row.drill);
  rows.filter((row) => !row.drill).forEach(line);
  if (drills.length > 0) {
    if (drills.length < rows.length) log.out('');
    log.out(wrapRow('', t('incidents.drills'), columns));
    drills.forEach(line);
  }
  return status;
}
