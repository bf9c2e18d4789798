import type { Rule } from '../rule-context.js';

export const contactUnreachable: Rule = {
  meta: { id: 'contact-unreachable', severity: 'error', docs: 'ruleDoc.contact-unreachable' },
  check: ({ playbook }) =>
    playbook.contacts.flatMap((contact, index) =>
      !contact.email && !contact.phone
        ? [{ path: ['contacts', index], messageId: 'rule.contactUnreachable', data: { id: contact.id } }]
        : [],
    ),
};
