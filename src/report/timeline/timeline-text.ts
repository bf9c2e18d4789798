import { clockMinutes } from '../../escalate/deadlines.js';
import type { Translate } from '../../i18n/index.js';
import { durationText } from '../../i18n/duration-text.js';
import type { ReportData } from '../report-data.js';
import type { Draft } from './events.js';
import { mentionsDesc, type MentionBar } from './mentions.js';

// The picture's accessible text, for a screen reader and for whoever cannot see it: its title
// (the span of the incident) and its description (levels, counts, first response, mentions).

interface TimelineFacts {
  bands: ReadonlyArray<{ from: number; name: string }>;
  /** Every mark, grouped or not: the description counts them all. */
  list: Draft[];
  mentions: MentionBar[];
  /** Whether the picture has a numbered key below it. */
  keyed: boolean;
  seen: number;
  end: number;
  due: number | undefined;
}

export function timelineText(
  data: ReportData,
  { bands, list, mentions, keyed, seen, end, due }: TimelineFacts,
  t: Translate,
  { short, full }: { short: (at: number) => string; full: (at: number) => string },
): { title: string; desc: string } {
  const fr = data.firstResponse;
  // One pass over the marks, however many there are.
  const counts = { contacts: 0, steps: 0, messages: 0, promises: 0, notes: 0, levels: 0 };
  for (const e of list) {
    if (e.style === 'note' && e.lane === 'promises') counts.notes += 1;
    else counts[e.lane] += 1;
  }
  const levelsText = bands.map((b) => t('timeline.levelFrom', { name: b.name, time: short(b.from) })).join(', ');
  const duration = durationText(t, clockMinutes(new Date(seen), new Date(end)));
  const title = t(data.incident.open ? 'timeline.titleOpen' : 'timeline.title', {
    from: full(seen),
    to: short(end),
    duration,
  });
  const desc = [
    levelsText ? t('timeline.descLevels', { levels: levelsText }) : '',
    t('timeline.descCounts', counts),
    fr
      ? t(fr.at ? 'timeline.descFirst' : 'timeline.descNoFirst', {
          time: fr.at ? short(Date.parse(fr.at)) : '',
          due: short(due!),
          outcome: t(`report.${fr.outcome}`),
        })
      : '',
    mentionsDesc(mentions, t),
    keyed ? t('timeline.descKey') : '',
  ]
    .filter(Boolean)
    .join(' ');

  return { title, desc };
}
