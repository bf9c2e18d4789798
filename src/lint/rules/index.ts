import type { Rule, RuleMeta } from '../rule-context.js';
import { contactUnreachable } from './contact-unreachable.js';
import { controlCharacter } from './control-character.js';
import { missingBackup } from './missing-backup.js';
import { selfBackup } from './self-backup.js';
import { duplicateId } from './duplicate-id.js';
import { levelUnreachable } from './level-unreachable.js';
import { levelWithoutNotify } from './level-without-notify.js';
import { levelWithoutUpdates } from './level-without-updates.js';
import { slaOrder } from './sla-order.js';
import { apologyLinks } from './apology-links.js';
import { avoidTopic } from './avoid-topic.js';
import { messageTooLong } from './message-too-long.js';
import { templateMissing } from './template-missing.js';
import { templateSyntax } from './template-syntax.js';
import { unapprovedResponse } from './unapproved-response.js';
import { undeclaredVariable } from './undeclared-variable.js';
import { unusedVariable } from './unused-variable.js';
import { unknownReference } from './unknown-reference.js';
import { duplicateFeed } from './duplicate-feed.js';
import { spikeAlert } from './spike-alert.js';
import { keywordsWithoutFeed } from './keywords-without-feed.js';

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
