import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { es } from '../../src/i18n/es.js';
import { detectLang, format, translator } from '../../src/i18n/index.js';
import { parseDuration } from '../../src/model/duration.js';
import { durationText } from '../../src/i18n/duration-text.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)(?::[^{}]*)?\}/g)].map((m) => m[1]).sort();

describe('the catalog', () => {
  it.each(Object.keys(en))('%s has the same placeholders in Spanish', (key) => {
    const k = key as keyof typeof en;
    expect(es[k].trim()).not.toBe('');
    expect(placeholders(es[k])).toEqual(placeholders(en[k]));
  });
});

describe('plural forms', () => {
  it.each([
    ['en', 1, '1 file'],
    ['en', 0, '0 files'],
    ['en', 2, '2 files'],
    ['es', 1, '1 archivo'],
    ['es', 3, '3 archivos'],
  ])('in %s, %i reads "%s"', (lang, count, expected) => {
    const template = lang === 'en' ? '{n:# file|# files}' : '{n:# archivo|# archivos}';
    expect(format(template, { n: count }, lang)).toBe(expected);
  });
  it.each([
    [1, 'Link to the post on X (paste it)'],
    [2, 'Links to the posts on X, Blog (paste them)'],
  ])('fills the placeholders inside a plural form (%i)', (count, expected) => {
    const channels = count === 1 ? 'X' : 'X, Blog';
    expect(
      format(
        '{count:Link to the post on {channels}|Links to the posts on {channels}} (paste {count:it|them})',
        { count, channels },
        'en',
      ),
    ).toBe(expected);
  });
  it.each([
    ['First seen: {time}.', { time: '10:00 p.m.' }, 'First seen: 10:00 p.m.'],
    ['First seen: {time}.', { time: '22:00' }, 'First seen: 22:00.'],
    ['Visto: {time}, {who}.', { time: '10:00 p.m.', who: 'Ana' }, 'Visto: 10:00 p.m., Ana.'],
  ])('one period ends "%s" with %o', (template, params, expected) => {
    expect(format(template, params, 'en')).toBe(expected);
  });
  it.each([
    [1, 'Responder comentarios (1 pendiente)'],
    [3, 'Responder comentarios (3 pendientes)'],
  ])('the walkthrough offers the comment queue in Spanish agreeing with its count (%i)', (count, expected) => {
    expect(translator('es')('walk.action.comments', { count })).toBe(expected);
  });
  it('inserts a value once, never reading the braces it holds', () => {
    expect(format('{a} and {n:# b|# bs}', { a: '{n}', n: 2 }, 'en')).toBe('{n} and 2 bs');
  });
});

describe('detectLang', () => {
  it.each([
    [undefined, {}, 'en'],
    ['es', {}, 'es'],
    [undefined, { CRISIS_LANG: 'es' }, 'es'],
    [undefined, { LANG: 'es_ES.UTF-8' }, 'es'],
    [undefined, { LC_ALL: 'es_MX.UTF-8', LANG: 'en_US.UTF-8' }, 'es'],
    [undefined, { LC_ALL: 'C', LANG: 'es_ES.UTF-8' }, 'es'],
    ['en', { CRISIS_LANG: 'es' }, 'en'],
    [undefined, { CRISIS_LANG: 'fr', LANG: 'es_ES' }, 'en'],
    [undefined, { LANG: 'fr_FR.UTF-8' }, 'en'],
  ])('--lang %s with %o is %s', (flag, env, expected) => {
    expect(detectLang(flag, env)).toBe(expected);
  });
});

describe('durations', () => {
  it.each([
    ['15m', 15],
    ['2h', 120],
    ['1h30m', 90],
    ['1d', 1440],
    ['1d2h', 1560],
    ['0m', undefined],
    ['30', undefined],
    ['2 h', undefined],
    ['h', undefined],
    ['', undefined],
  ])('%s is %s minutes', (text, minutes) => {
    expect(parseDuration(text)).toBe(minutes);
  });
  it.each([
    [90, 'en', '1 h 30 min'],
    [1440, 'en', '1 d'],
    [0, 'en', '0 min'],
    [2755, 'en', '1 d 21 h 55 min'],
    [2755, 'es', '1 día 21 h 55 min'],
    [4320, 'es', '3 días'],
  ] as const)('%i minutes read in %s as %s, for people, not as the plan writes durations', (minutes, lang, text) => {
    expect(durationText(translator(lang), minutes)).toBe(text);
  });
});
