import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { brandTimeFormat, brandZoneName, formatBrandTime } from '../../src/escalate/brand-time.js';
import { parseOperatorTime } from '../../src/escalate/wall-clock.js';
import { MAX_LANGUAGE_LENGTH, MAX_ZONE_LENGTH } from '../../src/model/limits.js';
import { longestIntlArgument } from '../intl-arguments.js';

// Every case names its zone, so nothing here depends on the machine's TZ (CI runs in UTC).
const MADRID = 'Europe/Madrid';
const MEXICO = 'America/Mexico_City';
const at = (iso: string) => new Date(iso);
// Shown with plain spaces to stay readable; the formatter's no-break spaces are checked on their own.
const plain = (text: string) => text.replaceAll('\u00a0', ' ');

describe('formatBrandTime', () => {
  it.each([
    ['en-GB', MADRID, 'datetime', '2026-11-22T21:25:00Z', 'Sun 22 Nov, 22:25'],
    ['es', MADRID, 'datetime', '2026-11-22T21:25:00Z', 'domingo, 22 nov, 22:25'],
    ['en-US', MADRID, 'datetime', '2026-11-22T21:25:00Z', 'Sun, Nov 22, 10:25 PM'],
    ['en-US', MEXICO, 'datetime', '2026-11-23T03:51:00Z', 'Sun, Nov 22, 9:51 PM'],
    ['es', MEXICO, 'datetime', '2026-11-23T03:51:00Z', 'domingo, 22 nov, 21:51'],
    // Spanish says the weekday whole, "del martes", never "del mar" (the sea); English keeps its short one.
    ['es', MADRID, 'date', '2026-11-24T20:55:00Z', 'martes, 24 nov'],
    ['es', MADRID, 'dated', '2026-11-24T20:55:00Z', 'martes, 24 de nov de 2026, 21:55'],
    ['en-GB', MADRID, 'date', '2026-11-24T20:55:00Z', 'Tue 24 Nov'],
    ['en-GB', MADRID, 'dated', '2026-11-24T20:55:00Z', 'Tue, 24 Nov 2026, 21:55'],
    ['en-GB', MADRID, 'datetime', '2026-11-22T08:05:00Z', 'Sun 22 Nov, 09:05'], // a 24-hour clock keeps its leading zero
    ['en-GB', MADRID, 'time', '2026-11-22T21:25:00Z', '22:25'],
    ['en-US', MADRID, 'time', '2026-11-22T21:25:00Z', '10:25 PM'],
    ['en-GB', MADRID, 'datetime', '2026-07-01T12:00:00Z', 'Wed 1 Jul, 14:00'], // summer time, +2
    ['en-GB', MADRID, 'datetime', '2026-03-29T00:59:00Z', 'Sun 29 Mar, 01:59'], // a minute before the spring change
    ['en-GB', MADRID, 'datetime', '2026-03-29T01:00:00Z', 'Sun 29 Mar, 03:00'], // the change: 02:00 never happens
    ['en-GB', MADRID, 'datetime', '2026-10-25T00:30:00Z', 'Sun 25 Oct, 02:30'], // the first 02:30 of autumn
    ['en-GB', MADRID, 'datetime', '2026-10-25T01:30:00Z', 'Sun 25 Oct, 02:30'], // and the second
    ['xx-invalid-!', MADRID, 'datetime', '2026-11-22T21:25:00Z', 'Sun, Nov 22, 10:25 PM'], // a malformed language: English
    ['zz', MADRID, 'datetime', '2026-11-22T21:25:00Z', 'Sun, Nov 22, 10:25 PM'], // a well-formed one Intl has no data for
    ['x'.repeat(36), MADRID, 'datetime', '2026-11-22T21:25:00Z', 'Sun, Nov 22, 10:25 PM'], // too long to be a tag
  ] as const)('%s in %s (%s) shows %s as %s', (language, timezone, style, when, expected) => {
    expect(plain(formatBrandTime(when, { language, timezone }, style))).toBe(expected);
  });

  it('takes a Date as well as an ISO string', () => {
    expect(plain(formatBrandTime(at('2026-11-22T21:25:00Z'), { language: 'en-GB', timezone: MADRID }))).toBe(
      'Sun 22 Nov, 22:25',
    );
  });

  it('joins the parts with no-break spaces, so a terminal never wraps a time', () => {
    const shown = formatBrandTime('2026-11-22T21:25:00Z', { language: 'en-US', timezone: MADRID });
    expect(shown).not.toContain(' ');
    expect(shown).toBe('Sun,\u00a0Nov\u00a022,\u00a010:25\u00a0PM');
  });

  it.each([['Mars/Olympus_Mons'], ['Europe/Madrid'.padEnd(65, 'x')], ['']])(
    'falls back to the machine zone for the invalid timezone %j',
    (timezone) => {
      const machine = formatBrandTime('2026-11-22T21:25:00Z', { language: 'en-GB' });
      expect(formatBrandTime('2026-11-22T21:25:00Z', { language: 'en-GB', timezone })).toBe(machine);
      expect(brandZoneName(timezone)).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    },
  );

  it('names the zone it shows times in', () => {
    expect(brandZoneName(MADRID)).toBe(MADRID);
  });

  it.each([
    ['not a date', 'not a date'],
    ['', '—'],
    [new Date(Number.NaN), '—'],
  ])('returns %j as %j rather than throwing', (when, expected) => {
    expect(formatBrandTime(when, { language: 'en-GB', timezone: MADRID })).toBe(expected);
  });

  it('does not let a 400 KB timezone or language reach Intl', () => {
    // Intl spends some 10 ms reading each such string; fifty plans of them would be half a second.
    const zones = Array.from({ length: 50 }, (_, i) => `Europe/Madrid${i}`.repeat(28_000));
    const languages = Array.from({ length: 50 }, (_, i) => `en-${i}abcdef`.repeat(40_000).slice(0, -1));
    const longest = longestIntlArgument(() =>
      zones.forEach((timezone, i) => {
        expect(plain(formatBrandTime('2026-11-22T21:25:00Z', { language: languages[i], timezone }, 'time'))).toMatch(
          /^\d{1,2}:25( [AP]M)?$/,
        );
        expect(parseOperatorTime('-5m', at('2026-11-22T22:00:00Z'), timezone).ok).toBe(true);
      }),
    );
    expect(longest).toBeLessThanOrEqual(Math.max(MAX_ZONE_LENGTH, MAX_LANGUAGE_LENGTH));
  });
});

describe('brandTimeFormat', () => {
  // Zones whose offset once had seconds (Monrovia -0:44:30 until 1972, Amsterdam +0:19:32 until
  // 1937), a half-hour and a quarter-hour zone, and changes of summer time.
  const zones = ['Africa/Monrovia', 'Europe/Amsterdam', MADRID, MEXICO, 'Asia/Kathmandu', 'Australia/Adelaide', 'UTC'];
  const instant = fc.integer({ min: Date.UTC(1890, 0, 1), max: Date.UTC(2100, 0, 1) });

  it('writes every time as formatBrandTime does, each minute formatted once (2,000 generated times)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.constantFrom('en-GB', 'es', 'en-US'),
        fc.constantFrom('datetime' as const, 'time' as const, 'date' as const),
        fc.array(instant, { minLength: 1, maxLength: 20 }),
        (timezone, language, style, instants) => {
          const format = brandTimeFormat({ language, timezone }, style);
          // The same minute again, seconds apart, reads from what was kept.
          for (const ms of instants.flatMap((ms) => [ms, ms - (ms % 60_000) + 59_999])) {
            const iso = new Date(ms).toISOString();
            expect(format(iso)).toBe(formatBrandTime(iso, { language, timezone }, style));
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it.each([['not a date'], [''], [new Date(Number.NaN)]])('returns %j as formatBrandTime does', (when) => {
    expect(brandTimeFormat({ language: 'en-GB', timezone: MADRID })(when)).toBe(
      formatBrandTime(when, { language: 'en-GB', timezone: MADRID }),
    );
  });
});

describe('parseOperatorTime', () => {
  // 23:00 in Madrid (winter, +1) on a UTC machine: the wall clock there says 22:00.
  const now = at('2026-11-22T22:00:00Z');

  it.each([
    ['', MADRID, now, '2026-11-22T22:00:00.000Z'],
    ['  ', MADRID, now, '2026-11-22T22:00:00.000Z'],
    ['-20m', MADRID, now, '2026-11-22T21:40:00.000Z'],
    ['-2h', MADRID, now, '2026-11-22T20:00:00.000Z'],
    ['-1h30m', MADRID, now, '2026-11-22T20:30:00.000Z'],
    ['22:25', MADRID, now, '2026-11-22T21:25:00.000Z'], // Madrid's 22:25, not the machine's
    ['9:05', MADRID, now, '2026-11-22T08:05:00.000Z'],
    ['22.25', MADRID, now, '2026-11-22T21:25:00.000Z'],
    ['23:01', MADRID, now, '2026-11-22T22:01:00.000Z'], // a minute ahead is a clock out of step, not the future
    ['2026-11-20 10:00', MADRID, now, '2026-11-20T09:00:00.000Z'],
    ['2026-07-01 10:00', MADRID, now, '2026-07-01T08:00:00.000Z'], // summer, +2
    ['00:10', MADRID, at('2026-11-22T23:30:00Z'), '2026-11-22T23:10:00.000Z'], // already the 23rd in Madrid
    ['21:30', MEXICO, at('2026-11-23T04:00:00Z'), '2026-11-23T03:30:00.000Z'], // still the 22nd in Mexico City, -6
    ['2026-11-22 21:51', MEXICO, at('2026-11-23T04:00:00Z'), '2026-11-23T03:51:00.000Z'],
    // The spring change in Madrid, 2026-03-29: 02:00 to 02:59 never happens.
    ['01:59', MADRID, at('2026-03-29T12:00:00Z'), '2026-03-29T00:59:00.000Z'],
    ['03:00', MADRID, at('2026-03-29T12:00:00Z'), '2026-03-29T01:00:00.000Z'],
    ['02:30', MADRID, at('2026-03-29T12:00:00Z'), '2026-03-29T01:30:00.000Z'], // read as 03:30, the hour after
    ['12:00', MADRID, at('2026-03-29T12:00:00Z'), '2026-03-29T10:00:00.000Z'],
    // The autumn change, 2026-10-25: 02:00 to 02:59 happens twice, first at +2 then at +1.
    ['01:30', MADRID, at('2026-10-25T12:00:00Z'), '2026-10-24T23:30:00.000Z'],
    ['02:30', MADRID, at('2026-10-25T12:00:00Z'), '2026-10-25T01:30:00.000Z'], // the later, both being past
    ['02:30', MADRID, at('2026-10-25T00:45:00Z'), '2026-10-25T00:30:00.000Z'], // the earlier, the later not come yet
    ['03:00', MADRID, at('2026-10-25T12:00:00Z'), '2026-10-25T02:00:00.000Z'],
    ['12:00', MADRID, at('2026-10-25T12:00:00Z'), '2026-10-25T11:00:00.000Z'],
  ] as Array<[string, string, Date, string]>)('"%s" in %s at %s is %s', (text, zone, when, expected) => {
    expect(parseOperatorTime(text, when, zone)).toEqual({ ok: true, date: at(expected) });
  });

  it('takes an empty answer as the "now" the question showed, a minute that turned since or not', () => {
    const shown = at('2026-11-22T21:59:40Z');
    expect(parseOperatorTime('', now, MADRID, shown)).toEqual({ ok: true, date: shown });
    // Any other answer reads the clock as it is when answered.
    expect(parseOperatorTime('-20m', now, MADRID, shown)).toEqual({ ok: true, date: at('2026-11-22T21:40:00Z') });
  });

  it.each([
    ['23:30', MADRID, now], // later today in Madrid: never silently yesterday
    ['23:02', MADRID, now],
    ['2026-11-23 09:00', MADRID, now],
    ['22:30', MEXICO, at('2026-11-23T04:00:00Z')], // 22:00 in Mexico City, though 05:00 on the machine's clock
  ])('"%s" in %s at %s is in the future', (text, zone, when) => {
    expect(parseOperatorTime(text, when, zone)).toEqual({ ok: false, problem: 'future' });
  });

  it.each([
    'ayer',
    '25:00',
    '12:60',
    '+5m',
    '-5',
    '-m',
    '5m',
    '2026-02-30 10:00',
    '2026-13-01 10:00',
    '22:5',
    '122:05',
    '2026-11-22',
    '22:25:30',
  ])('refuses "%s" as a format it does not know', (text) => {
    expect(parseOperatorTime(text, now, MADRID)).toEqual({ ok: false, problem: 'format' });
  });

  describe('with the machine set to another zone', () => {
    const saved = process.env.TZ;
    afterEach(() => {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    });
    it('reads the brand zone it is given, whatever TZ says', () => {
      process.env.TZ = 'Pacific/Kiritimati';
      expect(parseOperatorTime('22:25', now, MADRID)).toEqual({ ok: true, date: at('2026-11-22T21:25:00.000Z') });
      expect(plain(formatBrandTime('2026-11-22T21:25:00Z', { language: 'en-GB', timezone: MADRID }))).toBe(
        'Sun 22 Nov, 22:25',
      );
    });
  });
});
