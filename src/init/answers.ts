import type { Lang } from '../i18n/index.js';
import { isTimeZone, type Playbook } from '../model/schema.js';

/** Everything `crisis init` needs to write a plan: what the interview collects. */
export interface Person {
  name: string;
  role: string;
  phone: string;
  email: string;
}

export interface ChannelChoice {
  id: string;
  name: string;
  format: 'short' | 'long';
  max_length?: number;
}

export interface InitAnswers {
  lang: Lang;
  name: string;
  timezone: string;
  channels: ChannelChoice[];
  apologyUrl: string;
  hashtag: string;
  manager: Person;
  director: Person;
  /** Who stands in for the community manager when they cannot be reached. */
  managerBackup: 'director' | 'agency';
  agency?: Person & { organization: string };
  deadlines: { negative: string; possible: string; crisis: string };
  avoidTopics: string[];
}

/** The channels a small business usually has, with the length limits of each network. */
export const KNOWN_CHANNELS: readonly ChannelChoice[] = [
  { id: 'x', name: 'X (Twitter)', format: 'short', max_length: 280 },
  { id: 'instagram', name: 'Instagram', format: 'short', max_length: 2200 },
  { id: 'tiktok', name: 'TikTok', format: 'short', max_length: 2200 },
  { id: 'google', name: 'Google reviews', format: 'short', max_length: 4000 },
  { id: 'facebook', name: 'Facebook', format: 'long' },
  { id: 'linkedin', name: 'LinkedIn', format: 'long', max_length: 3000 },
  { id: 'web', name: 'Web / blog', format: 'long' },
];

function person(contact: Playbook['contacts'][number] | undefined): Person {
  return {
    name: contact?.name ?? '',
    role: contact?.role ?? '',
    phone: contact?.phone ?? '',
    email: contact?.email ?? '',
  };
}

/**
 * Defaults for every question, taken from the bundled example plan in the chosen language; the
 * time zone is the machine's (passed in by the shell) when it is a valid one, else the example's.
 */
export function defaultAnswers(example: Playbook, lang: Lang, machineZone?: string): InitAnswers {
  const [manager, director] = example.contacts.filter((contact) => !contact.external);
  const agency = example.contacts.find((contact) => contact.external);
  const levels = [...example.levels].sort((a, b) => a.severity - b.severity);
  return {
    lang,
    name: example.brand.name,
    timezone: machineZone && isTimeZone(machineZone) ? machineZone : (example.brand.timezone ?? 'Europe/Madrid'),
    channels: example.channels.map(({ id, name, format, max_length }) => ({ id, name, format, max_length })),
    apologyUrl: example.brand.apology_url ?? 'https://example.com/statement',
    hashtag: example.brand.hashtag ?? '#News',
    manager: person(manager),
    director: person(director),
    managerBackup: 'director',
    agency: agency && { ...person(agency), organization: agency.organization ?? agency.name },
    deadlines: {
      negative: levels[0]?.respond_within ?? '4h',
      possible: levels[1]?.respond_within ?? '1h',
      crisis: levels.at(-1)?.respond_within ?? '30m',
    },
    avoidTopics: [...example.policies.avoid_topics],
  };
}
