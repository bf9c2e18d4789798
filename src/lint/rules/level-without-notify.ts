import type { Rule } from '../rule-context.js';

export const levelWithoutNotify: Rule = {
  meta: { id: 'level-without-notify', severity: 'warning', docs: 'ruleDoc.level-without-notify' },
  check: ({ playbook }) =>
    playbook.levels.flatMap((level, index) =>
      level.severity >= 2 && level.notify.length === 0
        ? [
            {
              path: ['levels', index],
              messageId: 'rule.levelWithoutNotify',
              data: { id: level.id, severity: level.severity },
            },
          ]
        : [],
    ),
};
