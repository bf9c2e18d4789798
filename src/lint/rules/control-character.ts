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
    const reports: Report[] = [];
    for (const source of sources) {
      if (!source) continue;
      const response = playbook.responses[source.responseIndex]!;
      const inText = findControlChar(source.text);
      if (inText) {
        reports.push({
          template: source,
          line: inText.line,
          column: inText.column,
          messageId: 'rule.controlChar',
          data: { id: response.id, char: escapeChar(inText.char) },
        });
        continue;
      }
      let inExamples = false;
      for (const [name, variable] of Object.entries(response.variables)) {
        const found = variable.example === undefined ? undefined : findControlChar(variable.example);
        if (!found) continue;
        inExamples = true;
        reports.push({
          path: ['responses', source.responseIndex, 'variables', name, 'example'],
          messageId: 'rule.controlCharExample',
          data: { name, id: response.id, char: escapeChar(found.char) },
        });
      }
      if (inExamples) continue;
      const rendered = checks(source.responseIndex)
        .flatMap((sample) => sample.problems)
        .find((problem) => problem.ruleId === 'control-character');
      if (rendered)
        reports.push({
          path: textPath(source),
          messageId: 'rule.controlChar',
          data: { id: response.id, char: String(rendered.data.char) },
        });
    }
    return reports;
  },
};
