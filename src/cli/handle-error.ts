import { CommanderError } from 'commander';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { MessageKey, Params } from '../i18n/index.js';
import { printable, printableParams } from '../model/control-chars.js';
import { speakingThePlan, type Context } from './context.js';
import { displayPath } from './display-path.js';
import { CliError, EXIT, ExitError } from './errors.js';

const COMMANDER_MESSAGES: Record<string, MessageKey> = {
  'commander.unknownOption': 'error.unknownOption',
  'commander.unknownCommand': 'error.unknownCommand',
  'commander.missingArgument': 'error.missingArgument',
  'commander.optionMissingArgument': 'error.optionMissingArgument',
  'commander.excessArguments': 'error.excessArguments',
};

function commanderMessage(error: CommanderError, command: string): { key: MessageKey; params: Params } | undefined {
  let key = COMMANDER_MESSAGES[error.code];
  if (!key) return undefined;
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  const offered = /Did you mean (?:one of )?([^?]+)\?/.exec(error.message)?.[1]?.split(/,\s*/) ?? [];
  const isCommand = key === 'error.unknownCommand';
  const suggestion = offered.map((name) => (isCommand ? `\`crisis ${name}\`` : name)).join(' / ');
  if (suggestion && key === 'error.unknownOption') key = 'error.unknownOptionSuggest';
  if (suggestion && key === 'error.unknownCommand') key = 'error.unknownCommandSuggest';
  const option = /option '([^']+)'/.exec(error.message)?.[1] ?? quoted;
  // The help of the command that failed: `crisis promises done --help`, or `crisis --help` before any command.
  const help = ['crisis', command, '--help'].filter(Boolean).join(' ');
  return {
    key,
    params: { option, command: key.includes('Command') ? quoted : command, argument: quoted, suggestion, help },
  };
}

/** The key each of a group's names is said with: the table below, read the other way round. */
const saidAs = <K extends MessageKey>(groups: Record<K, string[]>): Record<string, K> =>
  Object.fromEntries(Object.entries<string[]>(groups).flatMap(([key, names]) => names.map((name) => [name, key as K])));

// What the system call was doing, said as a verb: "Cannot create the folder incidents: …".
const ACTIONS = saidAs({
  'os.action.open': ['open'],
  'os.action.read': ['read'],
  'os.action.write': ['write', 'fsync', 'ftruncate', 'copyfile'],
  'os.action.mkdir': ['mkdir', 'mkdtemp'],
  'os.action.list': ['scandir', 'opendir'],
  'os.action.remove': ['unlink', 'rmdir', 'rm'],
  'os.action.rename': ['rename'],
  'os.action.reach': ['stat', 'lstat', 'realpath', 'access', 'chmod'],
});
const REASONS = saidAs({
  'os.reason.EACCES': ['EACCES', 'EPERM'],
  'os.reason.ENOENT': ['ENOENT'],
  'os.reason.EISDIR': ['EISDIR'],
  'os.reason.ENOTDIR': ['ENOTDIR'],
  'os.reason.EEXIST': ['EEXIST', 'ENOTEMPTY'],
  'os.reason.EROFS': ['EROFS'],
  'os.reason.ENOSPC': ['ENOSPC', 'EDQUOT'],
  'os.reason.EMFILE': ['EMFILE', 'ENFILE'],
  'os.reason.EBUSY': ['EBUSY', 'ETXTBSY'],
  'os.reason.ENAMETOOLONG': ['ENAMETOOLONG'],
  'os.reason.ELOOP': ['ELOOP'],
});

/** An error from a system call (Node's `SystemError`): it has an errno code and the call's name. */
export function isSystemError(error: unknown): error is NodeJS.ErrnoException & { code: string; syscall: string } {
  return (
    error instanceof Error &&
    typeof (error as NodeJS.ErrnoException).code === 'string' &&
    typeof (error as NodeJS.ErrnoException).syscall === 'string'
  );
}

/** "Cannot open templates/x.hbs: permission denied; …": the file, the action and the reason, in one line. */
export function systemErrorMessage(
  error: NodeJS.ErrnoException & { code: string; syscall: string },
  ctx: Pick<Context, 't' | 'cwd'>,
): string {
  const { t } = ctx;
  if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED')
    return t('error.outputClosed', { code: error.code });
  const reasonKey = REASONS[error.code];
  const reason = reasonKey ? t(reasonKey) : t('os.reason.other', { code: error.code });
  const action = t(ACTIONS[error.syscall] ?? 'os.action.use');
  if (error.path === undefined) return t('error.osNoPath', { action, reason });
  // "No such file or folder" for a file to write whose folder is missing sends one looking for the file.
  const folder = dirname(resolve(ctx.cwd, error.path));
  if (error.code === 'ENOENT' && !existsSync(folder))
    return t('error.noFolder', {
      action,
      path: printable(displayPath(error.path, ctx.cwd)),
      folder: printable(displayPath(folder, ctx.cwd)),
    });
  return t('error.os', { action, path: printable(displayPath(error.path, ctx.cwd)), reason });
}

/**
 * Watches the output streams: `crisis … | head` closes stdout early, and Node reports it as an
 * 'error' event that would otherwise crash with a trace. A reader that stopped reading (EPIPE) has
 * what it wanted: the command goes on quietly to its end (a drill's journal is whole) and its own
 * exit code, as git and ls do. Any other failure is said once, exit 2. Returns whether one happened.
 */
export function watchOutput(ctx: Context): () => boolean {
  let failed = false;
  let readerGone = false;
  // Where diagnostics cannot be written (2>&1 | head), there is nobody left to tell.
  ctx.streams.stderr.on('error', () => {});
  ctx.streams.stdout.on('error', (error: Error) => {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EPIPE') readerGone = true;
    // Once the reader is gone, every later write fails too (ERR_STREAM_DESTROYED): the same quiet end.
    if (failed || readerGone) return;
    failed = true;
    // A full disk (> file) is no closed reader: say what the system said, as for any file.
    const reason = code === undefined ? undefined : REASONS[code];
    ctx.log.error(
      reason
        ? ctx.t('error.outputFailed', { reason: ctx.t(reason) })
        : ctx.t('error.outputClosed', { code: code ?? error.message }),
    );
    // It may come after main() returned its code (writes report failures a tick later).
    if (ctx.streams.stdout === process.stdout) process.exitCode = EXIT.usage;
  });
  return () => failed;
}

// Commander's way of ending after help or the version: no mistake, nothing to say.
const NOT_MISTAKES = new Set(['commander.helpDisplayed', 'commander.version', 'commander.help']);

/** A mistake in the command line itself: commander's, or a value refused while it parsed, before any command ran. */
export function isUsageError(error: unknown, commandStarted: boolean): boolean {
  if (error instanceof CommanderError) return !NOT_MISTAKES.has(error.code);
  return error instanceof CliError && error.lang === undefined && !commandStarted;
}

/** The one place that turns an error into a message and an exit code. */
export function handleError(error: unknown, shell: Context, command: string): number {
  // Once the command speaks its plan's language, whatever goes wrong is said in it too.
  const ctx = speakingThePlan(shell, { brand: { language: shell.spoken.planLang } });
  const { log, t } = ctx;
  const trace = () => {
    if (ctx.debug && error instanceof Error && error.stack) log.info(log.color.dim(error.stack));
  };
  if (error instanceof ExitError) return error.exitCode;
  if (error instanceof CliError) {
    // A path or an id in the message may hold a newline or ESC: one line, printable.
    const say = error.lang === undefined ? t : speakingThePlan(ctx, { brand: { language: error.lang } }).t;
    log.error(say(error.key, printableParams(error.params)));
    trace();
    return error.exitCode;
  }
  if (error instanceof CommanderError) {
    if (NOT_MISTAKES.has(error.code)) return error.exitCode;
    const message = commanderMessage(error, command);
    log.error(message ? t(message.key, message.params) : error.message.replace(/^error: /, ''));
    return EXIT.usage;
  }
  // @inquirer/prompts rejects with ExitPromptError on Ctrl-C: a choice, not a crash.
  if (error instanceof Error && error.name === 'ExitPromptError') {
    log.error(t('error.interrupted'));
    return EXIT.interrupted;
  }
  if (isSystemError(error)) {
    log.error(systemErrorMessage(error, ctx));
    trace();
    return EXIT.usage;
  }
  log.error(t('error.unexpected', { message: error instanceof Error ? error.message : String(error) }));
  trace();
  return EXIT.usage;
}
