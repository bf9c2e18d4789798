import { audienceOf } from '../escalate/events.js';
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

/** The page before the long statement exists: the public messages so far, newest first. */
export interface EarlyPage {
  statement?: undefined;
  updates: PageMessage[];
}

/** The kinds of public message that follow a statement on its page. */
const UPDATE_KINDS: ReadonlySet<ResponseKind> = new Set(['update', 'closing']);

// Posting one update to three networks by hand takes minutes; the next update comes later than that.
const SAME_PUBLICATION_MS = 10 * 60_000;

/** A public message of the plan's responses, with what grouping needs: its step, and whether its channel is long. */
interface Candidate {
  message: PageMessage;
  step?: string;
  long: boolean;
}

/**
 * Whether a message belongs to the publication `group` began: the same step on another channel; or,
 * outside any step, the same response on another channel within ten minutes. A channel that
 * repeats begins the next publication, so a step run again, or one step used for every update, is
 * not read as one.
 */
function samePublication(group: readonly Candidate[], next: Candidate): boolean {
  const [first] = group;
  if (!first || first.step !== next.step) return false;
  return group.every(
    ({ message }) =>
      message.response === next.message.response &&
      message.channel !== next.message.channel &&
      (next.step !== undefined || Date.parse(next.message.at) - Date.parse(first.message.at) <= SAME_PUBLICATION_MS),
  );
}

/** The plan's public messages of the incident, in the order published, each with its place in the journal. */
function candidatesOf(playbook: Playbook, state: Pick<IncidentState, 'published'>): Candidate[] {
  const { responses, channels } = planIndex(playbook);
  return state.published.flatMap((event, index): Candidate[] => {
    const kind = responses.get(event.response)?.kind;
    if (!kind || audienceOf(event) !== 'public') return [];
    const { at, text, response, channel, url } = event;
    return [
      {
        message: { index, at, text, response, kind, channel, url },
        step: event.step,
        long: channels.get(channel)?.format === 'long',
      },
    ];
  });
}

/** Messages published together shown once, in their long channel's words when they have one; newest first. */
function publicationsOf(candidates: readonly Candidate[]): PageMessage[] {
  const publications: Candidate[][] = [];
  for (const candidate of candidates) {
    const last = publications.at(-1);
    if (last && samePublication(last, candidate)) last.push(candidate);
    else publications.push([candidate]);
  }
  const shown = publications.flatMap((group) => {
    const message = group.find(({ long }) => long) ?? group[0];
    return message ? [message.message] : [];
  });
  return shown.reverse();
}

/**
 * The statement is the latest public message of kind `apology` on a `long` channel: the one the
 * short apologies link to. A short apology alone is no statement: it points at this page. Later
 * public messages of kind `update` or `closing` are its updates. A message sent to several
 * channels at once counts once (samePublication): the version on a long channel wins, as on the page.
 * Undefined while no statement is published.
 */
export function statementPage(playbook: Playbook, state: Pick<IncidentState, 'published'>): StatementPage | undefined {
  const candidates = candidatesOf(playbook, state);
  const at = candidates.findLastIndex(({ message, long }) => message.kind === 'apology' && long);
  const statement = candidates[at];
  if (!statement) return undefined;
  const updates = publicationsOf(candidates.slice(at + 1).filter(({ message }) => UPDATE_KINDS.has(message.kind)));
  return { statement: statement.message, updates };
}

/**
 * Before the long statement, the page its short apologies already link to: every public apology,
 * update and closing so far, so a reader who follows the link finds what was said rather than
 * nothing. Undefined while nothing public is out.
 */
export function earlyPage(playbook: Playbook, state: Pick<IncidentState, 'published'>): EarlyPage | undefined {
  const shown = candidatesOf(playbook, state).filter(
    ({ message }) => message.kind === 'apology' || UPDATE_KINDS.has(message.kind),
  );
  return shown.length > 0 ? { updates: publicationsOf(shown) } : undefined;
}

/** The last message the page shows, by its place in the journal: a page written before it is out of date. */
export function pageMark(page: StatementPage): number {
  return page.updates.reduce((last, update) => Math.max(last, update.index), page.statement.index);
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
