import type { Rule } from '../rule-context.js';

export const levelUnreachable: Rule = {
  meta: { id: 'level-unreachable', severity: 'warning', docs: 'ruleDoc.level-unreachable' },
  check({ playbook }) {
    if (!playbook.triage || playbook.triage.length === 0) return [];
    const reached = new Set(playbook.triage.flatMap((question) => question.options.map((option) => option.level)));
    return playbook.levels.flatMap((level, index) =>
      reached.has(level.id)
        ? []
        : [{ path: ['levels', index, 'id'], messageId: 'rule.levelUnreachable', data: { id: level.id } }],
    );
  },
};
