import { detectLang, toLang, translator, type Lang, type Translate } from '../i18n/index.js';
import { cached, type BrandClock } from '../escalate/brand-time.js';
import { colorLevel, createLogger, type Logger, type Streams, type Wrapping } from './logger.js';

/** What every command receives from the shell: language, output, environment. */
export interface Context {
  lang: Lang;
  /**
   * The language chosen for crisis itself, --lang or else CRISIS_LANG, which wins over the plan's
   * own. The machine's locale (LANG, LC_*) does not: a server set to English still shows a
   * Spanish plan's walkthrough and listings in Spanish, dates and words alike.
   */
  langFlag?: string;
  t: Translate;
  log: Logger;
  debug: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
  streams: Streams;
  version: string;
  /** True when a person can answer questions: stdin and stdout are terminals. */
  interactive: boolean;
  /**
   * The plan's language once the command turned to it (speakingThePlan). Every copy of this
   * context shares it, so the one error handler, which holds the shell's copy, says a failure
   * later in the command (a journal it may not write) in the language the command was speaking.
   */
  readonly spoken: { planLang?: Lang };
}

/** What argv gives an option (`--name x`, `--name=x`) before commander runs; the last one wins, as in commander. */
export function optionValue(argv: string[], name: string): string | undefined {
  let value: string | undefined;
  argv.forEach((arg, index) => {
    if (arg === name) value = argv[index + 1];
    else if (arg.startsWith(`${name}=`)) value = arg.slice(name.length + 1);
  });
  return value;
}

/** Global options are read before commander runs, so that even its help is translated. */
export function globalFlags(argv: string[]): { lang?: string; noColor: boolean; debug: boolean } {
  return { lang: optionValue(argv, '--lang'), noColor: argv.includes('--no-color'), debug: argv.includes('--debug') };
}

export function createContext(
  argv: string[],
  version: string,
  overrides: Partial<Pick<Context, 'env' | 'cwd' | 'streams' | 'interactive'>> & { wrapping?: Wrapping } = {},
): Context {
  const env = overrides.env ?? process.env;
  const streams = overrides.streams ?? { stdout: process.stdout, stderr: process.stderr };
  const flags = globalFlags(argv);
  // An unknown --lang is reported by main.ts, in the language the rest of the environment names
  // (CRISIS_LANG, LANG), as an unknown option is: the flag itself names none crisis speaks.
  const lang = detectLang(flags.lang !== undefined && !toLang(flags.lang) ? undefined : flags.lang, env);
  return {
    lang,
    langFlag: flags.lang ?? (env.CRISIS_LANG || undefined),
    t: translator(lang),
    log: createLogger(streams, colorLevel(flags.noColor, env, Boolean(streams.stdout.isTTY)), overrides.wrapping),
    debug: flags.debug,
    env,
    cwd: overrides.cwd ?? process.cwd(),
    streams,
    version,
    interactive: overrides.interactive ?? Boolean(process.stdin.isTTY && streams.stdout.isTTY),
    spoken: {},
  };
}

/**
 * The plan's own language, so one language is on the screen (its dates already follow the plan),
 * unless --lang says otherwise: the walkthrough, and the listings of its incidents and promises.
 */
export function speakingThePlan(ctx: Context, playbook: { brand: { language?: string } }): Context {
  const lang = toLang(playbook.brand.language);
  if (ctx.langFlag !== undefined || !lang || lang === ctx.lang) return ctx;
  ctx.spoken.planLang = lang;
  return { ...ctx, lang, t: translator(lang) };
}

/**
 * The brand's clock as this command shows it: its time zone always, and the dates in the language
 * the words around them speak. That is the plan's (with its region: en-GB writes 22 Nov), unless a
 * language chosen for crisis (--lang, CRISIS_LANG) says otherwise: then the chosen one, or an
 * English line would carry "lunes, 7 dic". What is published keeps the plan's own clock.
 */
export function shownClock(ctx: Pick<Context, 'lang' | 'langFlag'>, brand: BrandClock): BrandClock {
  if (ctx.langFlag === undefined || toLang(brand.language) === ctx.lang) return brand;
  // The brand's clock stays, its region and its hours: English over an es plan writes "Sun, Nov 22, 21:05".
  return { timezone: brand.timezone, language: languageOnBrandClock(ctx.lang, brand.language) };
}

// Asked for every row of a listing: an Intl object costs far more to build than to look up.
const onBrandClock = new Map<string, string>();
const languageOnBrandClock = (lang: string, tag: string | undefined) =>
  cached(onBrandClock, `${lang}|${tag ?? ''}`, () => clockLanguage(lang, tag));

function clockLanguage(lang: string, tag: string | undefined): string {
  try {
    const plan = new Intl.Locale(tag ?? '');
    const cycle = new Intl.DateTimeFormat(tag, { hour: 'numeric' }).resolvedOptions().hourCycle;
    return new Intl.Locale(plan.region ? `${lang}-${plan.region}` : lang, cycle ? { hourCycle: cycle } : {}).toString();
  } catch {
    return lang;
  }
}
