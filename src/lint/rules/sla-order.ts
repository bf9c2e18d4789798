import { parseDuration } from '../../model/duration.js';
import type { Report } from '../../source/finding.js';
import type { Rule } from '../rule-context.js';

export const slaOrder: Rule = {
  meta: { id: 'sla-order', severity: 'warning', docs: 'ruleDoc.sla-order' },
  check({ playbook }) {
    const timed = playbook.levels.map((level, index) => ({
      level,
      index,
      minutes: parseDuration(level.respond_within) ?? 0,
    }));
    type Timed = (typeof timed)[number];
    // From mild to severe (severities are unique once the schema passed), keeping the fastest
    // milder level seen: one pass after a sort, where comparing every pair grew with its square.
    const fastestMilder = new Map<number, Timed>();
    let fastest: Timed | undefined;
    for (const entry of [...timed].sort((a, b) => a.level.severity - b.level.severity)) {
      if (fastest) fastestMilder.set(entry.index, fastest);
      // The milder level with the shortest deadline is the clearest one to name; on a tie, the first.
      if (
        !fastest ||
        entry.minutes < fastest.minutes ||
        (entry.minutes === fastest.minutes && entry.index < fastest.index)
      )
        fastest = entry;
    }
    return timed.flatMap(({ level, index, minutes }): Report[] => {
      const faster = fastestMilder.get(index);
      if (!faster || faster.minutes >= minutes) return [];
      const { id, respond_within: within } = level;
      const data = { id, within, milder: faster.level.id, milderWithin: faster.level.respond_within };
      return [{ path: ['levels', index, 'respond_within'], messageId: 'rule.slaOrder', data }];
    });
  },
};
