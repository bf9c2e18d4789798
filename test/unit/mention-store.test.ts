import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendMentions, readMentions, watchDir, type StoreDamage } from '../../src/cli/watch/mention-store.js';
import { parseMentionLines, type Mention } from '../../src/watch/mention.js';
import { tempDir } from '../helpers.js';

const mention = (id: string, extra: Partial<Mention> = {}): Mention => ({
  id,
  feed: 'Mastodon',
  feedUrl: 'https://mastodon.example/tags/miravista.rss',
  link: `https://mastodon.example/@ana/${id}`,
  text: `Miravista ${id}`,
  seen: '2026-12-07T09:00:00.000Z',
  terms: ['Miravista'],
  flagged: false,
  flags: [],
  ...extra,
});

describe('watchDir', () => {
  it.each([
    ['plans/crisis.yaml', undefined, '/home/ana/plans/watch'],
    ['crisis.yaml', 'elsewhere', '/home/ana/elsewhere'],
    ['plans/crisis.yaml', '/tmp/w', '/tmp/w'],
  ])('%s with --watch-dir %s is %s', (plan, option, expected) => {
    expect(watchDir(plan, option, '/home/ana')).toBe(expected);
  });
});

describe('the mention store', () => {
  it('reads nothing from a folder crisis never wrote', () => {
    expect(readMentions(join(tempDir(), 'watch'))).toEqual([]);
  });

  it('keeps what each append added, in order, each line whole', () => {
    const dir = join(tempDir(), 'watch');
    appendMentions(dir, [mention('a'), mention('b', { flagged: true, flags: ['precio'], author: 'Ana' })]);
    appendMentions(dir, [mention('c', { published: '2026-12-07T08:00:00Z', title: 'Hola' })]);
    expect(readMentions(dir).map((m) => m.id)).toEqual(['a', 'b', 'c']);
    expect(readMentions(dir)[1]).toEqual(mention('b', { flagged: true, flags: ['precio'], author: 'Ana' }));
    expect(readFileSync(join(dir, 'mentions.jsonl'), 'utf8').split('\n')).toHaveLength(4);
  });

  it('counts a mention stored twice once, the first time it was seen', () => {
    const dir = tempDir();
    appendMentions(dir, [mention('a', { seen: '2026-12-07T09:00:00.000Z' })]);
    appendMentions(dir, [mention('a', { seen: '2026-12-07T10:00:00.000Z' }), mention('b')]);
    expect(readMentions(dir).map((m) => [m.id, m.seen])).toEqual([
      ['a', '2026-12-07T09:00:00.000Z'],
      ['b', '2026-12-07T09:00:00.000Z'],
    ]);
  });

  it('ignores a partial last line a kill left, and the next append starts on a line of its own', () => {
    const dir = tempDir();
    appendMentions(dir, [mention('a')]);
    appendFileSync(join(dir, 'mentions.jsonl'), JSON.stringify(mention('b')).slice(0, 40));
    const damage: StoreDamage[] = [];
    expect(readMentions(dir, (d) => damage.push(d)).map((m) => m.id)).toEqual(['a']);
    expect(damage).toEqual([]);
    appendMentions(dir, [mention('c')]);
    expect(readMentions(dir, (d) => damage.push(d)).map((m) => m.id)).toEqual(['a', 'c']);
    // Once others follow it, the cut line is damage, said once with its line.
    expect(damage).toEqual([{ file: join(dir, 'mentions.jsonl'), lines: [2] }]);
  });

  it('says every damaged line at once and keeps the rest', () => {
    const dir = tempDir();
    const good = JSON.stringify(mention('a'));
    writeFileSync(join(dir, 'mentions.jsonl'), `${good}\nnot json\n{"id":"x"}\n\n${JSON.stringify(mention('b'))}`);
    const damage: StoreDamage[] = [];
    expect(readMentions(dir, (d) => damage.push(d)).map((m) => m.id)).toEqual(['a', 'b']);
    expect(damage.map((d) => d.lines)).toEqual([[2, 3]]);
  });

  it('reads a long store the same way (checked with the schema compiled), a bad time included', () => {
    const dir = tempDir();
    const many = Array.from({ length: 5000 }, (_, index) => JSON.stringify(mention(`m${index}`)));
    const badTime = JSON.stringify(mention('late', { seen: 'not a time' }));
    writeFileSync(join(dir, 'mentions.jsonl'), `${many.join('\n')}\nnot json\n${badTime}\n{"id":"x"}\n`);
    const damage: StoreDamage[] = [];
    expect(readMentions(dir, (d) => damage.push(d))).toHaveLength(5000);
    expect(damage.map((d) => d.lines)).toEqual([[5001, 5002, 5003]]);
  });

  it('takes ids such as constructor as any other', () => {
    expect(parseMentionLines(`${JSON.stringify(mention('constructor'))}\n`).mentions.map((m) => m.id)).toEqual([
      'constructor',
    ]);
  });
});
