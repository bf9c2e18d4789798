import type { MessageCheckId } from '../../messages/check-message.js';
import type { Report } from '../../source/finding.js';
import { textPath, type Rule } from '../rule-context.js';

// The checks escalate runs before publishing, applied by lint to each response rendered with its examples
// (computed once per response by the rule context, see lint-playbook.ts).
// apology-links, message-too-long and avoid-topic are each this factory with their own id.
export function messageRule(id: MessageCheckId, severity: Rule['severity']): Rule {
  return {
    id,
    severity,
    check({ playbook, sources, checks }) {
      const reports: Report[] = [];
      for (const source of sources) {
        if (!source) continue;
        const response = playbook.responses[source.responseIndex]!;
        const seen = new Set<string>();
        for (const sample of checks(source.responseIndex)) {
          for (const problem of sample.problems) {
            // One finding per problem and response: the same missing hashtag on three channels is one fix.
            const key = id === 'message-too-long' ? `${problem.messageId}:${sample.channel.id}` : problem.messageId + String(problem.data.term ?? '');
            if (problem.ruleId !== id || seen.has(key)) continue;
            seen.add(key);
            reports.push({ path: textPath(source), messageId: problem.messageId, data: { ...problem.data, id: response.id } });
          }
        }
      }
      return reports;
    },
  };
}

