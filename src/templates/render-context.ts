import type { MessageKey } from '../i18n/index.js';
import type { Channel, Playbook, Response, Step } from '../model/schema.js';
import { dictionary } from '../model/user-keys.js';
import type { NameUse } from './analyze-template.js';

/** What an incident contributes to a message: the fields a template may read as `incident.*`. */
export interface IncidentFields {
  id: string;
  summary: string;
  level: string;
  started_at: string;
  channel: string;
  link: string;
}

export const CONTEXT_FIELDS = {
  brand: ['name', 'language', 'timezone', 'apology_url', 'hashtag'],
  incident: ['id', 'summary', 'level', 'started_at', 'channel', 'link'],
  channel: ['id', 'name', 'format', 'max_length', 'url'],
} as const satisfies Record<string, readonly string[]>;

type Root = keyof typeof CONTEXT_FIELDS;

export interface NameProblem {
  use: NameUse;
  messageId: MessageKey;
  name: string;
}

/** Names a strict render would fail on, found before anything is rendered. */
export function undeclaredNames(names: NameUse[], response: Response, playbook: Playbook): NameProblem[] {
  const problems: NameProblem[] = [];
  const declared = new Set(Object.keys(response.variables));
  for (const use of names) {
    const [head = '', field, ...rest] = use.parts;
    const name = use.parts.join('.');
    if (declared.has(head)) {
      if (field !== undefined) problems.push({ use, name, messageId: 'template.variableHasNoFields' });
    } else if (Object.hasOwn(CONTEXT_FIELDS, head)) {
      const fields: readonly string[] = CONTEXT_FIELDS[head as Root];
      if (field === undefined || !fields.includes(field) || rest.length > 0) problems.push({ use, name, messageId: 'template.unknownField' });
      else if (head === 'brand' && playbook.brand[field as keyof Playbook['brand']] === undefined) problems.push({ use, name, messageId: 'template.brandFieldUnset' });
    } else {
      problems.push({ use, name, messageId: 'template.undeclared' });
    }
  }
  return problems;
}

export function usedVariables(names: NameUse[]): Set<string> {
  return new Set(names.map((use) => use.parts[0] ?? ''));
}

/**
 * What a template reads. No prototypes, so a strict render fails on `{{toString}}` rather than
 * print an inherited function as a blank. A declared variable named like a root (`channel`)
 * wins over it, as undeclaredNames decides.
 */
export function renderContext(playbook: Playbook, channel: Channel, incident: IncidentFields, variables: Record<string, string>): Record<string, unknown> {
  const { name, language, timezone, apology_url, hashtag } = playbook.brand;
  return dictionary<unknown>([
    ['brand', dictionary(Object.entries({ name, language, timezone, apology_url, hashtag }))],
    ['incident', dictionary(Object.entries(incident))],
    ['channel', dictionary(Object.entries(channel))],
    ...Object.entries(variables),
  ]);
}

/** Placeholder values for rendering a response outside an incident, as lint does. */
export function sampleIncident(levelId: string): IncidentFields {
  return {
    id: '<incident.id>',
    summary: '<incident.summary>',
    level: levelId,
    started_at: '<incident.started_at>',
    channel: '<incident.channel>',
    link: '<incident.link>',
  };
}

export function exampleVariables(response: Response): Record<string, string> {
  return dictionary(Object.entries(response.variables).map(([name, spec]) => [name, spec.example ?? `<${name}>`]));
}

/** The channels a response may be published on: its own list, or all of the playbook's. */
export function channelsOf(response: Response, playbook: Playbook): Channel[] {
  if (!response.channels) return playbook.channels;
  return playbook.channels.filter((channel) => response.channels?.includes(channel.id));
}

/** The channels a step publishes its response on: the step's own list, else the response's. */
export function stepChannels(step: Pick<Step, 'channels'>, response: Response, playbook: Playbook): Channel[] {
  const only = step.channels;
  return only ? playbook.channels.filter((channel) => only.includes(channel.id)) : channelsOf(response, playbook);
}
