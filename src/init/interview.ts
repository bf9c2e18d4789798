import type { Prompter, Validate } from '../model/prompter.js';
import type { Translate } from '../i18n/index.js';
import { parseDuration, readDuration } from '../model/duration.js';
import { email, HASHTAG, isTimeZone, PHONE, url } from '../model/schema.js';
import { KNOWN_CHANNELS, nobody, type InitAnswers, type Person } from './answers.js';
import { emailFor, forBrand } from './for-brand.js';
import { canonicalZone } from './time-zone.js';

const PHONE_CHARACTERS = /^\+?[0-9][0-9 ().-]*$/;

/** Validators that answer with the sentence to show, so a person fixes the answer on the spot. */
export function validators(t: Translate) {
  return {
    required: (value: string) => value.trim() !== '' || t('init.invalid.required'),
    // A line break in the name would end the YAML comment that names the plan, and break the plan.
    name: (value: string) =>
      value.trim() === '' ? t('init.invalid.required') : !/\p{Cc}/u.test(value) || t('init.invalid.name'),
    url: (value: string) => url.safeParse(value.trim()).success || t('init.invalid.url'),
    hashtag: (value: string) => HASHTAG.test(value.trim()) || t('init.invalid.hashtag'),
    phone: (value: string) =>
      value.trim() === '' ||
      PHONE.test(value.trim()) ||
      // Written as a phone is, only too few of it: saying "use digits" to someone who did is no help.
      t(PHONE_CHARACTERS.test(value.trim()) ? 'init.invalid.phoneShort' : 'init.invalid.phone'),
    email: (value: string) => value.trim() === '' || email.safeParse(value.trim()).success || t('init.invalid.email'),
    duration: (value: string) => {
      const reading = readDuration(value.trim());
      return (
        'minutes' in reading || t(reading.problem === 'zero' ? 'init.invalid.durationZero' : 'init.invalid.duration')
      );
    },
    timezone: (value: string) => isTimeZone(value.trim()) || t('init.invalid.timezone'),
  };
}

/** A default only where there is one: inquirer shows an empty default as nothing, and a test reads it so. */
const offer = (value: string) => (value === '' ? undefined : value);

const asker =
  (prompter: Prompter) =>
  async (message: string, defaultValue: string | undefined, validate?: Validate): Promise<string> =>
    (await prompter.input({ message, default: defaultValue, validate })).trim();

/**
 * One person, asked field by field. `emailAt` makes the default email from the name just typed
 * (the business's own domain), or gives none for someone of another organisation.
 */
async function askPerson(
  prompter: Prompter,
  t: Translate,
  who: string,
  defaults: Person,
  emailAt: (name: string) => string,
): Promise<Person> {
  const check = validators(t);
  const ask = asker(prompter);
  const name = await ask(t('init.ask.personName', { who }), offer(defaults.name), check.required);
  const role = await ask(t('init.ask.personRole', { who }), offer(defaults.role), check.required);
  const phone = await ask(t('init.ask.personPhone', { who }), offer(defaults.phone), check.phone);
  // A contact nobody can reach is useless at night: without a phone, the email is required.
  const email = await ask(t('init.ask.personEmail', { who }), offer(defaults.email || emailAt(name)), (value) =>
    phone === '' && value.trim() === '' ? t('init.invalid.reachable') : check.email(value),
  );
  return { name, role, phone, email };
}

/**
 * The deadline of each level, mild to severe. A more severe level may not allow more time than the
 * one before (lint's sla-order): checked at the question, and its default never offers more.
 */
async function askDeadlines(
  prompter: Prompter,
  t: Translate,
  defaults: InitAnswers['deadlines'],
): Promise<InitAnswers['deadlines']> {
  const check = validators(t);
  const ask = asker(prompter);
  const answers: string[] = [];
  let previous: { level: string; within: string; minutes: number } | undefined;
  for (const key of ['negative', 'possible', 'crisis'] as const) {
    const level = t(`init.level.${key}`);
    const milder = previous;
    const slower = (value: string) => milder !== undefined && (parseDuration(value.trim()) ?? 0) > milder.minutes;
    const within = await ask(
      t('init.ask.deadline', { level }),
      milder && slower(defaults[key]) ? milder.within : defaults[key],
      (value) => {
        const valid = check.duration(value);
        if (valid !== true || !milder || !slower(value)) return valid;
        return t('init.invalid.deadlineOrder', { level: milder.level, within: milder.within });
      },
    );
    answers.push(within);
    previous = { level, within, minutes: parseDuration(within) ?? 0 };
  }
  const [negative = '', possible = '', crisis = ''] = answers;
  return { negative, possible, crisis };
}

/** The questions of `crisis init`, in the order that teaches the practice. */
export async function interview(
  prompter: Prompter,
  example: InitAnswers,
  t: Translate,
  given: { name?: string },
): Promise<InitAnswers> {
  const check = validators(t);
  const ask = asker(prompter);
  const name = given.name ?? (await ask(t('init.ask.name'), offer(example.name), check.name));
  // Later defaults (statement page, hashtag, emails) follow the name, not the example's business.
  const defaults = forBrand(example, name);
  const zone = await ask(t('init.ask.timezone'), defaults.timezone, check.timezone);
  const timezone = canonicalZone(zone) ?? zone;

  const offered = [
    ...defaults.channels,
    ...KNOWN_CHANNELS.filter((known) => !defaults.channels.some((ch) => ch.id === known.id)),
  ];
  const chosen = await prompter.checkbox({
    message: t('init.ask.channels'),
    choices: offered.map((ch) => ({
      value: ch.id,
      name: `${ch.name} (${t(ch.format === 'short' ? 'init.channel.short' : 'init.channel.long')}${ch.max_length ? `, ${ch.max_length}` : ''})`,
      checked: defaults.channels.some((d) => d.id === ch.id),
    })),
    validate: (values) => values.length > 0 || t('init.invalid.channels'),
  });
  const channels = offered.filter((ch) => chosen.includes(ch.id));

  const apologyUrl = await ask(t('init.ask.apologyUrl'), defaults.apologyUrl, check.url);
  const hashtag = await ask(t('init.ask.hashtag'), defaults.hashtag, check.hashtag);

  const inHouse = (name: string) => emailFor(name, apologyUrl);
  const manager = await askPerson(prompter, t, t('init.who.manager'), defaults.manager, inHouse);
  const director = await askPerson(prompter, t, t('init.who.director'), defaults.director, inHouse);

  let agency: InitAnswers['agency'];
  if (await prompter.confirm({ message: t('init.ask.hasAgency'), default: defaults.agency !== undefined })) {
    const fallback = defaults.agency ?? { ...nobody(t('init.role.agency')), organization: '' };
    const organization = await ask(t('init.ask.agencyOrganization'), offer(fallback.organization), check.required);
    // Another organisation: its domain is not the brand's, so its email has no default.
    agency = { organization, ...(await askPerson(prompter, t, t('init.who.agency'), fallback, () => '')) };
  }
  const managerBackup = agency
    ? await prompter.select({
        message: t('init.ask.managerBackup'),
        choices: [
          { value: 'director' as const, name: director.name },
          { value: 'agency' as const, name: `${agency.name} (${agency.organization})` },
        ],
        default: 'director',
      })
    : 'director';

  const deadlines = await askDeadlines(prompter, t, defaults.deadlines);
  const topics = await prompter.input({ message: t('init.ask.avoidTopics'), default: defaults.avoidTopics.join(', ') });
  const avoidTopics = topics
    .split(',')
    .map((topic) => topic.trim())
    .filter(Boolean);

  return {
    ...defaults,
    name,
    timezone,
    channels,
    apologyUrl,
    hashtag,
    manager,
    director,
    agency,
    managerBackup,
    deadlines,
    avoidTopics,
  };
}
