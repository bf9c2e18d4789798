import type { ChalkInstance } from 'chalk';
import type { Translate } from '../../i18n/index.js';
import { printable } from '../../model/control-chars.js';
import type { FileResult } from '../../source/finding.js';

export function totals(results: FileResult[]) {
  const all = results.flatMap((result) => result.findings);
  return {
    errors: all.filter((f) => f.severity === 'error').length,
    warnings: all.filter((f) => f.severity === 'warning').length,
  };
}

/** ESLint's stylish layout: a block per file, aligned columns, one summary line. */
export function formatStylish(results: FileResult[], t: Translate, color: ChalkInstance): string {
  const lines: string[] = [];
  for (const { file, findings } of results) {
    if (findings.length === 0) continue;
    // A file name or a message holding a newline or ESC must not forge or paint a line of its own.
    lines.push('', color.underline(printable(file)));
    const rows = findings.map((f) => [
      `${f.line}:${f.column}`,
      f.severity === 'error' ? t('lint.error') : t('lint.warning'),
      printable(f.message),
      f.ruleId,
    ]);
    // A loop, not Math.max(...rows): spreading some 100k findings overflows the call stack.
    const width = (index: number) => rows.reduce((widest, row) => Math.max(widest, row[index]!.length), 0);
    const [w0, w1] = [width(0), width(1)];
    rows.forEach((row, index) => {
      const paint = findings[index]!.severity === 'error' ? color.red : color.yellow;
      lines.push(`  ${color.dim(row[0]!.padEnd(w0))}  ${paint(row[1]!.padEnd(w1))}  ${row[2]}  ${color.dim(row[3])}`);
    });
  }
  const { errors, warnings } = totals(results);
  const problems = errors + warnings;
  if (problems === 0) return '';
  const summary = t('lint.summary', { problems, errors, warnings });
  lines.push('', (errors > 0 ? color.red.bold : color.yellow.bold)(`✖ ${summary}`), '');
  return lines.join('\n');
}
