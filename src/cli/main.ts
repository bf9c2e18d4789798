import { toLang } from '../i18n/index.js';
import { createContext, globalFlags, type Context } from './context.js';
import { CliError, EXIT } from './errors.js';
import { handleError, isUsageError, watchOutput } from './handle-error.js';
import { buildProgram } from './program.js';
import type { Command } from 'commander';

/** Runs one command line and returns its exit code; the caller alone exits. */
export async function main(
  argv: string[],
  version: string,
  overrides?: Parameters<typeof createContext>[2],
): Promise<number> {
  // Diagnostics wrap at spaces only on a terminal; string-width and wrap-ansi cost a piped run
  // (CI, a script) some 20 ms to load, so they are loaded only for a person at a terminal.
  const stderr = overrides?.streams?.stderr ?? process.stderr;
  const wrapping = (stderr as { isTTY?: boolean }).isTTY ? await import('./terminal-text.js') : undefined;
  const ctx: Context = createContext(argv, version, { ...overrides, ...(wrapping && { wrapping }) });
  // Traces in terms of src/*.ts rather than the minified bundle.
  if (ctx.debug) process.setSourceMapsEnabled(true);
  const outputFailed = watchOutput(ctx);
  const code = await run(argv, ctx);
  return outputFailed() ? EXIT.usage : code;
}

/** Help asked for: `crisis`, `crisis help …`, or --help / -h anywhere. */
function asksHelp(argv: string[]): boolean {
  return (
    argv.length === 0 ||
    argv.includes('--help') ||
    argv.includes('-h') ||
    argv.find((a) => !a.startsWith('-')) === 'help'
  );
}

async function run(argv: string[], shell: Context): Promise<number> {
  const command: string[] = [];
  let started = () => false;
  let ctx = shell;
  try {
    const { lang } = globalFlags(argv);
    if (lang !== undefined && !toLang(lang)) throw new CliError('error.badLang', { value: lang });
    // Help is read by the same person a usage error is said to: in the same language, by the same rule.
    if (asksHelp(argv)) ctx = (await import('./usage-language.js')).speakingForUsage(shell, argv);
    const built = buildProgram(ctx);
    const { program, exitCode } = built;
    started = built.started;
    // The commands the argv named, as far as commander went (`promises done`): the help a usage
    // error points to.
    const follow = (parent: Command) => {
      parent.hook('preSubcommand', (_, sub) => void command.push(sub.name()));
      parent.commands.forEach(follow);
    };
    follow(program);
    if (argv.length === 0) {
      program.outputHelp();
      return 0;
    }
    await program.parseAsync(argv, { from: 'user' });
    return exitCode();
  } catch (error) {
    // Only on this path is the plan read for its language, and the YAML reader loaded.
    const said = isUsageError(error, started())
      ? (await import('./usage-language.js')).speakingForUsage(ctx, argv)
      : ctx;
    return handleError(error, said, command.join(' '));
  }
}
