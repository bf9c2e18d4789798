import { brandZone, cached, formatBrandTime, type BrandClock } from '../../escalate/brand-time.js';
import type { Mention } from '../../watch/mention.js';
import { commandLine, shellQuote } from '../command-line.js';
import type { Context } from '../context.js';
import { listWidth, wrapRow } from '../terminal-text.js';
import type { FeedOutcome } from './poll.js';
import type { PollRun } from './poll-run.js';

export interface MentionSource {
  file: string;
  /** The plan as the person named it, if they did. */
  given?: string;
  watchDir?: string;
  /** The plan's language and time zone: times are shown on the brand's clock, as everywhere else. */
  brand: BrandClock;
  /** Today, to tell a date of another year, which is shown with its year. */
  now: () => Date;
}

const EXCERPT = 200;

/** One line of a mention's words: a feed's text may run for pages and hold line breaks. */
function excerpt(mention: Mention): string {
  // A lone space is left as it is: replacing each with a space only rebuilt the text, for every mention.
  const text = (mention.title ? `${mention.title} · ${mention.text}` : mention.text)
    .replace(/\s{2,}|[^\S ]/g, ' ')
    .trim();
  return text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1)}…` : text;
}

/** The command that opens an incident from a mention, ready to paste where crisis watch ran. */
function fromMentionCommand(id: string, source: MentionSource): string {
  const command = commandLine(['escalate', '--from-mention', id], { playbook: source.given });
  return source.watchDir === undefined ? command : `${command} --watch-dir ${shellQuote(source.watchDir)}`;
}

/** Why a feed gave nothing this time, or how it went: one line naming the feed. */
export function outcomeLine(outcome: FeedOutcome, ctx: Context, brand?: BrandClock): string {
  const { t } = ctx;
  const name = outcome.feed.name;
  switch (outcome.result) {
    case 'ok':
      return t('watch.feed.ok', { name, items: outcome.items, fresh: outcome.fresh });
    case 'unchanged':
      return t('watch.feed.unchanged', { name });
    case 'waiting':
      return t('watch.feed.waiting', { name, until: brand ? formatBrandTime(outcome.until, brand) : outcome.until });
    case 'failed':
      return t('watch.feed.failed', { name, url: outcome.feed.url, why: t(outcome.key, outcome.params) });
  }
}

// Built once per zone: an Intl format per mention held hundreds of MB of ICU memory in a big poll.
const years = new Map<string, Intl.DateTimeFormat>();
const yearOf = (when: string | Date, brand: BrandClock) => {
  const zone = brandZone(brand.timezone);
  const format = cached(years, zone ?? '', () => new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: zone }));
  return format.format(new Date(when));
};

/** When a mention happened, with its year when that is not this year's. */
function mentionTime(when: string, source: Pick<MentionSource, 'brand' | 'now'>): string {
  if (Number.isNaN(Date.parse(when))) return formatBrandTime(when, source.brand);
  const dated = yearOf(when, source.brand) !== yearOf(source.now(), source.brand);
  return formatBrandTime(when, source.brand, dated ? 'dated' : 'datetime');
}

/**
 * A mention in two or three lines, each wrapped at spaces to the terminal's width (none when piped,
 * so grep reads one mention a line): a terminal that folds them breaks words in two.
 */
export function printMention(mention: Mention, ctx: Context, source: Pick<MentionSource, 'brand' | 'now'>): void {
  const { log, t } = ctx;
  const width = listWidth(ctx.streams.stdout, ctx.env);
  const head = [mention.feed, mentionTime(mention.published ?? mention.seen, source), mention.author]
    .filter(Boolean)
    .join(' · ');
  const flag = mention.flagged ? ` ${log.color.red.bold(t('watch.flagged', { flags: mention.flags.join(', ') }))}` : '';
  log.out(wrapRow(`${mention.flagged ? log.color.red('⚑') : '•'} `, `${log.color.bold(head)}${flag}`, width));
  log.out(wrapRow('  ', excerpt(mention), width));
  if (mention.link !== undefined) log.out(`  ${log.color.dim(mention.link)}`);
}

/** After the poll, whose mentions went to stdout as they came: each failing feed, the summary and what to do, on stderr. */
export function printPoll(run: PollRun, source: MentionSource, ctx: Context): void {
  const { log, t } = ctx;
  for (const outcome of run.poll.outcomes)
    if (outcome.result === 'failed') log.error(outcomeLine(outcome, ctx, source.brand));
    else if (outcome.result === 'waiting') log.warn(outcomeLine(outcome, ctx, source.brand));
  const flagged = run.poll.notable.filter((mention) => mention.flagged);
  log.info(
    t('watch.summary', {
      fresh: run.poll.freshCount,
      flagged: flagged.length,
      feeds: run.poll.outcomes.length,
    }),
  );
  printAlarm(run, source, ctx);
  if (run.blind) log.error(t('watch.blind'));
}

/** The mention to open an incident from: the poll's first flagged one, else the first of the spike. */
function leadOf(run: PollRun) {
  const flagged = run.poll.notable.find((mention) => mention.flagged);
  if (flagged !== undefined) return { mention: flagged, key: 'watch.openFromFlagged' } as const;
  return run.spike && ({ mention: run.spike.first, key: 'watch.openFromSpike' } as const);
}

/** A spike, and the command that opens an incident from the mention it began with or was flagged. */
export function printAlarm(run: PollRun, source: MentionSource, { log, t }: Context): void {
  if (run.spike)
    log.warn(t('watch.spike', { count: run.spike.count, within: run.spike.within, mentions: run.spike.mentions }));
  const lead = leadOf(run);
  if (lead !== undefined) log.info(t(lead.key, { command: fromMentionCommand(lead.mention.id, source) }));
}

/** The poll as JSON, with every new mention (`mentions`, in the order of the feeds). */
export function pollJson(run: PollRun, mentions: readonly Mention[], ctx: Context) {
  return {
    attention: run.attention,
    mentions,
    spike: run.spike
      ? { count: run.spike.count, mentions: run.spike.mentions, within: run.spike.within, first: run.spike.first.id }
      : null,
    open: leadOf(run)?.mention.id ?? null,
    feeds: run.poll.outcomes.map((outcome) => ({
      name: outcome.feed.name,
      url: outcome.feed.url,
      result: outcome.result,
      ...(outcome.result === 'ok' && { items: outcome.items, fresh: outcome.fresh }),
      ...(outcome.result === 'waiting' && { until: outcome.until }),
      ...(outcome.result === 'failed' && { problem: outcome.key, message: ctx.t(outcome.key, outcome.params) }),
    })),
  };
}
