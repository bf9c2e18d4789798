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

export const contactUnreachable: Rule = {
  meta: { id: 'contact-unreachable', severity: 'error', docs: 'ruleDoc.contact-unreachable' },
  check: ({ playbook }) =>
    playbook.contacts.flatMap((contact, index) =>
      !contact.email && !contact.phone
        ? [{ path: ['contacts', index], messageId: 'rule.contactUnreachable', data: { id: contact.id } }]
        : [],
    ),
};

export const missingBackup: Rule = {
  meta: { id: 'missing-backup', severity: 'warning', docs: 'ruleDoc.missing-backup' },
  check({ playbook }) {
    const top = playbook.levels.reduce((worst, level) => (level.severity > worst.severity ? level : worst));
    // A set: the notify list may be as long as the contacts, and each contact looks itself up.
    const notified = new Set(top.notify);
    return playbook.contacts.flatMap((contact, index) =>
      notified.has(contact.id) && !contact.backup
        ? [{ path: ['contacts', index], messageId: 'rule.missingBackup', data: { id: contact.id, level: top.id } }]
        : [],
    );
  },
};
