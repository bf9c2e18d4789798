import { printable } from '../../model/control-chars.js';
import type { FileResult, Refusal } from '../../source/finding.js';

// Escaped exactly as @actions/core escapes workflow commands (toCommandValue / escapeData / escapeProperty).
export function escapeData(value: string): string {
  return value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

export function escapeProperty(value: string): string {
  return escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

// The log viewer paints ANSI sequences: control characters are written out before the
// workflow-command escaping, which covers % CR LF (and so keeps a message's lines).
const shown = (text: string) => printable(text, { lines: true });
const fileProperty = (file: string) => `file=${escapeProperty(shown(file.replaceAll('\\', '/')))}`;

/** GitHub Actions workflow commands: each finding becomes an annotation on the pull request. */
export function formatGithub(results: FileResult[], refused: readonly Refusal[] = []): string {
  // A file lint refuses fails the run: annotated too, or the pull request shows a red check and no reason.
  const refusals = refused.map(
    ({ file, message }) =>
      `::error ${fileProperty(file)},line=1,col=1,title=crisis lint::${escapeData(shown(message))}`,
  );
  const annotations = results.flatMap(({ findings }) =>
    findings.map((f) => {
      const properties = [
        fileProperty(f.file),
        `line=${f.line}`,
        `col=${f.column}`,
        ...(f.endLine !== undefined ? [`endLine=${f.endLine}`, `endColumn=${f.endColumn}`] : []),
        `title=${escapeProperty(`crisis lint (${f.ruleId})`)}`,
      ];
      return `::${f.severity} ${properties.join(',')}::${escapeData(`${shown(f.message)} (${f.ruleId})`)}`;
    }),
  );
  return [...refusals, ...annotations].join('\n');
}
