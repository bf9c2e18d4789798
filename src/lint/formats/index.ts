import type { ChalkInstance } from 'chalk';
import type { Translate } from '../../i18n/index.js';
import type { FileResult, Refusal } from '../../source/finding.js';
import { RULE_TABLE } from '../rules/index.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatSarif } from './sarif.js';
import type { LintFormat } from './names.js';
import { formatStylish } from './stylish.js';

/** What any formatter may need; each takes what it uses. */
interface FormatInput {
  results: FileResult[];
  /** How many playbook files were checked, for "no problems in N files". */
  files: number;
  t: Translate;
  color: ChalkInstance;
  cwd: string;
  version: string;
  /** --quiet: warnings are left out, so a clean run says "no errors", not "no problems". */
  quiet?: boolean;
  /** Files named that lint refused (drill scripts): machine formats carry them, stylish leaves them to stderr. */
  refused?: readonly Refusal[];
}

/** Text to print, or '' for nothing (GitHub annotations of a clean run). */
type Formatter = (input: FormatInput) => string;

/**
 * The one registry of lint output formats, ESLint-style: looked up by `--format`, whose choices
 * are its keys (names.ts); SARIF's rule list is the rules' own table.
 */
export const FORMATTERS = {
  stylish: ({ results, files, t, color, quiet }) =>
    formatStylish(results, t, color) || color.green(t(quiet ? 'lint.cleanQuiet' : 'lint.clean', { files })),
  json: ({ results, cwd, refused }) => formatJson(results, cwd, refused),
  github: ({ results, refused }) => formatGithub(results, refused),
  sarif: ({ results, t, cwd, version, refused }) => formatSarif(results, RULE_TABLE, t, cwd, version, refused),
} as const satisfies Record<LintFormat, Formatter>;
