import type { MessageKey } from '../../i18n/index.js';
import type { Report } from '../../source/finding.js';
import type { Rule, TemplateProblem } from '../rule-context.js';
import { staysInside } from '../template-path.js';

const MESSAGES: Record<TemplateProblem, MessageKey> = {
  missing: 'rule.templateMissing',
  outside: 'rule.templateOutside',
  unreadable: 'rule.templateUnreadable',
  binary: 'rule.templateBinary',
  notFile: 'rule.templateNotFile',
};

export const templateMissing: Rule = {
  meta: { id: 'template-missing', severity: 'error', docs: 'ruleDoc.template-missing' },
  check({ playbook, templateFiles }) {
    return playbook.responses.flatMap((response, index): Report[] => {
      if (response.template === undefined) return [];
      // Decided here, not only by the shell: a path that leaves the folder is refused before any read.
      const problem = staysInside(response.template)
        ? (templateFiles.get(response.template)?.problem ??
          (templateFiles.has(response.template) ? undefined : 'missing'))
        : 'outside';
      const path = ['responses', index, 'template'];
      return problem ? [{ path, messageId: MESSAGES[problem], data: { path: response.template } }] : [];
    });
  },
};
