import { resolve } from 'node:path';
import { jsonWithoutControls } from '../../model/control-chars.js';
import type { FileResult } from '../../source/finding.js';

/** The shape of ESLint's `json` formatter, so existing tools and CI reporters read it as is. */
export function formatJson(results: FileResult[], cwd: string): string {
  const json = JSON.stringify(
    results.map(({ file, findings }) => {
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
  );
  return jsonWithoutControls(json);
}
