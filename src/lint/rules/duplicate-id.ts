import type { Report, YamlPath } from '../../source/finding.js';
import type { Rule } from '../rule-context.js';

type Listed = [path: YamlPath, list: ReadonlyArray<{ id: string }> | undefined];

export const duplicateId: Rule = {
  meta: { id: 'duplicate-id', severity: 'error', docs: 'ruleDoc.duplicate-id' },
  check({ playbook }) {
    const lists: Listed[] = [
      [['channels'], playbook.channels],
      [['contacts'], playbook.contacts],
      [['departments'], playbook.departments],
      [['influencers'], playbook.influencers],
      [['levels'], playbook.levels],
      [['triage'], playbook.triage],
      [['responses'], playbook.responses],
      [['brand', 'weaknesses'], playbook.brand.weaknesses],
      ...playbook.levels.map((level, index): Listed => [['levels', index, 'steps'], level.steps]),
    ];
    const reports: Report[] = [];
    for (const [path, list] of lists) {
      const first = new Map<string, number>();
      list?.forEach((entry, index) => {
        const earlier = first.get(entry.id);
        if (earlier === undefined) first.set(entry.id, index);
        else
          reports.push({
            path: [...path, index, 'id'],
            messageId: 'rule.duplicateId',
            data: { id: entry.id, list: path.join('.'), first: earlier + 1 },
          });
      });
    }
    return reports;
  },
};
