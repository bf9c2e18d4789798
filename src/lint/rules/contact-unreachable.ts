import type { Rule } from '../rule-context.js';

export const contactUnreachable: Rule = {
  id: 'contact-unreachable',
  severity: 'error',
  check: ({ playbook }) =>
    playbook.contacts.flatMap((contact, index) =>
      !contact.email && !contact.phone ? [{ path: ['contacts', index], messageId: 'rule.contactUnreachable', data: { id: contact.id } }] : [],
    ),
};
