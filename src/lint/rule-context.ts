import type { MessageKey } from '../i18n/index.js';
import type { Channel, Playbook } from '../model/schema.js';
import type { Analysis } from '../messages/analyze-template.js';
import type { MessageProblem } from '../messages/check-message.js';
import type { Report, Severity, TemplateSource, YamlPath } from '../source/finding.js';

export type TemplateProblem = 'missing' | 'outside' | 'unreadable' | 'binary' | 'notFile';

/** A template file as the shell found it: its text, or why there is none. */
export interface TemplateFile {
  /** How the file is named in findings (relative to where lint runs). */
  file: string;
  text?: string;
  problem?: TemplateProblem;
}

/** A response checked for one channel, as escalate will check it before publishing. */
export interface ChannelCheck {
  channel: Channel;
  /** Where a step publishes the response on this channel, when the response does not list it. */
  via: YamlPath[];
  /** The response rendered with its examples; undefined when it cannot render (another rule says why). */
  text?: string;
  problems: MessageProblem[];
  /** Why rendering failed, when the analysis let through a template that does not render. */
  error?: string;
}

export interface RuleContext {
  playbook: Playbook;
  /** The text of each response, by index; undefined when its template file could not be read. */
  sources: ReadonlyArray<TemplateSource | undefined>;
  templateFiles: ReadonlyMap<string, TemplateFile>;
  analysis: (source: TemplateSource) => Analysis;
  /** Each channel of a response, rendered with its examples and checked; computed once per response. */
  checks: (responseIndex: number) => ChannelCheck[];
}

/** What a rule is, apart from what it does (ESLint's `meta`): the contract's row for it. */
export interface RuleMeta {
  id: string;
  severity: Severity;
  /** The catalog key that documents it: SARIF's shortDescription, the README's table. */
  docs: Extract<MessageKey, `ruleDoc.${string}`>;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): Report[];
}

/** Where a response's text lives in the playbook: its `text` or its `template` key. */
export function textPath(source: TemplateSource): (string | number)[] {
  return ['responses', source.responseIndex, source.file === undefined ? 'text' : 'template'];
}
