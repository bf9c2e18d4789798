import { relative, resolve } from 'node:path';
import type { Translate } from '../../i18n/index.js';
import type { FileResult, Severity } from '../../source/finding.js';

export interface SarifRule {
  id: string;
  severity: Severity;
}

/** SARIF 2.1.0, what GitHub code scanning and most security dashboards import. */
export function formatSarif(results: FileResult[], rules: readonly SarifRule[], t: Translate, cwd: string, version: string): string {
  const index = new Map(rules.map((rule, position) => [rule.id, position]));
  const level = (severity: Severity) => (severity === 'error' ? 'error' : 'warning');
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'crisis',
            version,
            rules: rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: t(`ruleDoc.${rule.id}` as never) },
              defaultConfiguration: { level: level(rule.severity) },
            })),
          },
        },
        results: results.flatMap(({ findings }) =>
          findings.map((f) => ({
            ruleId: f.ruleId,
            ruleIndex: index.get(f.ruleId) ?? -1,
            level: level(f.severity),
            message: { text: f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: relative(cwd, resolve(cwd, f.file)).split(/[\\/]/).map(encodeURIComponent).join('/') },
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
  return JSON.stringify(sarif, null, 2);
}
