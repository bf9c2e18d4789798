import type { Rule } from '../rule-context.js';

export const selfBackup: Rule = {
  meta: { id: 'self-backup', severity: 'error', docs: 'ruleDoc.self-backup' },
  check: ({ playbook }) =>
    playbook.contacts.flatMap((contact, index) =>
      contact.backup === contact.id
        ? [{ path: ['contacts', index, 'backup'], messageId: 'rule.selfBackup', data: { id: contact.id } }]
        : [],
    ),
};
