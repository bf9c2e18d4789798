import { CommanderError } from 'commander';
import type { MessageKey, Params } from '../i18n/index.js';
import type { Context } from './context.js';
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
  return { key, params: { option, command: key.includes('Command') ? quoted : command, argument: quoted, suggestion } };
}

/** The one place that turns an error into a message and an exit code. */
export function handleError(error: unknown, ctx: Context, command: string): number {
  const { log, t } = ctx;
  const trace = () => {
    if (ctx.debug && error instanceof Error && error.stack) log.info(log.color.dim(error.stack));
  };
  if (error instanceof ExitError) return error.exitCode;
  if (error instanceof CliError) {
    log.error(t(error.key, error.params));
    trace();
    return error.exitCode;
  }
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return error.exitCode;
    const message = commanderMessage(error, command);
    log.error(message ? t(message.key, message.params) : error.message.replace(/^error: /, ''));
    return EXIT.usage;
  }
  // @inquirer/prompts rejects with ExitPromptError on Ctrl-C: a choice, not a crash.
  if (error instanceof Error && error.name === 'ExitPromptError') {
    log.error(t('error.interrupted'));
    return EXIT.interrupted;
  }
  log.error(t('error.unexpected', { message: error instanceof Error ? error.message : String(error) }));
  trace();
  return EXIT.usage;
}
