import { translator, type Translate } from '../i18n/index.js';
import { playbookSchema, type Playbook } from '../model/schema.js';
import { analyzeTemplate, type Analysis } from '../messages/analyze-template.js';
import {
  channelsOf,
  CONTEXT_ROOTS,
  exampleVariables,
  messageTargets,
  renderContext,
  sampleIncident,
  undeclaredNames,
} from '../messages/render-context.js';
import { renderTemplate } from '../messages/render-response.js';
import { checkMessage, checkSetup } from '../messages/check-message.js';
import { directives, silencer, unknownRuleReports } from './disable-comments.js';
import type { Finding, Position, Report, Severity, TemplateSource, YamlPath } from '../source/finding.js';
import { locate, locateInScalar } from '../source/locate.js';
import { parseYaml, type ParsedYaml } from '../source/parse-yaml.js';
import type { ChannelCheck, RuleContext, TemplateFile } from './rule-context.js';
import { DISABLE_COMMENT, RULE_TABLE, RULES } from './rules/index.js';
import { protoKeyReports, readableParams, schemaReports } from '../source/schema-issues.js';
import { staysInside } from './template-path.js';

interface ParsedPlaybook {
  yaml: ParsedYaml;
  playbook?: Playbook;
  /** yaml-syntax and schema problems; when there are any, `playbook` is undefined. */
  reports: Array<Report & { ruleId: 'yaml-syntax' | 'schema' }>;
}

/**
 * A variable may not be named like a root of the render context (`brand`, `incident`,
 * `channel`): in a template `{{channel.name}}` would then mean two things, and lint, render and
 * escalate must read it one way. Refused with the other `schema` errors, at the variable's key,
 * so no command is ever handed a plan whose template could read either.
 */
function reservedVariableReports(playbook: Playbook): Report[] {
  return playbook.responses.flatMap((response, index) =>
    Object.keys(response.variables)
      .filter((name) => CONTEXT_ROOTS.has(name))
      .map((name): Report => ({
        path: ['responses', index, 'variables', name],
        on: 'key',
        messageId: 'schema.variableReserved',
        data: { name, id: response.id, roots: [...CONTEXT_ROOTS].join(', ') },
      })),
  );
}

/** Step one, pure: bytes to a validated playbook, or to the reasons it is not one. */
export function parsePlaybook(bytes: Uint8Array): ParsedPlaybook {
  const yaml = parseYaml(bytes);
  if (yaml.reports.length > 0 || yaml.data === undefined) {
    return { yaml, reports: yaml.reports.map((report) => ({ ...report, ruleId: 'yaml-syntax' })) };
  }
  const result = playbookSchema.safeParse(yaml.data);
  const schema = result.success ? [] : schemaReports(result.error.issues, yaml.data, playbookSchema, yaml.doc);
  const reports = [...schema, ...protoKeyReports(yaml.data, schema)];
  if (result.success && reports.length === 0) reports.push(...reservedVariableReports(result.data));
  if (result.success && reports.length === 0) return { yaml, playbook: result.data, reports: [] };
  return { yaml, reports: reports.map((report) => ({ ...report, ruleId: 'schema' })) };
}

/** Step two is the shell's: read these files (relative to the playbook's folder). */
export function templatePaths(parsed: ParsedPlaybook): string[] {
  return [
    ...new Set(parsed.playbook?.responses.flatMap((response) => (response.template ? [response.template] : [])) ?? []),
  ];
}

interface LintInput {
  file: string;
  parsed: ParsedPlaybook;
  templateFiles?: ReadonlyMap<string, TemplateFile>;
  t?: Translate;
}

/**
 * Every channel a response can reach, as escalate publishes it: its own, and each channel a step
 * that publishes it names (a step's list replaces the response's), `via` the steps' entries that
 * bring it. A problem on a channel only a step brings is that step's to fix, or the response's
 * text: lint points at the step.
 */
function lintTargets(responseIndex: number, playbook: Playbook) {
  const response = playbook.responses[responseIndex]!;
  const own = new Set(channelsOf(response, playbook).map((channel) => channel.id));
  const via = new Map<string, YamlPath[]>();
  playbook.levels.forEach((level, levelIndex) =>
    level.steps.forEach((step, stepIndex) => {
      if (step.response !== response.id) return;
      step.channels?.forEach((id, index) => {
        if (own.has(id)) return;
        const paths = via.get(id) ?? [];
        via.set(id, [...paths, ['levels', levelIndex, 'steps', stepIndex, 'channels', index]]);
      });
    }),
  );
  return messageTargets(response, playbook).map((channel) => ({ channel, via: via.get(channel.id) ?? [] }));
}

function ruleContext(playbook: Playbook, templateFiles: ReadonlyMap<string, TemplateFile>): RuleContext {
  const sources = playbook.responses.map((response, responseIndex): TemplateSource | undefined => {
    if (response.text !== undefined) return { responseIndex, text: response.text };
    if (!staysInside(response.template ?? '')) return undefined;
    const file = templateFiles.get(response.template ?? '');
    return file?.text === undefined ? undefined : { responseIndex, text: file.text, file: file.file };
  });
  const analyses = new Map<TemplateSource, Analysis>();
  const analysis = (source: TemplateSource) => {
    let result = analyses.get(source);
    if (!result) analyses.set(source, (result = analyzeTemplate(source.text)));
    return result;
  };
  const checked = new Map<number, ChannelCheck[]>();
  // Three rules read these; render and check each response once, not once per rule.
  const checks = (responseIndex: number): ChannelCheck[] => {
    let result = checked.get(responseIndex);
    if (result) return result;
    const response = playbook.responses[responseIndex]!;
    const level = response.levels?.[0] ?? playbook.levels[0]!.id;
    const source = sources[responseIndex];
    const parsed = source && analysis(source);
    // A template that reads no field of the channel prints the same on each: render it once.
    const sameOnEach = parsed?.ok === true && !parsed.names.some((use) => use.parts[0] === 'channel');
    let shared: string | undefined;
    const rendered = parsed?.ok === true && undeclaredNames(parsed.names, response, playbook).length === 0;
    result = lintTargets(responseIndex, playbook).map(({ channel, via }): ChannelCheck => {
      if (!rendered) return { channel, via, problems: checkSetup(channel, response, playbook) };
      let text: string;
      try {
        text =
          shared ??
          renderTemplate(
            source!.text,
            renderContext(playbook, channel, sampleIncident(level), exampleVariables(response)),
            parsed?.ok ? parsed.program : undefined,
          );
        if (sameOnEach) shared = text;
      } catch (error) {
        // The analysis should have refused whatever fails here; if it missed a case, lint says so, never crashes.
        return { channel, via, problems: checkSetup(channel, response, playbook), error: (error as Error).message };
      }
      return { channel, via, text, problems: checkMessage(text, channel, response, playbook) };
    });
    checked.set(responseIndex, result);
    return result;
  };
  return { playbook, sources, templateFiles, analysis, checks };
}

const RULE_IDS: ReadonlySet<string> = new Set(RULE_TABLE.map((rule) => rule.id));

/** Step three, pure: every finding for one playbook, positioned, translated and filtered. */
export function lintPlaybook({ file, parsed, templateFiles = new Map(), t = translator('en') }: LintInput): Finding[] {
  const { yaml } = parsed;
  const placed = (report: Report): Position & { file: string } => {
    if ('position' in report) return { file, ...report.position };
    if ('path' in report) return { file, ...locate(yaml.doc, yaml.lineCounter, report.path, report.on) };
    const { template, line, column } = report;
    if (template.file !== undefined) return { file: template.file, line, column: column + 1 };
    const path = ['responses', template.responseIndex, 'text'];
    return { file, ...locateInScalar(yaml.doc, yaml.lineCounter, yaml.text, path, line, column) };
  };
  const toFinding = (report: Report, ruleId: string, severity: Severity): Finding => ({
    ...placed(report),
    ruleId,
    severity,
    message: t(report.messageId, readableParams(report.data, t)),
  });

  const findings: Finding[] = parsed.reports.map((report) => toFinding(report, report.ruleId, 'error'));
  if (parsed.playbook) {
    const context = ruleContext(parsed.playbook, templateFiles);
    for (const rule of RULES) {
      for (const report of rule.check(context)) findings.push(toFinding(report, rule.meta.id, rule.meta.severity));
    }
  }
  const comments = directives(yaml.text);
  for (const report of unknownRuleReports(comments, RULE_IDS))
    findings.push(toFinding(report, DISABLE_COMMENT.id, DISABLE_COMMENT.severity));
  const silenced = silencer(comments);
  return findings
    .filter((finding) => finding.file !== file || !silenced(finding.line, finding.ruleId))
    .sort((a, b) => (a.file === b.file ? a.line - b.line || a.column - b.column : a.file === file ? -1 : 1));
}
