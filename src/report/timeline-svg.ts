import { brandWallClock } from '../escalate/wall-clock.js';
import type { ReportData } from './report-data.js';
import { layoutTimeline } from './timeline/layout.js';
import type { TimelineContext } from './timeline/events.js';
import { timelineModel } from './timeline/model.js';
import { renderTimeline } from './timeline/svg.js';

/**
 * The incident at a glance: a lane per kind of event (level changes, contacts, steps, messages,
 * promises and notes), each mark numbered, and when the watch saw any, the mentions per hour as
 * bars on the same axis; the levels as bands from their declaration, the first
 * sighting, the first-response deadline, the first public response and the close as lines; and
 * the key that repeats each mark's tooltip below the picture, for print and screen readers.
 */
export function timeline(data: ReportData, ctx: TimelineContext) {
  const model = timelineModel(data, ctx);
  const layout = layoutTimeline(model, (instant) => brandWallClock(instant, ctx.brand.timezone));
  return { svg: renderTimeline(model, layout), key: model.key };
}
