import { toLang } from '../i18n/index.js';
import { createContext, globalFlags, type Context } from './context.js';
import { CliError, EXIT } from './errors.js';
import { handleError, watchOutput } from './handle-error.js';
import { buildProgram } from './program.js';

/** Runs one command line and returns its exit code; the caller alone exits. */
export async function main(
  argv: string[],
  version: string,
  overrides?: Parameters<typeof createContext>[2],
): Promise<number> {
  const ctx: Context = createContext(argv, version, overrides);
  // Traces in terms of src/*.ts rather than the minified bundle.
  if (ctx.debug) process.setSourceMapsEnabled(true);
  const command = argv.find((arg) => !arg.startsWith('-')) ?? '';
  const outputFailed = watchOutput(ctx);
  const code = await run(argv, ctx, command);
  return outputFailed() ? EXIT.usage : code;
}

async function run(argv: string[], ctx: Context, command: string): Promise<number> {
  try {
    const { lang } = globalFlags(argv);
    if (lang !== undefined && !toLang(lang)) throw new CliError('error.badLang', { value: lang });
    const { program, exitCode } = buildProgram(ctx);
    if (argv.length === 0) {
      program.outputHelp();
      return 0;
    }
    await program.parseAsync(argv, { from: 'user' });
    return exitCode();
  } catch (error) {
    return handleError(error, ctx, command);
  }
}
