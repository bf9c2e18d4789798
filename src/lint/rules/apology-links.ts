import { messageRule } from './message-rule.js';

/** See message-rule.ts: the same checks escalate runs before a message is published. */
export const apologyLinks = messageRule(
  { id: 'apology-links', severity: 'error', docs: 'ruleDoc.apology-links' },
  { onePer: 'term' },
);
