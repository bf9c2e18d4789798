import type { Rule } from '../rule-context.js';

// Past the first answer, silence is what turns a complaint into a crisis.
export const levelWithoutUpdates: Rule = {
  meta: { id: 'level-without-updates', severity: 'warning', docs: 'ruleDoc.level-without-updates' },
  check: ({ playbook }) =>
    playbook.levels.flatMap((level, index) =>
      level.severity >= 2 && level.update_every === undefined
        ? [
            {
              path: ['levels', index],
              messageId: 'rule.levelWithoutUpdates',
              data: { id: level.id, severity: level.severity },
            },
          ]
        : [],
    ),
};
