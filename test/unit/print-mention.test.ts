import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/cli/logger.js';
import type { Context } from '../../src/cli/context.js';
import { printMention } from '../../src/cli/watch/print-poll.js';
import { translator } from '../../src/i18n/index.js';
import type { Mention } from '../../src/watch/mention.js';

describe('printMention', () => {
  it("writes a mention's words on one line, each run of white space one space", () => {
    let out = '';
    const stream = { write: (text: string) => ((out += text), true) } as unknown as NodeJS.WritableStream;
    const ctx = { log: createLogger({ stdout: stream, stderr: stream }, 0), t: translator('en') } as Context;
    const mention: Mention = {
      id: 'https://x.example/1',
      feed: 'Blog',
      feedUrl: 'https://x.example/feed',
      title: 'Miravista  news',
      text: 'First paragraph.\n\nSecond\tone, \u00a0 with  spaces.',
      seen: '2026-12-07T09:00:00Z',
      terms: ['Miravista'],
      flagged: false,
      flags: [],
    };
    printMention(mention, ctx, { language: 'en', timezone: 'UTC' });
    expect(out.split('\n')[1]).toBe('  Miravista news · First paragraph. Second one, with spaces.');
  });
});
