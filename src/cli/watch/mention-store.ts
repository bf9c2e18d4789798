import { mkdirSync } from 'node:fs';
import { appendLines, readIfExists } from '../write-files.js';
import { dirname, join, resolve } from 'node:path';
import { jsonLines } from '../../model/json-lines.js';
import { parseMentionLines, type Mention } from '../../watch/mention.js';

export const MENTIONS_FILE = 'mentions.jsonl';

/** Where `crisis watch` keeps what it saw: `watch/` beside the plan, unless --watch-dir names another folder. */
export function watchDir(playbookFile: string, option: string | undefined, cwd: string): string {
  return resolve(cwd, option ?? join(dirname(playbookFile), 'watch'));
}

export interface StoreDamage {
  file: string;
  /** 1-based lines skipped. */
  lines: number[];
}

/**
 * The stored mentions, each id once, in file order; none when nothing was stored yet. Damaged
 * lines are skipped and handed once to `onDamage`, for the command to say.
 */
export function readMentions(dir: string, onDamage?: (damage: StoreDamage) => void): Mention[] {
  const file = join(dir, MENTIONS_FILE);
  const text = readIfExists(file);
  if (text === undefined) return [];
  const { mentions, damaged } = parseMentionLines(text);
  if (damaged.length > 0) onDamage?.({ file, lines: damaged });
  return mentions;
}

/**
 * Adds mentions with one append of whole lines (O_APPEND: two watchers never write over each
 * other). Nothing is ever rewritten, so the file's history in git is the order things were seen.
 */
export function appendMentions(dir: string, mentions: readonly Mention[]): void {
  mkdirSync(dir, { recursive: true });
  appendLines(join(dir, MENTIONS_FILE), jsonLines(mentions));
}
