import { analyzeTemplate } from '../messages/analyze-template.js';
import type { IncidentFields } from '../messages/render-context.js';
import { DRAFT } from './draft-keys.js';
import { currentLevel, type IncidentState } from './replay.js';

/** What a message may say of its incident (`{{incident.summary}}`…), for the terminal and for drills alike. */
export function incidentFields(state: IncidentState): IncidentFields {
  return {
    id: state.id,
    summary: state.summary,
    level: currentLevel(state) ?? '',
    started_at: state.openedAt,
    channel: state.channel,
    // Given at the opening, or asked when a message first needed it (DRAFT.incidentLink).
    link: state.link || state.drafts.get(DRAFT.incidentLink) || '',
  };
}

/**
 * Whether a template prints `{{incident.link}}` unguarded: rendering is strict, so an incident
 * opened without a link is asked for it before such a message, never rendered with a blank.
 */
export function needsIncidentLink(templateText: string): boolean {
  const analysis = analyzeTemplate(templateText);
  return (
    analysis.ok &&
    analysis.names.some(
      (use) =>
        use.parts.length === 2 && use.parts[0] === 'incident' && use.parts[1] === 'link' && !use.test && !use.guarded,
    )
  );
}
