import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/cli/logger.js';
import type { Context } from '../../src/cli/context.js';
import { printMention } from '../../src/cli/watch/print-poll.js';
import { translator } from '../../src/i18n/index.js';
import type { Mention } from '../../src/watch/mention.js';

const MENTION: Mention = {
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

/** What printMention writes, to a terminal `columns` wide (none: a pipe), in English on UTC, on 8 December 2026. */
function printed(mention: Mention, columns?: number, language = 'en'): string {
  let out = '';
  const stream = Object.assign({ write: (text: string) => ((out += text), true) }, columns && { isTTY: true, columns });
  const streams = { stdout: stream, stderr: stream } as unknown as Context['streams'];
  const ctx = { log: createLogger(streams, 0), t: translator('en'), streams, env: {} } as unknown as Context;
  printMention(mention, ctx, { brand: { language, timezone: 'UTC' }, now: () => new Date('2026-12-08T00:00:00Z') });
  return out;
}

describe('printMention', () => {
  it("writes a mention's words on one line, each run of white space one space", () => {
    expect(printed(MENTION).split('\n')[1]).toBe('  Miravista news · First paragraph. Second one, with spaces.');
  });

  it('shows the year of a date in another year, and only then', () => {
    const head = (published: string) => printed({ ...MENTION, published }, undefined, 'es').split('\n')[0];
    expect(head('2025-12-07T21:15:00Z')).toMatch(/^• Blog · domingo,\s7\sde\sdic\sde\s2025,\s21:15$/);
    expect(head('2026-12-07T21:15:00Z')).toMatch(/^• Blog · lunes,\s7\sdic,\s21:15$/);
  });

  it("wraps its lines at spaces to the terminal's width, never inside a word, the link left whole", () => {
    const text = 'Tres semanas esperando mis gafas progresivas en Miravista y nadie contesta al teléfono de la tienda.';
    const link = `https://x.example/${'a'.repeat(70)}`;
    const wrapped = printed({ ...MENTION, text, link }, 60);
    const lines = wrapped.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines.slice(0, -1)) expect(stringWidth(line)).toBeLessThanOrEqual(60);
    expect(lines.at(-1)).toBe(`  ${link}`);
    // Only line breaks were added, at spaces: the same words as on one line.
    expect(wrapped.split(/\s+/)).toEqual(printed({ ...MENTION, text, link }).split(/\s+/));
  });
});
