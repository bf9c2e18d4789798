import { resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { namedLang } from '../i18n/index.js';
import { globalFlags, optionValue, speakingThePlan, type Context } from './context.js';
import { readWithoutWaiting } from './read-file.js';

// A mistake on the command line (an unknown option, a missing argument, a value refused) is said
// before any plan is read, in the language the user named. A Spanish user whose terminal names
// none (no LANG, or LANG=C), working beside a Spanish plan, would read it in English: there, and
// on that error path alone, the plan the command would have used says which language to speak.
// Help asked for is read by the same person, and follows the same rule. Any other run never reads
// the plan for this, nor loads this module (main.ts imports it then).

/** The plan's `brand.language`, if the file can be read as YAML at all. Never throws, never waits on a pipe. */
function planLanguage(path: string): string | undefined {
  try {
    const read = readWithoutWaiting(path, { pipes: false });
    if (!Buffer.isBuffer(read)) return undefined;
    // Only the one value is looked up: no alias is resolved, nothing else is built.
    const language: unknown = parseDocument(read.toString('utf8'), { uniqueKeys: false, logLevel: 'silent' }).getIn([
      'brand',
      'language',
    ]);
    return typeof language === 'string' ? language : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The context a usage error is said in: as it is when --lang, CRISIS_LANG or the locale names a
 * language we ship; otherwise in the language of the plan given by --playbook, else ./crisis.yaml.
 */
export function speakingForUsage(ctx: Context, argv: string[]): Context {
  if (namedLang(globalFlags(argv).lang, ctx.env) !== undefined) return ctx;
  const language = planLanguage(resolve(ctx.cwd, optionValue(argv, '--playbook') ?? 'crisis.yaml'));
  return language === undefined ? ctx : speakingThePlan(ctx, { brand: { language } });
}
