import { relative, resolve } from 'node:path';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Translate } from '../../i18n/index.js';
import { jsonWithoutControls } from '../../model/control-chars.js';
import type { FileResult, Refusal, Severity } from '../../source/finding.js';
import type { RuleMeta } from '../rule-context.js';

const level = (severity: Severity): Result.level => (severity === 'error' ? 'error' : 'warning');

/** A rule as SARIF lists it, described in the reader's language by the rule's own docs key. */
function descriptor(rule: RuleMeta, t: Translate): ReportingDescriptor {
  return {
    id: rule.id,
    shortDescription: { text: t(rule.docs) },
    defaultConfiguration: { level: level(rule.severity) },
  };
}

/** SARIF 2.1.0, what GitHub code scanning and most security dashboards import. */
export function formatSarif(
  results: FileResult[],
  rules: readonly RuleMeta[],
  t: Translate,
  cwd: string,
  version: string,
  refused: readonly Refusal[] = [],
): string {
  const uri = (file: string) => relative(cwd, resolve(cwd, file)).split(/[\\/]/).map(encodeURIComponent).join('/');
  const index = new Map(rules.map((rule, position) => [rule.id, position]));
  const sarif: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'crisis', version, rules: rules.map((rule) => descriptor(rule, t)) } },
        // A refused file is no finding of a rule: SARIF says so as the tool's notification, as the Action does.
        ...(refused.length > 0 && {
          invocations: [
            {
              executionSuccessful: false,
              exitCode: 2,
              toolExecutionNotifications: refused.map(({ file, message }) => ({
                level: 'error' as const,
                message: { text: message },
                locations: [{ physicalLocation: { artifactLocation: { uri: uri(file) } } }],
              })),
            },
          ],
        }),
        results: results.flatMap(({ findings }) =>
          findings.map((f): Result => ({
            ruleId: f.ruleId,
            ruleIndex: index.get(f.ruleId) ?? -1,
            level: level(f.severity),
            message: { text: f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: uri(f.file) },
                  region: {
                    startLine: f.line,
                    startColumn: f.column,
                    ...(f.endLine !== undefined && { endLine: f.endLine, endColumn: f.endColumn }),
                  },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return jsonWithoutControls(JSON.stringify(sarif, null, 2));
}
