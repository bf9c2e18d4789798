import type { Context } from '../context.js';
import { brandDay, formatBrandTime } from '../../escalate/brand-time.js';
import type { IncidentEvent } from '../../escalate/events.js';
import { apply, openState, type IncidentState } from '../../escalate/replay.js';
import { nextUpdate } from '../../escalate/update-cadence.js';
import { durationText } from '../../i18n/duration-text.js';
import type { Playbook } from '../../model/schema.js';

/**
 * The update cadence of a drill, by the script's clock: each time a public message or
 * a level change sets a new deadline for the next public update, one line says when, and how late
 * the update that reset it came; at the end, where the next one stands. Fed every event in order,
 * those already in the journal of a resumed drill first (`quiet`), which print nothing.
 */
export function cadenceLines(playbook: Playbook, ctx: Context) {
  const { log, t } = ctx;
  let state: IncidentState | undefined;
  let due: number | undefined;
  const clock = (when: Date, now: Date) => {
    const sameDay = brandDay(when, playbook.brand.timezone) === brandDay(now, playbook.brand.timezone);
    return formatBrandTime(when, playbook.brand, sameDay ? 'time' : 'datetime');
  };
  const span = (minutes: number) => durationText(t, minutes);

  return {
    see(event: IncidentEvent, quiet = false): void {
      if (event.type === 'opened') state = openState(event);
      else if (state) apply(state, event);
      if (!state || (event.type !== 'published' && event.type !== 'level')) return;
      const at = new Date(event.at);
      const next = nextUpdate(state, playbook, at);
      if (!next || next.due.getTime() === due) return;
      due = next.due.getTime();
      if (quiet) return;
      const out = next.frozen;
      if (out?.late && next.since.getTime() === at.getTime())
        log.out(
          log.color.red(
            t('escalate.update.late', { at: clock(at, at), due: clock(out.due, at), late: span(-out.minutesLeft) }),
          ),
        );
      log.out(t('escalate.update.next', { at: clock(at, at), due: clock(next.due, at) }));
    },
    /** Where the next update stands when the drill stops, at the time of its last event. */
    end(): void {
      if (!state) return;
      const now = new Date(state.lastAt);
      const next = nextUpdate(state, playbook, now);
      if (!next) return;
      const params = { due: clock(next.due, now), now: clock(now, now) };
      log.out(
        next.overdue
          ? log.color.red(t('escalate.update.endLate', { ...params, late: span(-next.minutesLeft) }))
          : t('escalate.update.end', { ...params, left: span(next.minutesLeft) }),
      );
    },
  };
}
