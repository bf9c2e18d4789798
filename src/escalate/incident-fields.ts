import type { IncidentFields } from '../messages/render-context.js';
import { currentLevel, type IncidentState } from './replay.js';

/** What a message may say of its incident (`{{incident.summary}}`…), for the terminal and for drills alike. */
export function incidentFields(state: IncidentState): IncidentFields {
  return {
    id: state.id,
    summary: state.summary,
    level: currentLevel(state) ?? '',
    started_at: state.openedAt,
    channel: state.channel,
    link: state.link ?? '',
  };
}
