import type { Rule } from '../rule-context.js';
import type { Severity } from '../../source/finding.js';
import { contactUnreachable } from './contact-unreachable.js';
import { controlCharacter } from './control-character.js';
import { missingBackup } from './missing-backup.js';
import { selfBackup } from './self-backup.js';
import { duplicateId } from './duplicate-id.js';
import { levelUnreachable } from './level-unreachable.js';
import { levelWithoutNotify } from './level-without-notify.js';
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
  missingBackup,
  levelWithoutNotify,
  slaOrder,
  levelUnreachable,
  unusedVariable,
  avoidTopic,
  unapprovedResponse,
];

/** Every rule id with its severity, the two parser rules first: the contract's table. */
export const RULE_TABLE: ReadonlyArray<{ id: string; severity: Severity }> = [
  { id: 'yaml-syntax', severity: 'error' },
  { id: 'schema', severity: 'error' },
  ...RULES.map(({ id, severity }) => ({ id, severity })),
];
