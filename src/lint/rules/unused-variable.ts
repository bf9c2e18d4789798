import { usedVariables } from '../../messages/render-context.js';
import type { Report } from '../../source/finding.js';
import type { Rule } from '../rule-context.js';

export const unusedVariable: Rule = {
  meta: { id: 'unused-variable', severity: 'warning', docs: 'ruleDoc.unused-variable' },
  check({ playbook, sources, analysis }) {
    return sources.flatMap((source): Report[] => {
      const result = source && analysis(source);
      if (!source || !result?.ok) return [];
      const used = usedVariables(result.names);
      const response = playbook.responses[source.responseIndex]!;
      return Object.keys(response.variables)
        .filter((name) => !used.has(name))
        .map((name): Report => ({
          path: ['responses', source.responseIndex, 'variables', name],
          on: 'key',
          messageId: 'rule.unusedVariable',
          data: { name, id: response.id },
        }));
    });
  },
};
