import type { MessageKey, Params } from '../i18n/index.js';

export type Severity = 'error' | 'warning';
export type YamlPath = ReadonlyArray<string | number>;

export interface Position {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/** One problem in one file, already translated: what every output format prints. */
export interface Finding extends Position {
  file: string;
  ruleId: string;
  severity: Severity;
  message: string;
}

/** Where a report points: a node of the playbook, a spot in a template, or a known position. */
export type Target =
  | { path: YamlPath; on?: 'key' | 'value' }
  | { template: TemplateSource; line: number; column: number }
  | { position: Position };

/** What a rule returns: untranslated, unpositioned, so rules stay small and pure. */
export type Report = Target & { messageId: MessageKey; data?: Params };

/** The text of one response, inline in the YAML or from a template file beside it. */
export interface TemplateSource {
  responseIndex: number;
  text: string;
  /** Set when the text comes from a file; positions are then in that file. */
  file?: string;
}

/** A file named to lint that lint will not check (a drill script), and why, already translated. */
export interface Refusal {
  file: string;
  message: string;
}

export interface FileResult {
  file: string;
  findings: Finding[];
}
