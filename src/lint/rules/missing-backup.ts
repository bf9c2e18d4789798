import type { Rule } from '../rule-context.js';

export const missingBackup: Rule = {
  id: 'missing-backup',
  severity: 'warning',
  check({ playbook }) {
    const top = playbook.levels.reduce((worst, level) => (level.severity > worst.severity ? level : worst));
    return playbook.contacts.flatMap((contact, index) =>
      top.notify.includes(contact.id) && !contact.backup
        ? [{ path: ['contacts', index], messageId: 'rule.missingBackup', data: { id: contact.id, level: top.id } }]
        : [],
    );
  },
};
