import type { InitAnswers, Person } from './answers.js';
import { slugify } from './build-plan.js';

/** `Panadería Sol` → `#PanaderíaSol`: letters kept as written, since networks accept them in hashtags. */
export function hashtagFor(name: string): string {
  const words = name
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const tag = words.map((word) => word[0]!.toLocaleUpperCase() + word.slice(1)).join('');
  return tag ? `#${tag}` : '#News';
}

/**
 * An in-house email made from the answers: the person's first name at the host of the business's
 * statement page (`Aoife Byrne` and `https://crumbs.ie/statement` → `aoife@crumbs.ie`). Empty when
 * either is missing, so the question is asked with no default rather than a guess.
 */
export function emailFor(personName: string, apologyUrl: string): string {
  const host = URL.canParse(apologyUrl) ? new URL(apologyUrl).hostname : undefined;
  const local = slugify(personName.trim().split(/\s+/)[0] ?? '', '');
  return host && local ? `${local}@${host}` : '';
}

/**
 * The defaults of a plan for another business than the example's: the statement page and the
 * hashtag move to a domain made from the name (`panaderia-sol.example`, reserved by RFC 2606, so
 * nothing is sent to a stranger), rather than keeping the example's.
 */
export function forBrand(defaults: InitAnswers, name: string): InitAnswers {
  // The address is the plan's http(s) apology_url, or crisis' own default: a host whenever it parses.
  if (name === defaults.name || !URL.canParse(defaults.apologyUrl)) return { ...defaults, name };
  const url = new URL(defaults.apologyUrl);
  url.host = `${slugify(name, 'my-business')}.example`;
  return { ...defaults, name, apologyUrl: url.href, hashtag: hashtagFor(name) };
}

/**
 * `init --yes` asks nobody's name: each in-house contact stands as its role, reachable at a role
 * address on the business's domain (`community-manager@horno-sol.example`), for the owner to
 * replace. No agency: whether there is one is the business's to say.
 */
export function withRolesAsPeople(answers: InitAnswers): InitAnswers {
  const asRole = (person: Person): Person => {
    if (person.name) return person;
    const email =
      person.email || person.phone ? person.email : emailFor(slugify(person.role, 'contact'), answers.apologyUrl);
    return { ...person, name: person.role, email };
  };
  return { ...answers, manager: asRole(answers.manager), director: asRole(answers.director), agency: undefined };
}
