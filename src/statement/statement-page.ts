import { audienceOf, type EventOf } from '../escalate/events.js';
import type { IncidentState } from '../escalate/replay.js';
import { planIndex } from '../model/plan-index.js';
import type { Playbook, ResponseKind } from '../model/schema.js';

/** One message on the page, as it was published. */
export interface PageMessage {
  /** Its place in the incident's published messages: tells whether the page changed since it was last written. */
  index: number;
  at: string;
  text: string;
  response: string;
  kind: ResponseKind;
  channel: string;
  url?: string;
}

/** What the page at brand.apology_url shows: the long statement, and the updates since, newest first. */
export interface StatementPage {
  statement: PageMessage;
  updates: PageMessage[];
}

/** The kinds of public message that follow a statement on its page. */
export const UPDATE_KINDS: ReadonlySet<ResponseKind> = new Set(['update', 'closing']);

type Published = EventOf<'published'>;

// Posting one update to three networks by hand takes minutes; the next update comes later than that.
const SAME_PUBLICATION_MS = 10 * 60_000;

/**
 * The statement is the latest public message of kind `apology` on a `long` channel: the one the
 * short apologies link to. A short apology alone is no statement: it points at this page. Later
 * public messages of kind `update` or `closing` are its updates. A message sent to several
 * channels at once counts once: a step's messages are one publication (the version on a long
 * channel wins, as on the page); messages outside a step are one publication while the response
 * stays the same, no channel repeats and ten minutes have not passed since its first message. Undefined while no statement is published.
 */
export function statementPage(playbook: Playbook, state: Pick<IncidentState, 'published'>): StatementPage | undefined {
  const { responses, channels } = planIndex(playbook);
  const isLong = (event: Published) => channels.get(event.channel)?.format === 'long';
  const page = (event: Published, index: number): PageMessage | undefined => {
    const kind = responses.get(event.response)?.kind;
    if (!kind || audienceOf(event) !== 'public') return undefined;
    return {
      index,
      at: event.at,
      text: event.text,
      response: event.response,
      kind,
      channel: event.channel,
      url: event.url,
    };
  };
  const all = state.published.map(page);
  const at = all.findLastIndex((message, index) => message?.kind === 'apology' && isLong(state.published[index]!));
  if (at < 0) return undefined;

  const publications: PageMessage[][] = [];
  for (const message of all.slice(at + 1)) {
    if (!message || !UPDATE_KINDS.has(message.kind)) continue;
    const event = state.published[message.index]!;
    const last = publications.at(-1);
    const same = event.step
      ? publications.find((group) => state.published[group[0]!.index]!.step === event.step)
      : last?.every(
          (other) =>
            !state.published[other.index]!.step &&
            other.response === message.response &&
            other.channel !== message.channel &&
            Date.parse(message.at) - Date.parse(last[0]!.at) <= SAME_PUBLICATION_MS,
        ) && last;
    if (same) same.push(message);
    else publications.push([message]);
  }
  const updates = publications.map(
    (group) => group.find((message) => isLong(state.published[message.index]!)) ?? group[0]!,
  );
  return { statement: all[at]!, updates: updates.reverse() };
}

/** The last message the page shows, by its place in the journal: a page written before it is out of date. */
export function pageMark(page: StatementPage): number {
  return Math.max(page.statement.index, ...page.updates.map((update) => update.index));
}

/** Which of the plan's responses and channels make a statement, for the message that says how to publish one. */
export function statementHint(playbook: Playbook): { responses: string; channels: string } {
  const { channels } = planIndex(playbook);
  const long = playbook.channels.filter((channel) => channel.format === 'long');
  const responses = playbook.responses.filter(
    (response) =>
      response.kind === 'apology' &&
      (response.channels ?? long.map((channel) => channel.id)).some((id) => channels.get(id)?.format === 'long'),
  );
  return {
    responses: responses.map((response) => response.id).join(', ') || '—',
    channels: long.map((channel) => channel.name).join(', ') || '—',
  };
}
