import type { MessageKey } from '../../i18n/index.js';
import { undeclaredNames, usedVariables } from '../../messages/render-context.js';
import type { Report } from '../../source/finding.js';
import type { Rule, TemplateProblem } from '../rule-context.js';
import { staysInside } from '../template-path.js';

const MESSAGES: Record<TemplateProblem, MessageKey> = {
  missing: 'rule.templateMissing',
  outside: 'rule.templateOutside',
  unreadable: 'rule.templateUnreadable',
  binary: 'rule.templateBinary',
  notFile: 'rule.templateNotFile',
};

export const templateMissing: Rule = {
  meta: { id: 'template-missing', severity: 'error', docs: 'ruleDoc.template-missing' },
  check({ playbook, templateFiles }) {
    return playbook.responses.flatMap((response, index): Report[] => {
      if (response.template === undefined) return [];
      // Decided here, not only by the shell: a path that leaves the folder is refused before any read.
      const problem = staysInside(response.template)
        ? (templateFiles.get(response.template)?.problem ??
          (templateFiles.has(response.template) ? undefined : 'missing'))
        : 'outside';
      const path = ['responses', index, 'template'];
      return problem ? [{ path, messageId: MESSAGES[problem], data: { path: response.template } }] : [];
    });
  },
};

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
