import { printable } from '../../model/control-chars.js';
import type { FileResult, Refusal } from '../../source/finding.js';

// Escaped exactly as @actions/core escapes workflow commands (toCommandValue / escapeData / escapeProperty).
export function escapeData(value: string): string {
  return value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

export function escapeProperty(value: string): string {
  return escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/** GitHub Actions workflow commands: each finding becomes an annotation on the pull request. */
export function formatGithub(results: FileResult[], refused: readonly Refusal[] = []): string {
  const lines: string[] = [];
  // A file lint refuses fails the run: annotated too, or the pull request shows a red check and no reason.
  for (const { file, message } of refused) {
    const where = `file=${escapeProperty(printable(file.replaceAll('\\', '/'), { lines: true }))},line=1,col=1`;
    lines.push(`::error ${where},title=crisis lint::${escapeData(printable(message, { lines: true }))}`);
  }
  for (const { findings } of results) {
    for (const f of findings) {
      // The log viewer paints ANSI sequences: control characters are written out before the
      // workflow-command escaping, which covers % CR LF (and so keeps a message's lines).
      const properties = [
        `file=${escapeProperty(printable(f.file.replaceAll('\\', '/'), { lines: true }))}`,
        `line=${f.line}`,
        `col=${f.column}`,
        ...(f.endLine !== undefined ? [`endLine=${f.endLine}`, `endColumn=${f.endColumn}`] : []),
        `title=${escapeProperty(`crisis lint (${f.ruleId})`)}`,
      ];
      lines.push(
        `::${f.severity} ${properties.join(',')}::${escapeData(`${printable(f.message, { lines: true })} (${f.ruleId})`)}`,
      );
    }
  }
  return lines.join('\n');
}
