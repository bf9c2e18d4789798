import type { Report } from '../../source/finding.js';
import type { Rule } from '../rule-context.js';

// Handlebars' strict errors end with " - line:column" (column 0-based).
const RENDER_POSITION = / - (\d+):(\d+)$/;

export const templateSyntax: Rule = {
  meta: { id: 'template-syntax', severity: 'error', docs: 'ruleDoc.template-syntax' },
  check({ sources, analysis, checks }) {
    return sources.flatMap((source): Report[] => {
      if (!source) return [];
      const result = analysis(source);
      if (!result.ok)
        return [
          {
            template: source,
            line: result.line,
            column: result.column,
            messageId: result.messageId,
            data: { detail: result.detail, ...result.data },
          },
        ];
      const failed = checks(source.responseIndex).find((check) => check.error !== undefined);
      if (!failed) return [];
      const [, line = '1', column = '0'] = RENDER_POSITION.exec(failed.error!) ?? [];
      const detail = failed.error!.replace(RENDER_POSITION, '');
      return [
        {
          template: source,
          line: Number(line),
          column: Number(column),
          messageId: 'template.renderFailed',
          data: { detail, channel: failed.channel.id },
        },
      ];
    });
  },
};
