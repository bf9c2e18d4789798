import { DRAFT } from '../../escalate/draft-keys.js';
import type { Mention } from '../../watch/mention.js';
import type { Context } from '../context.js';
import { displayPath } from '../display-path.js';
import { CliError } from '../errors.js';
import type { Prefill } from '../escalate/interactive.js';
import { MENTIONS_FILE, readMentions, watchDir } from './mention-store.js';

const SUMMARY_LENGTH = 120;

/** A summary a person would write: the mention's title, else the start of its words. */
function mentionSummary(mention: Mention): string {
  const words = (mention.title ?? mention.text).replace(/\s+/g, ' ').trim() || mention.feed;
  return words.length > SUMMARY_LENGTH ? `${words.slice(0, SUMMARY_LENGTH - 1)}…` : words;
}

/**
 * `escalate --from-mention ID`: the summary, link and first-seen time of the incident, from the mention crisis watch
 * stored under that id (in the plan's watch folder, or --watch-dir). None without the option.
 */
export function mentionPrefill(
  options: { fromMention?: string; watchDir?: string },
  playbookFile: string,
  ctx: Context,
): Prefill {
  if (options.fromMention === undefined) return [];
  const dir = watchDir(playbookFile, options.watchDir, ctx.cwd);
  const mention = readMentions(dir).find((stored) => stored.id === options.fromMention);
  if (mention === undefined)
    throw new CliError('watch.unknownMention', {
      id: options.fromMention,
      file: displayPath(`${dir}/${MENTIONS_FILE}`, ctx.cwd),
    });
  const link = mention.link ?? (URL.canParse(mention.id) ? mention.id : undefined);
  // First seen when the watch first saw it: so the mention, and what came after it, join the queue.
  return [
    [DRAFT.summary, mentionSummary(mention)],
    ...(link === undefined ? [] : [[DRAFT.link, link] as const]),
    [DRAFT.detected, mention.seen],
  ];
}
