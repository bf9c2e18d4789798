import { escapeChar, findControlChar } from '../../model/control-chars.js';
import type { Report } from '../../source/finding.js';
import { textPath, type Rule } from '../rule-context.js';

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
