import { escapeChar, findControlChar } from '../../model/control-chars.js';
import type { MessageCheckId } from '../../messages/check-message.js';
import type { Report, Severity } from '../../source/finding.js';
import { textPath, type Rule } from '../rule-context.js';

// The checks escalate runs before publishing, applied by lint to each response rendered with its examples
// (computed once per response by the rule context, see lint-playbook.ts).
// apology-links, message-too-long and avoid-topic are each this factory with their own id, severity and `onePer`.
// `onePer` is what makes two problems of a response one finding, beside their message: `term` for a fix
// made once in the text (the same missing hashtag on three channels), `channel` for one per channel
// (each channel has its own length limit, so each overflow is its own fix).
function messageRule(id: MessageCheckId, severity: Severity, onePer: 'term' | 'channel'): Rule {
  return {
    meta: { id, severity, docs: `ruleDoc.${id}` },
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
              if (problem.ruleId !== id || seen.has(key)) continue;
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

export const apologyLinks = messageRule('apology-links', 'error', 'term');
export const messageTooLong = messageRule('message-too-long', 'error', 'channel');
export const avoidTopic = messageRule('avoid-topic', 'warning', 'term');

/**
 * A message to publish holds no control character (ESC, BEL, a lone CR…): invisible in a post,
 * and raw on a terminal it would move the cursor or write the clipboard. Found where it is
 * written: in the text or template at its position, else in a variable's example, else (a brand
 * value, say) in the text as lint renders it.
 */
export const controlCharacter: Rule = {
  meta: { id: 'control-character', severity: 'error', docs: 'ruleDoc.control-character' },
  check({ playbook, sources, checks }) {
    return sources.flatMap((source): Report[] => {
      if (!source) return [];
      const response = playbook.responses[source.responseIndex]!;
      const inText = findControlChar(source.text);
      if (inText) {
        const { line, column, char } = inText;
        const data = { id: response.id, char: escapeChar(char) };
        return [{ template: source, line, column, messageId: 'rule.controlChar', data }];
      }
      const inExamples = Object.entries(response.variables).flatMap(([name, variable]): Report[] => {
        const found = variable.example === undefined ? undefined : findControlChar(variable.example);
        if (!found) return [];
        const path = ['responses', source.responseIndex, 'variables', name, 'example'];
        const data = { name, id: response.id, char: escapeChar(found.char) };
        return [{ path, messageId: 'rule.controlCharExample', data }];
      });
      if (inExamples.length > 0) return inExamples;
      const rendered = checks(source.responseIndex)
        .flatMap((sample) => sample.problems)
        .find((problem) => problem.ruleId === 'control-character');
      if (!rendered) return [];
      const data = { id: response.id, char: String(rendered.data.char) };
      return [{ path: textPath(source), messageId: 'rule.controlChar', data }];
    });
  },
};

export const unapprovedResponse: Rule = {
  meta: { id: 'unapproved-response', severity: 'warning', docs: 'ruleDoc.unapproved-response' },
  check: ({ playbook }) =>
    playbook.responses.flatMap((response, index): Report[] =>
      response.approved_by
        ? []
        : [{ path: ['responses', index], messageId: 'rule.unapprovedResponse', data: { id: response.id } }],
    ),
};
