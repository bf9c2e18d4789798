import type { Rule, RuleMeta } from '../rule-context.js';
import { contactUnreachable, missingBackup, selfBackup } from './contacts.js';
import { duplicateId, unknownReference } from './ids.js';
import { levelUnreachable, levelWithoutNotify, levelWithoutUpdates, slaOrder } from './levels.js';
import { apologyLinks, avoidTopic, controlCharacter, messageTooLong, unapprovedResponse } from './messages.js';
import { duplicateFeed, keywordsWithoutFeed, spikeAlert } from './monitoring.js';
import { templateMissing, templateSyntax, undeclaredVariable, unusedVariable } from './templates.js';

export const RULES: readonly Rule[] = [
  duplicateId,
  unknownReference,
  selfBackup,
  contactUnreachable,
  templateMissing,
  templateSyntax,
  undeclaredVariable,
  apologyLinks,
  messageTooLong,
  controlCharacter,
  duplicateFeed,
  missingBackup,
  levelWithoutNotify,
  levelWithoutUpdates,
  slaOrder,
  levelUnreachable,
  unusedVariable,
  avoidTopic,
  unapprovedResponse,
  spikeAlert,
  keywordsWithoutFeed,
];

/** The two rules the parser applies before any of the above can run: a file that fails them is not a playbook. */
const PARSER_RULES: readonly RuleMeta[] = [
  { id: 'yaml-syntax', severity: 'error', docs: 'ruleDoc.yaml-syntax' },
  { id: 'schema', severity: 'error', docs: 'ruleDoc.schema' },
];

/** Checks the comments that silence rules, not the plan: lint-playbook.ts runs it on every file. */
export const DISABLE_COMMENT: RuleMeta = { id: 'disable-comment', severity: 'error', docs: 'ruleDoc.disable-comment' };

/** Every rule's meta, the parser's first: the contract's table, SARIF's rule list, the README's. */
export const RULE_TABLE: readonly RuleMeta[] = [...PARSER_RULES, DISABLE_COMMENT, ...RULES.map((rule) => rule.meta)];
