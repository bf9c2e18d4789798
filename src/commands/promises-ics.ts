import { resolve } from 'node:path';
import type { Context } from '../cli/context.js';
import { guardOutput, type CommandInputs } from '../cli/output-guard.js';
import { replaceFile } from '../cli/write-files.js';
import type { StoredIncident } from '../cli/incident-store/incident-folder.js';
import { audienceOf } from '../escalate/events.js';
import { listPromises } from '../escalate/promise-due.js';
import { nextUpdate } from '../escalate/update-cadence.js';
import { toLang, translator } from '../i18n/index.js';
import { planIndex } from '../model/plan-index.js';
import type { Playbook } from '../model/schema.js';
import { promisesCalendar, type UpdateDeadline } from '../report/promises-calendar.js';

export const DEFAULT_CALENDAR = 'promises.ics';

/** Each open incident's next public update, when the plan sets a cadence for its level (`update_every`). */
function updateDeadlines(playbook: Playbook, incidents: readonly StoredIncident[], now: Date): UpdateDeadline[] {
  return incidents.flatMap(({ state }) => {
    const next = nextUpdate(state, playbook, now);
    if (!next) return [];
    // Only a public message or a change of level moves the deadline: their count only grows.
    const moves = state.published.filter((event) => audienceOf(event) === 'public').length + state.levels.length;
    return [{ incidentId: state.id, summary: state.summary, due: next.due.toISOString(), sequence: moves }];
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
  const promises = listPromises(
    real.map(({ state }) => state),
    now,
  ).map((p) => ({ ...p, approvedByName: contacts.get(p.approvedBy)?.name ?? p.approvedBy }));
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
  if (landing === undefined) {
    ctx.streams.stdout.write(text);
    return 0;
  }
  replaceFile(landing, text, resolve(ctx.cwd, file));
  ctx.log.info(ctx.t('promises.icsWritten', { file, count: promises.length, events: updates.length }));
  return 0;
}
