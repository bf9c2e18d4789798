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

function hostOf(url: string): string | undefined {
  return URL.canParse(url) ? new URL(url).host : undefined;
}

/**
 * The defaults of a plan for another business than the example's: the statement page, hashtag and
 * in-house emails move to a domain made from the name (`panaderia-sol.example`, reserved by
 * RFC 2606, so nothing is sent to a stranger), rather than keeping the optician's.
 * The agency keeps its own address: it is another organisation, not the brand.
 */
export function forBrand(defaults: InitAnswers, name: string): InitAnswers {
  const exampleHost = hostOf(defaults.apologyUrl);
  if (name === defaults.name || !exampleHost) return { ...defaults, name };
  const host = `${slugify(name, 'my-business')}.example`;
  const url = new URL(defaults.apologyUrl);
  url.host = host;
  const moveEmail = (person: Person): Person => {
    const [local, domain] = person.email.split('@');
    return domain === exampleHost ? { ...person, email: `${local}@${host}` } : person;
  };
  return {
    ...defaults,
    name,
    apologyUrl: url.href,
    hashtag: hashtagFor(name),
    manager: moveEmail(defaults.manager),
    director: moveEmail(defaults.director),
  };
}
