import type { Lang } from '../i18n/index.js';
import type { InitAnswers, Person } from './answers.js';
import { slugify } from './build-plan.js';

// The short apology carries the address and the hashtag, and must fit X's 280 characters beside
// what happened: made from a long name whole, they took it past the limit. These caps leave a
// short apology some 180 characters long with the example's words, room to write one's own.
const MAX_HASHTAG = 24;
const MAX_HOST = 30;

// A name with no letter or digit (emoji only) gives these, in the plan's language.
const FALLBACK: Record<Lang, { host: string; hashtag: string }> = {
  es: { host: 'mi-negocio', hashtag: '#Noticias' },
  en: { host: 'my-business', hashtag: '#News' },
};

/** As many whole words as fit in `max` characters, joined; the first word cut when it alone is longer. */
function firstWords(words: string[], max: number, separator = ''): string {
  let kept = '';
  for (const word of words) {
    const next = kept ? `${kept}${separator}${word}` : word;
    if ([...next].length > max) break;
    kept = next;
  }
  return kept || [...(words[0] ?? '')].slice(0, max).join('');
}

/**
 * `Panadería Sol` → `#PanaderíaSol`: letters kept as written, since networks accept them in
 * hashtags; a long name gives its first words.
 */
export function hashtagFor(name: string, lang: Lang): string {
  const words = name
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((word) => word[0]!.toLocaleUpperCase() + word.slice(1));
  const tag = firstWords(words, MAX_HASHTAG);
  return tag ? `#${tag}` : FALLBACK[lang].hashtag;
}

/** `Panadería Sol` → `panaderia-sol`: the host of the statement page, its first words when long. */
export function hostFor(name: string, lang: Lang): string {
  return firstWords(slugify(name, FALLBACK[lang].host).split('-'), MAX_HOST, '-');
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
  url.host = `${hostFor(name, defaults.lang)}.example`;
  return { ...defaults, name, apologyUrl: url.href, hashtag: hashtagFor(name, defaults.lang) };
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
