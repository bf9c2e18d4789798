import { clockMinutes, firstResponseDeadline, isPublicResponse } from '../../escalate/deadlines.js';
import { notifyPlan } from '../../escalate/next-question.js';
import type { IncidentState } from '../../escalate/replay.js';
import { updateRecord } from '../../escalate/update-record.js';
import { toLang, translator, type Lang } from '../../i18n/index.js';
import { brandTimeFormat } from '../../escalate/brand-time.js';
import { durationText } from '../../i18n/duration-text.js';
import { planIndex } from '../../model/plan-index.js';
import type { Playbook } from '../../model/schema.js';
import { labelsUnder } from '../../model/user-keys.js';
import type { ReportFormat } from '../formats.js';
import { markdownAddress, markdownBlock, markdownInline, plainSpaces } from '../markdown-text.js';

// What every section of the report reads: the journal's facts worked out once (Facts), and the
// formatting a template's view needs (ViewFormat). A section takes these and returns its part.

/** Minutes from one moment to another as the clock shows them: the rule every deadline is judged by. */
export const minutesBetween = (from: string, to: string) => clockMinutes(from, to);

/** The plan, the replayed journal, and what more than one section reads of them. */
export type Facts = ReturnType<typeof factsOf>;

export function factsOf(playbook: Playbook, state: IncidentState, now: Date) {
  const index = planIndex(playbook);
  return {
    playbook,
    state,
    now,
    index,
    /** The close, or `now` while the incident is open. */
    end: state.closed?.at ?? now.toISOString(),
    /** The first public response; a private reply or a notice to the team is none, whatever its channel. */
    firstPublic: state.published.find((p) => isPublicResponse(playbook, p)),
    deadline: firstResponseDeadline(playbook, state, now),
    notify: notifyPlan(playbook, state),
    cadence: updateRecord(playbook, state, now),
    kindOf: (id: string) => index.responses.get(id)?.kind,
    channelName: (id: string) => index.channels.get(id)?.name ?? id,
  };
}

/** How a template's view writes the facts: in the plan's language, escaped for its format. */
export type ViewFormat = ReturnType<typeof viewFormat>;

const same = (text: string) => text;

/**
 * A date on a phone breaks after its commas ("domingo, / 22 de nov de 2026, / 21:05"), never inside
 * a part: held whole by no-break spaces, it was wider than a card's cell and the page broke it
 * anywhere, "2 / 026". The parts keep theirs.
 */
const htmlDate = (text: string) => text.replaceAll(',\u00a0', ', ');

export function viewFormat(playbook: Playbook, format: ReportFormat) {
  const lang: Lang = toLang(playbook.brand.language) ?? 'en';
  const t = translator(lang);
  const labels = labelsUnder(lang, 'report.');
  const markdown = format === 'md';
  const esc = markdown ? markdownInline : same;
  const dated = brandTimeFormat(playbook.brand, 'dated');
  const index = planIndex(playbook);
  return {
    lang,
    t,
    /** The catalog's `report.*` sentences by their short name; a status from the journal must not find an inherited function. */
    labels,
    /** Incident text in a line, escaped for Markdown (Handlebars escapes it for HTML). */
    esc,
    /** A field that is an address, linked whole in Markdown. */
    address: markdown ? markdownAddress : same,
    /** Incident text of several lines. */
    block: markdown ? markdownBlock : same,
    /** A moment, with its year: read the next morning or a year later. */
    time: (iso: string | undefined) => (iso ? (markdown ? plainSpaces(dated(iso)) : htmlDate(dated(iso))) : ''),
    minutes: (value: number | undefined) =>
      value === undefined ? t('report.none') : markdown ? plainSpaces(durationText(t, value)) : durationText(t, value),
    /** An outcome's label; a value this version does not know (a later one wrote it) has none. */
    outcome: (value: string | undefined) => (value ? labels[value] : ''),
    levelName: (id: string) => esc(index.levels.get(id)?.name ?? id),
    index,
  };
}
