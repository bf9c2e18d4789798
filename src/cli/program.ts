import { Command, Help, Option } from 'commander';
import type { MessageKey } from '../i18n/index.js';
import type { Context } from './context.js';

const TITLES: Record<string, MessageKey> = {
  'Usage:': 'cli.title.usage',
  'Arguments:': 'cli.title.arguments',
  'Options:': 'cli.title.options',
  'Commands:': 'cli.title.commands',
  'Global Options:': 'cli.title.globalOptions',
};

/**
 * Declares every command with its options and help, in the user's language.
 * Each command's code lives in src/commands/ and is imported only when that command runs.
 */
export function buildProgram(ctx: Context): Command {
  const { t } = ctx;
  const words = (usage: string) => usage.replace('[options]', t('cli.usage.options')).replace('[command]', t('cli.usage.command'));
  const program = new Command('crisis')
    .description(t('cli.description'))
    .version(ctx.version, '-V, --version', t('cli.option.version'))
    .helpOption('-h, --help', t('cli.option.help'))
    .helpCommand('help [command]', t('cli.help.command'))
    .option('--lang <lang>', t('cli.option.lang'))
    .option('--no-color', t('cli.option.noColor'))
    .option('--debug', t('cli.option.debug'))
    .exitOverride()
    .configureOutput({
      writeOut: (text) => ctx.streams.stdout.write(text),
      writeErr: (text) => ctx.streams.stderr.write(text),
      // main.ts translates commander's errors; its English ones are not printed.
      outputError: () => {},
    })
    .configureHelp({
      styleTitle: (title) => (TITLES[title] ? t(TITLES[title]) : title),
      // commander writes [options] and [command] in usage lines; say them in the user's language.
      commandUsage: (command) => words(new Help().commandUsage(command)),
      subcommandTerm: (command) => words(new Help().subcommandTerm(command)),
      showGlobalOptions: true,
    });

  // Commands that work on a playbook's incidents find both the same way.
  const onIncidents = (command: Command) =>
    command.option('--playbook <file>', t('cmd.render.playbook')).option('--incidents-dir <folder>', t('cmd.escalate.incidentsDir'));

  let exitCode = 0;
  const run = (load: () => Promise<(...args: never[]) => Promise<number>>) =>
    async (...args: unknown[]) => {
      const command = await load();
      exitCode = await (command as (...a: unknown[]) => Promise<number>)(...args.slice(0, -1), ctx);
    };

  program
    .command('init')
    .description(t('cmd.init.description'))
    .option('-y, --yes', t('cmd.init.yes'))
    .option('--name <name>', t('cmd.init.name'))
    .option('--lang <lang>', t('cmd.init.lang'))
    .option('--from <example>', t('cmd.init.from'))
    .option('--dir <folder>', t('cmd.init.dir'))
    .option('--force', t('cmd.init.force'))
    .action(run(async () => (await import('../commands/init.js')).init));

  program
    .command('lint')
    .description(t('cmd.lint.description'))
    .argument('[paths...]', t('cmd.lint.paths'))
    .addOption(new Option('-f, --format <format>', t('cmd.lint.format')))
    .option('--max-warnings <n>', t('cmd.lint.maxWarnings'))
    .option('-q, --quiet', t('cmd.lint.quiet'))
    .action(run(async () => (await import('../commands/lint.js')).lint));

  onIncidents(program.command('escalate'))
    .description(t('cmd.escalate.description'))
    .option('--script <file>', t('cmd.escalate.script'))
    .option('--resume [id]', t('cmd.escalate.resume'))
    .option('--as <contact>', t('cmd.escalate.as'))
    .option('--allow-warnings', t('cmd.escalate.allowWarnings'))
    .option('--take-over', t('cmd.escalate.takeOver'))
    .action(run(async () => (await import('../commands/escalate.js')).escalate));

  onIncidents(program.command('report'))
    .description(t('cmd.report.description'))
    .argument('[id]', t('cmd.report.id'))
    .option('--format <format>', t('cmd.report.format'))
    .option('--template <file>', t('cmd.report.template'))
    .option('--out <file>', t('cmd.report.out'))
    .option('--redact', t('cmd.report.redact'))
    .action(run(async () => (await import('../commands/report.js')).report));

  const incidents = onIncidents(program.command('incidents'))
    .description(t('cmd.incidents.description'))
    .option('--json', t('cmd.option.json'))
    .action(run(async () => (await import('../commands/incidents.js')).incidents));
  onIncidents(incidents.command('discard'))
    .description(t('cmd.incidents.discard'))
    .argument('<id>', t('cmd.incidents.id'))
    .option('-y, --yes', t('cmd.incidents.yes'))
    .option('--take-over', t('cmd.escalate.takeOver'))
    .action(run(async () => (await import('../commands/discard.js')).discard));

  const promises = onIncidents(program.command('promises'))
    .description(t('cmd.promises.description'))
    .option('--json', t('cmd.option.json'))
    .action(run(async () => (await import('../commands/promises.js')).promises));
  onIncidents(promises.command('done'))
    .description(t('cmd.promises.done'))
    .argument('<id>', t('cmd.promises.id'))
    .option('--take-over', t('cmd.escalate.takeOver'))
    .action(run(async () => (await import('../commands/promises.js')).promiseDone));

  program
    .command('render')
    .description(t('cmd.render.description'))
    .argument('<response>', t('cmd.render.response'))
    .option('--var <name=value>', t('cmd.render.var'), (value: string, previous: string[] = []) => [...previous, value])
    .option('--channel <id>', t('cmd.render.channel'))
    .option('--playbook <file>', t('cmd.render.playbook'))
    .action(run(async () => (await import('../commands/render.js')).render));

  program
    .command('schema')
    .description(t('cmd.schema.description'))
    .action(run(async () => (await import('../commands/schema.js')).schema));

  program.hook('postAction', () => {
    program.setOptionValue('exitCode', exitCode);
  });
  return program;
}
