import { parseDuration } from '../../model/duration.js';
import type { Report } from '../finding.js';
import type { Rule } from '../rule-context.js';

export const slaOrder: Rule = {
  id: 'sla-order',
  severity: 'warning',
  check({ playbook }) {
    const reports: Report[] = [];
    playbook.levels.forEach((level, index) => {
      const minutes = parseDuration(level.respond_within) ?? 0;
      // The milder level with the shortest deadline is the clearest one to name.
      const faster = playbook.levels
        .filter((other) => other.severity < level.severity && (parseDuration(other.respond_within) ?? 0) < minutes)
        .sort((a, b) => (parseDuration(a.respond_within) ?? 0) - (parseDuration(b.respond_within) ?? 0))[0];
      if (faster) {
        reports.push({
          path: ['levels', index, 'respond_within'],
          messageId: 'rule.slaOrder',
          data: { id: level.id, within: level.respond_within, milder: faster.id, milderWithin: faster.respond_within },
        });
      }
    });
    return reports;
  },
};
