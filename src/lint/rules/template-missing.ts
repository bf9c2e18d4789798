import type { MessageKey } from '../../i18n/index.js';
import type { Report } from '../finding.js';
import type { Rule } from '../rule-context.js';

const MESSAGES: Record<string, MessageKey> = {
  missing: 'rule.templateMissing',
  outside: 'rule.templateOutside',
  unreadable: 'rule.templateUnreadable',
  binary: 'rule.templateBinary',
};

export const templateMissing: Rule = {
  id: 'template-missing',
  severity: 'error',
  check({ playbook, templateFiles }) {
    return playbook.responses.flatMap((response, index): Report[] => {
      const problem = response.template === undefined ? undefined : templateFiles.get(response.template)?.problem;
      return problem ? [{ path: ['responses', index, 'template'], messageId: MESSAGES[problem]!, data: { path: response.template ?? '' } }] : [];
    });
  },
};
