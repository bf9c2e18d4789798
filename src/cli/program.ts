import { Command, Option } from 'commander';
import { LANGS, type MessageKey } from '../i18n/index.js';
import { LINT_FORMATS } from '../lint/formats/names.js';
import { REPORT_FORMATS } from '../report/formats.js';
import type { Context } from './context.js';
import { CliError } from './errors.js';
import { collect, concurrency, formatOption, oneOf, wholeNumber } from './option-values.js';
import { addHelpCommand, sharedWithSubcommands, translatedHelp, withExamples, type Placeholder } from './help-text.js';

const WATCH_FORMATS = ['stylish', 'json'] as const;

/**
 * Declares every command with its options and help, in the user's language. Each option is
 * declared once, on the command that owns it: a subcommand reads its parents' options through
 * optsWithGlobals(), so `promises done ID --playbook x` and `init --lang es` reach the command.
 * Each command's code lives in src/commands/ and is imported only when that command runs.
 * Returns the program, the exit code of the command it ran (0 for help and version), and whether
 * a command's action began: an error before that is one in the command line itself.
 */
export function buildProgram(ctx: Context) {
  const { t } = ctx;
  // The placeholder of an option's value or an operand, in the user's language: `--out <archivo>`.
  // Commander names an option after its flag, so the placeholder is only ever shown.
  const v = (name: Placeholder) => t(`cli.arg.${name}`);
  const program = new Command('crisis')
    .description(t('cli.description'))
    .version(ctx.version, '-V, --version', t('cli.option.version'))
    .helpOption('-h, --help', t('cli.option.help'))
    // Also the language of the plan init writes. context.ts reads it before commander, for help.
    .addOption(
      oneOf(`--lang <${v('lang')}>`, t('cli.option.lang'), LANGS, (value) => new CliError('error.badLang', { value })),
    )
    .option('--no-color', t('cli.option.noColor'))
    .option('--debug', t('cli.option.debug'))
    .exitOverride()
    .configureOutput({
      writeOut: (text) => ctx.streams.stdout.write(text),
      writeErr: (text) => ctx.streams.stderr.write(text),
      // main.ts translates commander's errors; its English ones are not printed.
      outputError: () => {},
    })
    .configureHelp(translatedHelp(ctx));
  withExamples(program, 'cli.examples.root', ctx);

  // Commands that work on a playbook's incidents find both the same way.
  const onIncidents = (command: Command) =>
    command
      .addOption(sharedWithSubcommands(new Option(`--playbook <${v('file')}>`, t('cmd.render.playbook'))))
      .addOption(sharedWithSubcommands(new Option(`--incidents-dir <${v('folder')}>`, t('cmd.escalate.incidentsDir'))));

  const command = (parent: Command, name: string, examples: MessageKey, description: MessageKey) =>
    withExamples(parent.command(name), examples, ctx).description(t(description));

  let exitCode = 0;
  let started = false;
  // commander calls an action with the operands, the command's own options, then the command.
  const run =
    (load: () => Promise<(...args: never[]) => Promise<number>>) =>
    async (...args: unknown[]) => {
      started = true;
      const invoked = args.at(-1) as Command;
      const handler = (await load()) as (...a: unknown[]) => Promise<number>;
      exitCode = await handler(...args.slice(0, -2), invoked.optsWithGlobals(), ctx);
    };

  command(program, 'init', 'cli.examples.init', 'cmd.init.description')
    .option('-y, --yes', t('cmd.init.yes'))
    .option(`--name <${v('name')}>`, t('cmd.init.name'))
    .option(`--from <${v('example')}>`, t('cmd.init.from'))
    .option(`--dir <${v('folder')}>`, t('cmd.init.dir'))
    .option('--force', t('cmd.init.force'))
    .action(run(async () => (await import('../commands/init.js')).init));

  command(program, 'lint', 'cli.examples.lint', 'cmd.lint.description')
    .argument(`[${v('paths')}...]`, t('cmd.lint.paths'))
    .addOption(formatOption(`-f, --format <${v('format')}>`, t('cmd.lint.format'), LINT_FORMATS))
    .addOption(
      new Option(`--max-warnings <${v('n')}>`, t('cmd.lint.maxWarnings')).argParser(wholeNumber('--max-warnings')),
    )
    .option('-q, --quiet', t('cmd.lint.quiet'))
    .addOption(new Option(`--concurrency <${v('n')}>`, t('cmd.lint.concurrency')).argParser(concurrency))
    .option('--plans-only', t('cmd.lint.plansOnly'))
    .action(run(async () => (await import('../commands/lint.js')).lint));

  onIncidents(command(program, 'escalate', 'cli.examples.escalate', 'cmd.escalate.description'))
    .option(`--script <${v('file')}>`, t('cmd.escalate.script'))
    .option(`--resume [${v('id')}]`, t('cmd.escalate.resume'))
    .option(`--as <${v('contact')}>`, t('cmd.escalate.as'))
    .option('--allow-warnings', t('cmd.escalate.allowWarnings'))
    .option('--take-over', t('cmd.escalate.takeOver'))
    .option(`--from-mention <${v('id')}>`, t('cmd.escalate.fromMention'))
    .option(`--watch-dir <${v('folder')}>`, t('cmd.watch.watchDir'))
    .action(run(async () => (await import('../commands/escalate.js')).escalate));

  onIncidents(command(program, 'report', 'cli.examples.report', 'cmd.report.description'))
    .argument(`[${v('id')}]`, t('cmd.report.id'))
    .addOption(formatOption(`--format <${v('format')}>`, t('cmd.report.format'), REPORT_FORMATS))
    .option(`--template <${v('file')}>`, t('cmd.report.template'))
    .option(`--out <${v('file')}>`, t('cmd.report.out'))
    .option('--redact', t('cmd.report.redact'))
    .action(run(async () => (await import('../commands/report.js')).report));

  onIncidents(command(program, 'statement', 'cli.examples.statement', 'cmd.statement.description'))
    .argument(`[${v('id')}]`, t('cmd.statement.id'))
    .option(`--out <${v('file')}>`, t('cmd.statement.out'))
    .option(`--template <${v('file')}>`, t('cmd.statement.template'))
    .action(run(async () => (await import('../commands/statement.js')).statement));

  // --playbook and --incidents-dir belong to the parent alone; its subcommands read them as globals.
  const incidents = onIncidents(command(program, 'incidents', 'cli.examples.incidents', 'cmd.incidents.description'))
    .option('--json', t('cmd.option.json'))
    .action(run(async () => (await import('../commands/incidents.js')).incidents));
  command(incidents, 'discard', 'cli.examples.discard', 'cmd.incidents.discard')
    .argument(`<${v('id')}>`, t('cmd.incidents.id'))
    .option('-y, --yes', t('cmd.incidents.yes'))
    .option('--take-over', t('cmd.escalate.takeOver'))
    .action(run(async () => (await import('../commands/discard.js')).discard));

  const promises = onIncidents(command(program, 'promises', 'cli.examples.promises', 'cmd.promises.description'))
    .option('--json', t('cmd.option.json'))
    .option('--all', t('cmd.promises.all'))
    .option(`--ics [${v('file')}]`, t('cmd.promises.ics'))
    .action(run(async () => (await import('../commands/promises.js')).promises));
  command(promises, 'done', 'cli.examples.promisesDone', 'cmd.promises.done')
    .argument(`<${v('id')}>`, t('cmd.promises.id'))
    .option('--take-over', t('cmd.escalate.takeOver'))
    .action(run(async () => (await import('../commands/promises.js')).promiseDone));

  // The comment queue: --incident and --watch-dir belong to the parent; its subcommands read them as globals.
  const comments = onIncidents(command(program, 'comments', 'cli.examples.comments', 'cmd.comments.description'))
    .addOption(sharedWithSubcommands(new Option(`--incident <${v('id')}>`, t('cmd.comments.incident'))))
    .addOption(sharedWithSubcommands(new Option(`--watch-dir <${v('folder')}>`, t('cmd.comments.watchDir'))))
    // Shared: `add` and `done` print the item they added or settled as JSON.
    .addOption(sharedWithSubcommands(new Option('--json', t('cmd.option.json'))))
    .action(run(async () => (await import('../commands/comments.js')).comments));
  command(comments, 'add', 'cli.examples.commentsAdd', 'cmd.comments.add')
    .argument(`<${v('link')}>`, t('cmd.comments.link'))
    .argument(`[${v('text')}]`, t('cmd.comments.words'))
    .option(`--author <${v('name')}>`, t('cmd.comments.author'))
    .action(run(async () => (await import('../commands/comments.js')).commentAdd));
  // `delete` and `deleted` are accepted only to be refused with the reason why, and the states offered.
  const STATES = ['public', 'private', 'reviewed', 'hidden', 'blocked', 'deleted', 'delete'];
  command(comments, 'done', 'cli.examples.commentsDone', 'cmd.comments.done')
    .argument(`<${v('id')}>`, t('cmd.comments.id'))
    .addOption(
      oneOf(
        `--answered <${v('state')}>`,
        t('cmd.comments.answered'),
        STATES,
        (value) => new CliError('comments.badAnswered', { value, states: STATES.slice(0, -2).join(', ') }),
      ),
    )
    .option(`--reason <${v('why')}>`, t('cmd.comments.reason'))
    .option(`--response <${v('id')}>`, t('cmd.comments.response'))
    .option(`--text <${v('answer')}>`, t('cmd.comments.text'))
    .option(`--channel <${v('id')}>`, t('cmd.comments.channel'))
    .option(`--var <${v('nameValue')}>`, t('cmd.comments.var'), collect)
    .option('-y, --yes', t('cmd.comments.yes'))
    .action(run(async () => (await import('../commands/comments-done.js')).commentDone));
  comments
    .command('delete')
    .description(t('cmd.comments.delete'))
    .argument(`[${v('id')}]`, t('cmd.comments.id'))
    .action(run(async () => (await import('../commands/comments-done.js')).commentDelete));
  command(program, 'watch', 'cli.examples.watch', 'cmd.watch.description')
    .argument(`[${v('playbook')}]`, t('cmd.watch.playbook'))
    .option('--once', t('cmd.watch.once'))
    .addOption(formatOption(`--format <${v('format')}>`, t('cmd.watch.format'), WATCH_FORMATS))
    .option(`--watch-dir <${v('folder')}>`, t('cmd.watch.watchDir'))
    .action(run(async () => (await import('../commands/watch.js')).watch));

  command(program, 'render', 'cli.examples.render', 'cmd.render.description')
    .argument(`<${v('response')}>`, t('cmd.render.response'))
    .option(`--var <${v('nameValue')}>`, t('cmd.render.var'), collect)
    .option(`--channel <${v('id')}>`, t('cmd.render.channel'))
    .option(`--playbook <${v('file')}>`, t('cmd.render.playbook'))
    .action(run(async () => (await import('../commands/render.js')).render));

  command(program, 'schema', 'cli.examples.schema', 'cmd.schema.description')
    .option('--report', t('cmd.schema.report'))
    .action(run(async () => (await import('../commands/schema.js')).schema));

  // Last, so it is listed after the commands, where commander put its own.
  addHelpCommand(program, ctx);
  return { program, exitCode: () => exitCode, started: () => started };
}
