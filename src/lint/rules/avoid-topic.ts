import { messageRule } from './message-rule.js';

/** See message-rule.ts: the same checks escalate runs before a message is published. */
export const avoidTopic = messageRule(
  { id: 'avoid-topic', severity: 'warning', docs: 'ruleDoc.avoid-topic' },
  { onePer: 'term' },
);
