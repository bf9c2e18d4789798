import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlaybook } from '../src/lint/lint-playbook.js';
import { root } from './helpers.js';

/**
 * Every detail of a person or an organisation in the bundled examples: names, emails (and their
 * local parts, `priya@`), phones, handles, and the agencies' names and roles. A plan init makes
 * for a business of its own must hold none of them.
 */
export function examplePeopleDetails(): string[] {
  const details = readdirSync(join(root, 'playbooks')).flatMap((folder) => {
    // The shipped examples themselves, not the test copies: they are what init must not leak.
    const plan = parsePlaybook(readFileSync(join(root, 'playbooks', folder, 'crisis.yaml'))).playbook!;
    return [
      ...plan.contacts.flatMap((c) => [c.name, c.email, c.phone, c.organization, c.external ? c.role : undefined]),
      ...(plan.influencers ?? []).flatMap((i) => [i.name, i.email, i.phone, i.handle]),
    ];
  });
  const present = details.filter((detail): detail is string => Boolean(detail));
  const locals = present.filter((d) => d.includes('@') && !d.startsWith('@')).map((d) => `${d.split('@')[0]}@`);
  return [...new Set([...present, ...locals])];
}
