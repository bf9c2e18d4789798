import { formatBrandTime } from '../escalate/brand-time.js';
import type { MessageKey, Params } from '../i18n/index.js';
import { allowsPrivateMessages } from './private-channels.js';
import type { Channel, Playbook, Response, Step } from '../model/schema.js';
import { planIndex } from '../model/plan-index.js';
import { dictionary } from '../model/user-keys.js';
import type { NameUse } from './name-use.js';

/**
 * What an incident contributes to a message: the fields a template may read as `incident.*`, with
 * `level_name` besides, the level's name in the plan (renderContext): a message says "Possible
 * crisis", where `level` is the id a person never reads ("possible-crisis"). `started_at` is an
 * ISO instant here, written on the brand's clock when rendered.
 */
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
  incident: ['id', 'summary', 'level', 'level_name', 'started_at', 'channel', 'link'],
  channel: ['id', 'name', 'format', 'max_length', 'url'],
} as const satisfies Record<string, readonly string[]>;

type Root = keyof typeof CONTEXT_FIELDS;

/** The names a template reads as groups of fields; no variable may take one (see lint-playbook.ts). */
export const CONTEXT_ROOTS: ReadonlySet<string> = new Set(Object.keys(CONTEXT_FIELDS));

interface NameProblem {
  use: NameUse;
  messageId: MessageKey;
  name: string;
  data?: Params;
}

// Fields a channel may leave out: a template that prints one must have it on every channel it goes to.
const OPTIONAL_CHANNEL_FIELDS: ReadonlySet<string> = new Set(['url', 'max_length']);

/** Names a strict render would fail on, or print as a blank, found before anything is rendered. */
export function undeclaredNames(names: NameUse[], response: Response, playbook: Playbook): NameProblem[] {
  const problems: NameProblem[] = [];
  const declared = new Set(Object.keys(response.variables));
  let targets: RenderTargets | undefined;
  for (const use of names) {
    const [head = '', field, ...rest] = use.parts;
    const add = (messageId: MessageKey, data?: Params) =>
      problems.push({ use, name: use.parts.join('.'), messageId, data });
    // An #if or #with over an unset value simply skips its block; only a printed value must be there.
    const mustBeSet = !use.test && !use.guarded;
    // brand, incident and channel come first, as in renderContext; a plan may not name a variable like them.
    if (Object.hasOwn(CONTEXT_FIELDS, head)) {
      const fields: readonly string[] = CONTEXT_FIELDS[head as Root];
      if (field === undefined) {
        if (!use.test) add('template.objectValue', { fields: fields.map((f) => `${head}.${f}`).join(', ') });
      } else if (!fields.includes(field) || rest.length > 0) add('template.unknownField');
      else if (head === 'brand' && mustBeSet && playbook.brand[field as keyof Playbook['brand']] === undefined)
        add('template.brandFieldUnset');
      else if (head === 'channel' && mustBeSet && OPTIONAL_CHANNEL_FIELDS.has(field)) {
        targets ??= renderTargets(response, playbook);
        const without = targets.channels
          .filter((channel) => channel[field as keyof Channel] === undefined)
          .map((channel) => channel.id);
        if (targets.internal) add('template.channelFieldInternal', { field });
        else if (without.length > 0)
          add('template.channelFieldUnset', { field, channels: without.join(', '), count: without.length });
      }
    } else if (declared.has(head)) {
      if (field !== undefined) add('template.variableHasNoFields');
    } else add('template.undeclared');
  }
  return problems;
}

interface RenderTargets {
  channels: Channel[];
  /** Also rendered with no channel of the brand: as a notice to the team, or by `render` with no channel. */
  internal: boolean;
}

/** Every channel a response may be rendered for, by lint, `render` or `escalate`: its own, and its steps'. */
function renderTargets(response: Response, playbook: Playbook): RenderTargets {
  const own = channelsOf(response, playbook);
  const ids = new Set(own.map((channel) => channel.id));
  for (const level of playbook.levels) {
    for (const step of level.steps)
      if (step.response === response.id) for (const id of step.channels ?? []) ids.add(id);
  }
  const reached = playbook.channels.filter((channel) => ids.has(channel.id));
  // A private reply never goes out where no private message can: checking it there would condemn
  // a message escalate would never post.
  const channels = response.kind === 'private-reply' ? reached.filter(allowsPrivateMessages) : reached;
  return { channels, internal: response.kind === 'internal' || own.length === 0 || channels.length === 0 };
}

/** Where a notice to the team goes: no channel of the brand, so long and with no length limit. */
export const TEAM_CHANNEL: Channel = Object.freeze({ id: 'team', name: 'team', format: 'long' });

/**
 * Every channel a response is rendered for, by lint, `render` and `escalate`: the team for an
 * internal notice; else its own channels and its steps', and the team too when it lists none.
 */
export function messageTargets(response: Response, playbook: Playbook): Channel[] {
  if (response.kind === 'internal') return [TEAM_CHANNEL];
  const { channels, internal } = renderTargets(response, playbook);
  return internal ? [...channels, TEAM_CHANNEL] : channels;
}

export function usedVariables(names: NameUse[]): Set<string> {
  return new Set(names.map((use) => use.parts[0] ?? ''));
}

/**
 * What a template reads. No prototypes, so a strict render fails on `{{toString}}` rather than
 * print an inherited function as a blank. The roots come last and so win over a value given
 * under their name (a `--var channel=`), as undeclaredNames reads them; a plan cannot declare one.
 */
export function renderContext(
  playbook: Playbook,
  channel: Channel,
  incident: IncidentFields,
  variables: Record<string, string>,
): Record<string, unknown> {
  const { name, language, timezone, apology_url, hashtag } = playbook.brand;
  const level_name = planIndex(playbook).levels.get(incident.level)?.name ?? incident.level;
  // People read a message: the time on the brand's clock and in its language, as every time crisis
  // shows, never an ISO instant. With plain spaces, as it is posted (a placeholder stays as it is).
  const started_at = formatBrandTime(incident.started_at, playbook.brand).replaceAll('\u00a0', ' ');
  return dictionary<unknown>([
    ...Object.entries(variables),
    ['brand', dictionary(Object.entries({ name, language, timezone, apology_url, hashtag }))],
    ['incident', dictionary(Object.entries({ ...incident, level_name, started_at }))],
    ['channel', dictionary(Object.entries(channel))],
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
export function channelsOf({ channels }: Pick<Response, 'channels'>, playbook: Playbook): Channel[] {
  return channels ? playbook.channels.filter((channel) => channels.includes(channel.id)) : playbook.channels;
}

/** The channels a step publishes its response on: the step's own list, else the response's. */
export function stepChannels(step: Pick<Step, 'channels'>, response: Response, playbook: Playbook): Channel[] {
  return channelsOf({ channels: step.channels ?? response.channels }, playbook);
}
