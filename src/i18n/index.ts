import { en, type MessageKey } from './en.js';
import { es } from './es.js';

export type { MessageKey };
export type Lang = 'en' | 'es';
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

export const LANGS: readonly Lang[] = ['en', 'es'];
const catalogs: Record<Lang, Record<MessageKey, string>> = { en, es };

/** Maps a BCP 47 tag or a POSIX locale (es_ES.UTF-8) to a language we ship, if any. */
export function toLang(value: string | undefined): Lang | undefined {
  if (!value) return undefined;
  const base = value.toLowerCase().split(/[-_.@]/)[0];
  return LANGS.find((lang) => lang === base);
}

/**
 * The language the user named: --lang, then CRISIS_LANG, then the POSIX locale variables; none
 * when none of them names a language we ship (unset, C, POSIX, fr_FR).
 */
export function namedLang(flag: string | undefined, env: NodeJS.ProcessEnv): Lang | undefined {
  for (const value of [flag, env.CRISIS_LANG, env.LC_ALL, env.LC_MESSAGES, env.LANG]) {
    if (value === undefined || value === '' || value === 'C' || value === 'POSIX') continue;
    const lang = toLang(value);
    if (lang) return lang;
    // An explicit choice we cannot honour falls back to English rather than to the next variable.
    if (value === flag || value === env.CRISIS_LANG) return 'en';
  }
  return undefined;
}

/** --lang, then CRISIS_LANG, then the POSIX locale variables, then English. */
export function detectLang(flag: string | undefined, env: NodeJS.ProcessEnv): Lang {
  return namedLang(flag, env) ?? 'en';
}

const pluralRules = new Map<string, Intl.PluralRules>();

const PLACEHOLDER = /\{(\w+)\}(\.?)/g;
const PLURAL = /\{(\w+):((?:[^{}]|\{\w+\})*)\}/g;

/**
 * What stands for `{name}` followed by `dot` (a period or nothing): the parameter, or the
 * placeholder as written when there is none. A value that ends a sentence with its own period
 * ("10:00 p.m.", "etc.") takes the place of the template's, as "Due 10:00 p.m.." reads as a typo.
 */
function placed(name: string, dot: string, params: Params): string {
  if (!(name in params)) return `{${name}}${dot}`;
  const value = String(params[name]);
  return dot && value.endsWith('.') ? value : value + dot;
}

/** `text` with its placeholders filled: one pass, so an inserted value is never read again. */
function fill(text: string, params: Params): string {
  return text.replace(PLACEHOLDER, (_, name: string, dot: string) => placed(name, dot, params));
}

// A report says a few hundred sentences tens of thousands of times: each template without plural
// forms is split at its placeholders once, as [text, name, dot, text, name, dot, …, text].
const splitTemplates = new Map<string, string[] | undefined>();

function pieces(template: string): string[] | undefined {
  let split = splitTemplates.get(template);
  if (split === undefined && !splitTemplates.has(template)) {
    split = /\{\w+:/.test(template) ? undefined : template.split(PLACEHOLDER);
    splitTemplates.set(template, split);
  }
  return split;
}

/**
 * Fills `{name}` with a parameter, and `{count:one form|other form}` with the form the language's
 * plural rules choose for that number, `#` standing for the number: `{files:# file|# files}`.
 */
export function format(template: string, params: Params = {}, lang: string = 'en'): string {
  const split = pieces(template);
  if (split) {
    // What fill() gives, from the pieces.
    let text = split[0]!;
    for (let index = 1; index < split.length; index += 3)
      text += placed(split[index]!, split[index + 1]!, params) + split[index + 2]!;
    return text;
  }
  // Plural forms first (they may hold placeholders of their own: "{count:# post on {channels}|…}"),
  // then the placeholders of the template; values are inserted once and never read again.
  const plural = template.replace(PLURAL, (whole, name: string, forms: string) => {
    if (!(name in params)) return whole;
    const [one = '', other = one] = forms.split('|');
    let rules = pluralRules.get(lang);
    if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
    return (rules.select(Number(params[name])) === 'one' ? one : other).replaceAll('#', String(params[name]));
  });
  return fill(plural, params);
}

export function translator(lang: Lang): Translate {
  const catalog = catalogs[lang];
  return (key, params) => format(catalog[key] ?? en[key], params, lang);
}

export function catalogFor(lang: Lang): Record<MessageKey, string> {
  return catalogs[lang];
}
