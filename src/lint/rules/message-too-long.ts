import { messageRule } from './message-rule.js';

/** See message-rule.ts: the same checks escalate runs before a message is published. */
export const messageTooLong = messageRule('message-too-long', 'error');
