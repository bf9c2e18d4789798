import type { MessageKey } from '../../i18n/index.js';
import type { Level, Playbook } from '../../model/schema.js';
import type { Report } from '../../source/finding.js';
import type { Rule } from '../rule-context.js';

/** Each level of severity 2 or more that `lacks` what an incident that serious needs. */
export const severeLevelsLacking = (playbook: Playbook, lacks: (level: Level) => boolean, messageId: MessageKey) =>
  playbook.levels.flatMap((level, index): Report[] =>
    level.severity >= 2 && lacks(level)
      ? [{ path: ['levels', index], messageId, data: { id: level.id, severity: level.severity } }]
      : [],
  );

export const levelWithoutNotify: Rule = {
  meta: { id: 'level-without-notify', severity: 'warning', docs: 'ruleDoc.level-without-notify' },
  check: ({ playbook }) =>
    severeLevelsLacking(playbook, (level) => level.notify.length === 0, 'rule.levelWithoutNotify'),
};
