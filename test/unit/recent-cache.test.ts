import { describe, expect, it } from 'vitest';
import { RecentCache } from '../../src/messages/recent-cache.js';

describe('RecentCache', () => {
  it('computes a text once while it stays among the last used', () => {
    const cache = new RecentCache<string>(2);
    const computed: string[] = [];
    const get = (text: string) => cache.get(text, () => (computed.push(text), text.toUpperCase()));
    expect(['a', 'b', 'a', 'c', 'a', 'b'].map(get)).toEqual(['A', 'B', 'A', 'C', 'A', 'B']);
    // `a` was used again before `c` came, so `b` went; `b` is computed again, `a` never.
    expect(computed).toEqual(['a', 'b', 'c', 'b']);
  });
});
