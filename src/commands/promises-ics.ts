import { resolve } from 'node:path';
import type { Context } from '../cli/context.js';
import { guardOutput, type CommandInputs } from '../cli/output-guard.js';
import { replaceFile } from '../cli/write-files.js';
import type { StoredIncident } from '../cli/incident-store/incident-folder.js';
import { listPromises } from '../escalate/promise-due.js';
import { replay } from '../escalate/replay.js';
import { closingMessage, updateCadence } from '../escalate/update-cadence.js';
import { toLang, translator } from '../i18n/index.js';
import { planIndex } from '../model/plan-index.js';
import type { Playbook } from '../model/schema.js';
import { promisesCalendar, type UpdateDeadline } from '../report/promises-calendar.js';

const DEFAULT_CALENDAR = 'promises.ics';

/**
 * Each open incident's next public update, when the plan sets a cadence for its level
 * (`update_every`). Once the cadence is over, at the public closing message or the close, the
 * deadline it had then is sent once more, cancelled, or it would stay in every calendar that
 * imported it. A journal only grows, so its count of events is a SEQUENCE that rises with every
 * change and stays put while nothing happens.
 */
function updateDeadlines(playbook: Playbook, incidents: readonly StoredIncident[], now: Date): UpdateDeadline[] {
  return incidents.flatMap(({ state, journal }) => {
    const { events } = journal;
    const farewell = closingMessage(playbook, state, state.closed ? new Date(state.closed.at) : now);
    const over = events.findIndex(
      (event) =>
        event.type === 'closed' ||
        (farewell !== undefined &&
          event.type === 'published' &&
          event.at === farewell.at &&
          event.response === farewell.response &&
          event.channel === farewell.channel),
    );
    const end = events[over];
    const next = end
      ? updateCadence(replay(events.slice(0, over)), playbook, new Date(end.at)).next
      : updateCadence(state, playbook, now).next;
    if (!next) return [];
    const deadline = { incidentId: state.id, summary: state.summary, due: next.due.toISOString() };
    return [{ ...deadline, sequence: events.length, changedAt: state.lastAt, cancelled: end !== undefined }];
  });
}

/**
 * `crisis promises --ics [FILE]`: the calendar file of the real incidents' promises (a drill's
 * promise was made to nobody, so it stays out of a real calendar), kept ones included so that
 * importing again marks them completed. `-` writes it to stdout, as it is: CRLF and all.
 */
export async function writeCalendar(
  target: string | true,
  playbook: Playbook,
  incidents: readonly StoredIncident[],
  inputs: CommandInputs,
  ctx: Context,
  now: Date,
): Promise<number> {
  const file = target === true ? DEFAULT_CALENDAR : target;
  const landing = target === '-' ? undefined : guardOutput(file, ctx.cwd, inputs);
  const real = incidents.filter(({ state }) => !state.drill);
  const { contacts } = planIndex(playbook);
  const changed = new Map(real.map(({ state }) => [state.id, state.lastAt]));
  const promises = listPromises(
    real.map(({ state }) => state),
    now,
  ).map((p) => ({
    ...p,
    approvedByName: contacts.get(p.approvedBy)?.name ?? p.approvedBy,
    changedAt: changed.get(p.incidentId) ?? p.at,
  }));
  const updates = updateDeadlines(playbook, real, now);
  // The calendar is the team's, like the report: in the plan's language unless --lang says otherwise.
  const lang = (ctx.langFlag === undefined ? toLang(playbook.brand.language) : undefined) ?? ctx.lang;
  const text = promisesCalendar({
    brand: playbook.brand.name,
    lang,
    version: ctx.version,
    promises,
    updates,
    now,
    t: translator(lang),
  });
  const drills = incidents.reduce((count, { state }) => count + (state.drill ? state.promises.size : 0), 0);
  if (drills > 0) ctx.log.info(ctx.t('promises.icsDrills', { count: drills }));
  // An empty calendar is no valid file: say so, and leave any earlier one as it is.
  if (text === undefined) {
    ctx.log.info(ctx.t('promises.icsNothing'));
    return 0;
  }
  if (landing === undefined) {
    ctx.streams.stdout.write(text);
    return 0;
  }
  replaceFile(landing, text, resolve(ctx.cwd, file));
  ctx.log.info(
    ctx.t('promises.icsWritten', {
      file,
      count: promises.length,
      events: updates.filter((update) => !update.cancelled).length,
    }),
  );
  return 0;
}
