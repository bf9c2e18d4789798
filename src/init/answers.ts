import { translator, type Lang } from '../i18n/index.js';
import type { Channel, Playbook } from '../model/schema.js';
import { canonicalZone } from './time-zone.js';

/** Everything `crisis init` needs to write a plan: what the interview collects. */
export interface Person {
  name: string;
  role: string;
  phone: string;
  email: string;
}

type ChannelChoice = Pick<Channel, 'id' | 'name' | 'format' | 'max_length'>;

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

/** Someone the interview asks about: only a role to start from, never a person of the example. */
export const nobody = (role: string): Person => ({ name: '', role, phone: '', email: '' });

/**
 * Defaults for every question. What describes how a plan works (channels, deadlines, topics to
 * avoid) comes from the bundled example in the chosen language; what belongs to the business
 * (its name, its people, their phones and emails, an agency) is left empty, to be asked or made
 * from the answers: a stranger's number in a new plan would be called at night. The time zone is
 * the machine's (passed in by the shell) when it is a valid one, else the example's.
 */
export function defaultAnswers(example: Playbook, lang: Lang, machineZone?: string): InitAnswers {
  const t = translator(lang);
  const levels = [...example.levels].sort((a, b) => a.severity - b.severity);
  return {
    lang,
    name: '',
    timezone: canonicalZone(machineZone ?? '') ?? canonicalZone(example.brand.timezone ?? '') ?? 'UTC',
    channels: example.channels.map(({ id, name, format, max_length }) => ({ id, name, format, max_length })),
    apologyUrl: example.brand.apology_url ?? 'https://example.com/statement',
    hashtag: example.brand.hashtag ?? '#News',
    manager: nobody(t('init.role.manager')),
    director: nobody(t('init.role.director')),
    managerBackup: 'director',
    agency: undefined,
    deadlines: {
      negative: levels[0]?.respond_within ?? '4h',
      possible: levels[1]?.respond_within ?? '1h',
      crisis: levels.at(-1)?.respond_within ?? '30m',
    },
    avoidTopics: [...example.policies.avoid_topics],
  };
}
