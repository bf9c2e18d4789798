import { type Command, CommanderError, Help, type Option } from 'commander';
import type { MessageKey } from '../i18n/index.js';
import type { Context } from './context.js';

// The help commander prints, in the user's language, with examples under each command.

export type Placeholder = MessageKey extends infer K ? (K extends `cli.arg.${infer P}` ? P : never) : never;

const TITLES: Record<string, MessageKey> = {
  'Usage:': 'cli.title.usage',
  'Arguments:': 'cli.title.arguments',
  'Options:': 'cli.title.options',
  'Commands:': 'cli.title.commands',
  'Global Options:': 'cli.title.globalOptions',
};

// Options a command declares for its subcommands as well (promises' --playbook, read by `done`).
const SHARED = new WeakSet<Option>();

/** Marks an option its command's subcommands read too (through optsWithGlobals), so their help lists it. */
export function sharedWithSubcommands(option: Option): Option {
  SHARED.add(option);
  return option;
}

/**
 * The options above a command that apply to it: the root's, and only the shared ones of the
 * commands between, so `help promises done` does not offer promises' --json or --ics.
 */
function globalOptions(command: Command): Option[] {
  const found: Option[] = [];
  for (let ancestor = command.parent; ancestor; ancestor = ancestor.parent) {
    const isRoot = ancestor.parent === null;
    found.push(...ancestor.options.filter((option) => !option.hidden && (isRoot || SHARED.has(option))));
  }
  return found;
}

/** Every word of help in the user's language: commander's titles, its usage words, our descriptions. */
export function translatedHelp(ctx: Context): Partial<Help> {
  const { t } = ctx;
  const words = (usage: string) =>
    usage.replace('[options]', t('cli.usage.options')).replace('[command]', t('cli.usage.command'));
  return {
    styleTitle: (title) => (TITLES[title] ? t(TITLES[title]) : title),
    // commander writes [options] and [command] in usage lines; say them in the user's language.
    commandUsage: (command) => words(new Help().commandUsage(command)),
    subcommandTerm: (command) => words(new Help().subcommandTerm(command)),
    // commander would append "(choices: …)" in English; our descriptions name the values in the
    // user's language, and a test holds them to the registries' choices.
    optionDescription: (option) => option.description,
    showGlobalOptions: true,
    visibleGlobalOptions: globalOptions,
  };
}

/** Two or three examples under a command's help, from the catalog. */
export function withExamples(command: Command, key: MessageKey, ctx: Context): Command {
  return command.addHelpText('after', `\n${ctx.t('cli.title.examples')}\n${ctx.t(key)}\n`);
}

/**
 * `crisis help promises done`: commander's own help command reads one name only, and showed the
 * parent's help. This one walks down the names given, and says which one is unknown.
 */
export function addHelpCommand(program: Command, ctx: Context): void {
  program.helpCommand(false);
  withExamples(program.command('help'), 'cli.examples.help', ctx)
    .description(ctx.t('cli.option.help'))
    .argument(`[${ctx.t('cli.arg.command')}...]`, ctx.t('cli.help.commandArg'))
    .action((names: string[]) => {
      let target = program;
      for (const name of names) {
        const next = target.commands.find((command) => command.name() === name || command.aliases().includes(name));
        if (!next) throw new CommanderError(1, 'commander.unknownCommand', `error: unknown command '${name}'`);
        target = next;
      }
      target.outputHelp();
    });
}
