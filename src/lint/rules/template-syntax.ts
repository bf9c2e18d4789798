import type { Report } from '../finding.js';
import type { Rule } from '../rule-context.js';

export const templateSyntax: Rule = {
  id: 'template-syntax',
  severity: 'error',
  check({ sources, analysis }) {
    return sources.flatMap((source): Report[] => {
      if (!source) return [];
      const result = analysis(source);
      return result.ok ? [] : [{ template: source, line: result.line, column: result.column, messageId: result.messageId, data: { detail: result.detail } }];
    });
  },
};
