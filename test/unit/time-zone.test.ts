import { describe, expect, it, vi } from 'vitest';
import { isTimeZone } from '../../src/model/schema.js';

/** What the schema accepted before the lookup list: whatever Intl.DateTimeFormat takes. */
function intlTakes(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

// Names a plan may carry: canonical, aliases old and new, other letter cases, and near misses.
const table: Array<[string, boolean]> = [
  ['Europe/Madrid', true],
  ['europe/madrid', true],
  ['EUROPE/MADRID', true],
  ['America/Argentina/Buenos_Aires', true],
  ['UTC', true],
  ['utc', true],
  ['Etc/UTC', true],
  ['GMT', true],
  ['Etc/GMT', true],
  ['Etc/GMT+5', true],
  ['Europe/Kiev', true],
  ['Europe/Kyiv', true],
  ['Asia/Calcutta', true],
  ['Asia/Kolkata', true],
  ['US/Eastern', true],
  ['EST', true],
  ['CET', true],
  ['Europe/Madrid ', false],
  [' UTC', false],
  ['Europe/Madird', false],
  ['Mars/Olympus_Mons', false],
  ['Local', false],
  ['Z', false],
  ['GMT+1', false],
  ['', false],
  ['Europe/\u212Aiev', false],
  ['Europe/Madrid\u0000', false],
  [`Europe/${'x'.repeat(60)}`, false],
];

describe('isTimeZone', () => {
  it.each(table)('%j → %s', (value, valid) => {
    expect(isTimeZone(value)).toBe(valid);
    expect(isTimeZone(value)).toBe(intlTakes(value));
  });

  it('agrees with Intl on every zone Intl lists, in every letter case', () => {
    for (const zone of Intl.supportedValuesOf('timeZone')) {
      for (const value of [zone, zone.toLowerCase(), zone.toUpperCase()])
        expect(isTimeZone(value), value).toBe(intlTakes(value));
    }
  });

  it('answers a listed zone, or UTC, without building a DateTimeFormat (11-19 ms the first time)', () => {
    const built = vi.spyOn(Intl, 'DateTimeFormat');
    try {
      expect(['Europe/Lisbon', 'america/new_york', 'UTC', 'Etc/UTC'].map(isTimeZone)).toEqual([true, true, true, true]);
      expect(built).not.toHaveBeenCalled();
    } finally {
      built.mockRestore();
    }
  });
});
