import type { Report } from '../../source/finding.js';
import type { Rule } from '../rule-context.js';

export const unapprovedResponse: Rule = {
  meta: { id: 'unapproved-response', severity: 'warning', docs: 'ruleDoc.unapproved-response' },
  check: ({ playbook }) =>
    playbook.responses.flatMap((response, index): Report[] =>
      response.approved_by
        ? []
        : [{ path: ['responses', index], messageId: 'rule.unapprovedResponse', data: { id: response.id } }],
    ),
};
