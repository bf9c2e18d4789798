import type { MessageCheckId } from '../../messages/check-message.js';
import type { Report } from '../../source/finding.js';
import { textPath, type Rule, type RuleMeta } from '../rule-context.js';

// The checks escalate runs before publishing, applied by lint to each response rendered with its examples
// (computed once per response by the rule context, see lint-playbook.ts).
// apology-links, message-too-long and avoid-topic are each this factory with their own meta and options.
// `onePer` is what makes two problems of a response one finding, beside their message: `term` for a fix
// made once in the text (the same missing hashtag on three channels), `channel` for one per channel
// (each channel has its own length limit, so each overflow is its own fix).
export function messageRule(meta: RuleMeta & { id: MessageCheckId }, { onePer }: { onePer: 'term' | 'channel' }): Rule {
  return {
    meta,
    check({ playbook, sources, checks }) {
      const reports: Report[] = [];
      for (const source of sources) {
        if (!source) continue;
        const response = playbook.responses[source.responseIndex]!;
        const seen = new Set<string>();
        for (const sample of checks(source.responseIndex)) {
          // On a channel the response lists, the text is what to fix; on one only a step brings, the step.
          for (const path of sample.via.length > 0 ? sample.via : [textPath(source)]) {
            for (const problem of sample.problems) {
              const what = onePer === 'channel' ? sample.channel.id : String(problem.data.term ?? '');
              const key = `${problem.messageId}:${what}:${path.join('.')}`;
              if (problem.ruleId !== meta.id || seen.has(key)) continue;
              seen.add(key);
              reports.push({ path, messageId: problem.messageId, data: { ...problem.data, id: response.id } });
            }
          }
        }
      }
      return reports;
    },
  };
}
