import { undeclaredNames } from '../../messages/render-context.js';
import type { Report } from '../../source/finding.js';
import type { Rule } from '../rule-context.js';

export const undeclaredVariable: Rule = {
  meta: { id: 'undeclared-variable', severity: 'error', docs: 'ruleDoc.undeclared-variable' },
  check({ playbook, sources, analysis }) {
    return sources.flatMap((source): Report[] => {
      const result = source && analysis(source);
      if (!source || !result?.ok) return [];
      const response = playbook.responses[source.responseIndex]!;
      return undeclaredNames(result.names, response, playbook).map((problem) => ({
        template: source,
        line: problem.use.line,
        column: problem.use.column,
        messageId: problem.messageId,
        data: { name: problem.name, id: response.id, ...problem.data },
      }));
    });
  },
};
