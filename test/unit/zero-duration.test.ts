import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/index.js';
import { validators } from '../../src/init/interview.js';
import { lintData, minimal } from '../helpers.js';

// `0m` has the form of a duration: telling people to "write it like 15m" sent them in circles.
describe('a duration of zero', () => {
  it.each(['0m', '0h', '0d0h0m'])('is refused by lint as not more than 0: %s', (value) => {
    const plan = minimal();
    plan.levels[0].respond_within = value;
    const messages = lintData(plan).findings.map((finding) => finding.message);
    expect(messages).toEqual([
      `levels[0].respond_within is "${value}": a duration must be more than 0. Write it like 15m, 2h or 1d.`,
    ]);
  });

  it('is refused by the init prompt, in both languages, and other mistakes keep their message', () => {
    const en = validators(translator('en')).duration;
    expect(en('0m')).toBe('It must be more than 0: write it like 15m, 2h or 1d.');
    expect(validators(translator('es')).duration(' 0h ')).toBe('Debe ser mayor que 0: escríbelo como 15m, 2h o 1d.');
    expect(en('soon')).toBe('Write it like 15m, 2h, 1h30m or 1d.');
    expect(en('15m')).toBe(true);
  });
});
