import { messageRule } from './message-rule.js';

/** See message-rule.ts: the same checks escalate runs before a message is published. */
export const messageTooLong = messageRule(
  { id: 'message-too-long', severity: 'error', docs: 'ruleDoc.message-too-long' },
  { onePer: 'channel' },
);
