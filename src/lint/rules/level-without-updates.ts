import type { Rule } from '../rule-context.js';
import { severeLevelsLacking } from './level-without-notify.js';

// Past the first answer, silence is what turns a complaint into a crisis.
export const levelWithoutUpdates: Rule = {
  meta: { id: 'level-without-updates', severity: 'warning', docs: 'ruleDoc.level-without-updates' },
  check: ({ playbook }) =>
    severeLevelsLacking(playbook, (level) => level.update_every === undefined, 'rule.levelWithoutUpdates'),
};
