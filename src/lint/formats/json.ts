import { resolve } from 'node:path';
import { jsonWithoutControls } from '../../model/control-chars.js';
import type { FileResult, Refusal } from '../../source/finding.js';

/** The shape of ESLint's `json` formatter, so existing tools and CI reporters read it as is. */
export function formatJson(results: FileResult[], cwd: string, refused: readonly Refusal[] = []): string {
  // A refused file as ESLint reports a file it could not lint: a fatal message with no rule.
  const fatal = refused.map(({ file, message }) => ({
    filePath: resolve(cwd, file),
    messages: [{ ruleId: null, fatal: true, severity: 2, message, line: 1, column: 1 }],
    errorCount: 1,
    fatalErrorCount: 1,
    warningCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
  }));
  const json = JSON.stringify([
    ...results.map(({ file, findings }) => {
      const errorCount = findings.filter((f) => f.severity === 'error').length;
      return {
        filePath: resolve(cwd, file),
        messages: findings.map((f) => ({
          ruleId: f.ruleId,
          severity: f.severity === 'error' ? 2 : 1,
          message: f.message,
          line: f.line,
          column: f.column,
          ...(f.endLine !== undefined && { endLine: f.endLine, endColumn: f.endColumn }),
        })),
        errorCount,
        fatalErrorCount: 0,
        warningCount: findings.length - errorCount,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
      };
    }),
    ...fatal,
  ]);
  return jsonWithoutControls(json);
}
