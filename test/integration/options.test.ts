import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import { createContext } from '../../src/cli/context.js';
import { main } from '../../src/cli/main.js';
import { LANGS, translator } from '../../src/i18n/index.js';
import { FORMATTERS } from '../../src/lint/formats/index.js';
import { LINT_FORMATS } from '../../src/lint/formats/names.js';
import { REPORT_FORMATS } from '../../src/report/formats.js';
import { root, planDir, tempDir } from '../helpers.js';

// Options parsed once, by commander, and examples under every --help, run
// in-process through main() with collected streams.

// Every question of init is recorded, then answered with Ctrl-C: enough to see which came first.
const asked = vi.hoisted(() => [] as string[]);
vi.mock('../../src/cli/prompts.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/cli/prompts.js')>();
  const stop = async (question: { message: string }) => {
    asked.push(question.message);
    throw Object.assign(new Error('stop'), { name: 'ExitPromptError' });
  };
  return {
    ...original,
    terminalPrompter: async () => ({
      input: stop,
      field: stop,
      editText: stop,
      select: stop,
      confirm: stop,
      checkbox: stop,
    }),
  };
});

const SCRIPT = join(root, 'test/fixtures/scripts/crisis-miravista.yaml');

function collector() {
  const stream = Object.assign(
    new Writable({ write: (chunk, _encoding, done) => ((stream.text += String(chunk)), done()) }),
    { text: '' },
  );
  return stream;
}

async function cli(dir: string, args: string[], interactive = false) {
  const stdout = collector();
  const stderr = collector();
  const code = await main(args, '0.0.0', {
    cwd: dir,
    env: { NO_COLOR: '1', LANG: 'en_GB.UTF-8', CRISIS_LANG: 'en' },
    streams: { stdout, stderr },
    interactive,
  });
  return { code, out: stdout.text, err: stderr.text };
}

describe('options declared once', () => {
  it('promises done and incidents discard read --playbook given after the id, from another folder', async () => {
    const dir = tempDir();
    cpSync(planDir(), join(dir, 'plan'), { recursive: true });
    const where = ['--playbook', 'plan/crisis.yaml'];
    expect((await cli(dir, ['escalate', '--script', SCRIPT, ...where])).code).toBe(0);
    const [promise] = JSON.parse((await cli(dir, ['promises', '--json', ...where])).out) as Array<{ id: string }>;
    const done = await cli(dir, ['promises', 'done', promise!.id, ...where]);
    expect(done).toMatchObject({ code: 0, out: `Promise ${promise!.id} recorded as honoured.\n` });
    expect(JSON.parse((await cli(dir, ['promises', '--json', ...where])).out)).toHaveLength(0);
    // The same for the other subcommand under a parent that owns --playbook.
    const [incident] = JSON.parse((await cli(dir, ['incidents', '--json', ...where])).out) as Array<{ id: string }>;
    expect((await cli(dir, ['incidents', 'discard', incident!.id, ...where])).code).toBe(0);
    expect(JSON.parse((await cli(dir, ['incidents', '--json', ...where])).out)).toHaveLength(0);
  });

  it.each([
    ['after init', ['init', '--lang', 'es']],
    ['before init', ['--lang', 'es', 'init']],
  ])('init --lang es chooses the plan language, never asked again (%s)', async (_where, args) => {
    asked.length = 0;
    const dir = tempDir();
    expect((await cli(dir, args, true)).code).toBe(130);
    expect(asked).toHaveLength(1);
    expect(asked[0]).not.toBe(translator('es')('init.ask.lang'));
    expect(existsSync(join(dir, 'crisis.yaml'))).toBe(false);
  });

  it('init --yes --lang es writes a Spanish plan though the terminal speaks English', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'out'));
    expect((await cli(dir, ['init', '--yes', '--lang', 'es', '--name', 'Horno Sol', '--dir', 'out'])).code).toBe(0);
    expect((await cli(dir, ['lint', 'out/crisis.yaml', '--format', 'json'])).out).toContain('crisis.yaml');
  });

  it.each([
    [['lint', '--format', 'nope'], 'Unknown format "nope". Use one of: stylish, json, github, sarif.'],
    [['report', '--format', 'docx'], 'Unknown format "docx". Use one of: md, html, json, pdf.'],
    [['lint', '--max-warnings', '-1'], '--max-warnings takes a whole number of 0 or more, not "-1".'],
    [['lint', '--max-warnings', 'x'], '--max-warnings takes a whole number of 0 or more, not "x".'],
  ])('%j is refused by commander, in our words', async (args, message) => {
    const run = await cli(tempDir(), args);
    expect(run).toMatchObject({ code: 2, out: '' });
    expect(run.err).toContain(message);
  });

  it('returns the command exit code directly, not through the option store', async () => {
    const ctx = createContext([], '0.0.0', { streams: { stdout: collector(), stderr: collector() } });
    const { program, exitCode } = buildProgram(ctx);
    await program.parseAsync(['schema'], { from: 'user' });
    expect(exitCode()).toBe(0);
    expect(program.getOptionValue('exitCode')).toBeUndefined();
  });
});

describe('formats come from the registries', () => {
  it('lint --format offers exactly the formatters there are', () => {
    expect(Object.keys(FORMATTERS)).toEqual([...LINT_FORMATS]);
  });

  it.each(LANGS)('each choice is named in the %s help of its option', (lang) => {
    const t = translator(lang);
    for (const format of LINT_FORMATS) expect(t('cmd.lint.format')).toContain(format);
    for (const format of REPORT_FORMATS) expect(t('cmd.report.format')).toContain(format);
    for (const value of LANGS) expect(t('cli.option.lang')).toContain(value);
  });
});

const COMMANDS = [
  [],
  ['init'],
  ['lint'],
  ['escalate'],
  ['report'],
  ['incidents'],
  ['incidents', 'discard'],
  ['promises'],
  ['promises', 'done'],
  ['render'],
  ['schema'],
  ['help'],
];

describe('help', () => {
  it.each(LANGS.flatMap((lang) => COMMANDS.map((names) => [lang, names] as const)))(
    '%s: crisis %j --help ends with two or three examples',
    async (lang, names) => {
      const run = await cli(tempDir(), ['--lang', lang, ...names, '--help']);
      expect(run.code).toBe(0);
      const [, examples] = run.out.split(`\n${translator(lang)('cli.title.examples')}\n`);
      const lines = examples!.trimEnd().split('\n');
      expect(lines.length).toBeGreaterThanOrEqual(names.length === 0 || names[0] === 'schema' ? 1 : 2);
      expect(lines.length).toBeLessThanOrEqual(3);
      for (const line of lines) expect(line).toMatch(/^ {2}crisis /);
    },
  );

  it('crisis help promises done shows the subcommand help, as --help does', async () => {
    const dir = tempDir();
    const viaHelp = await cli(dir, ['help', 'promises', 'done']);
    expect(viaHelp.code).toBe(0);
    expect(viaHelp.out).toContain('Usage: crisis promises done [options] <id>');
    expect(viaHelp.out).toBe((await cli(dir, ['promises', 'done', '--help'])).out);
  });

  it.each([
    [
      ['promises', 'done'],
      ['--take-over', '--playbook', '--incidents-dir', '--lang'],
      ['--json', '--all', '--ics'],
    ],
    [['incidents', 'discard'], ['--yes', '--playbook', '--incidents-dir', '--debug'], ['--json']],
  ])('crisis help %j lists only the options that apply to it', async (names, listed, absent) => {
    const run = await cli(tempDir(), ['help', ...names]);
    const options = new Set(
      run.out.match(/^ {2}(?:-\w, )?(--[\w-]+)/gm)?.map((line) => line.trim().replace(/^-\w, /, '')),
    );
    for (const option of listed) expect(options).toContain(option);
    for (const option of absent) expect(options).not.toContain(option);
  });

  it.each([
    [['-v'], '✖ Unknown option -v. See `crisis --help`.\n'],
    [['lint', '-v'], '✖ Unknown option -v. See `crisis lint --help`.\n'],
    [['promises', 'done', 'x', '--bogus'], '✖ Unknown option --bogus. See `crisis promises done --help`.\n'],
    // An option's value is not a command: the help is still that of `comments add`.
    [['--lang', 'en', 'comments', 'add'], '✖ Missing argument link. See `crisis comments add --help`.\n'],
    [['comments', '--incident', 'done', 'add'], '✖ Missing argument link. See `crisis comments add --help`.\n'],
  ])('a usage error in %j points at the help of that very command', async (args, message) => {
    expect(await cli(tempDir(), args)).toMatchObject({ code: 2, err: message });
  });

  it.each([
    ['en', ['--answered <state>', '--var <name=value>', '--playbook <file>', 'help [command...]']],
    ['es', ['--answered <estado>', '--var <nombre=valor>', '--playbook <archivo>', 'help [comando...]']],
  ])('names the values of options in the language of the help (%s)', async (lang, placeholders) => {
    const done = await cli(tempDir(), ['--lang', lang, 'comments', 'done', '--help']);
    const root = await cli(tempDir(), ['--lang', lang, '--help']);
    for (const placeholder of placeholders) expect(done.out + root.out).toContain(placeholder);
  });

  it('still reads an option by its flag when its placeholder is Spanish', async () => {
    const dir = tempDir();
    const run = await cli(dir, ['--lang', 'es', 'init', '--yes', '--name', 'Óptica', '--dir', 'plan']);
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, 'plan', 'crisis.yaml'), 'utf8')).toContain('Óptica');
  });

  it('crisis help with an unknown name says which', async () => {
    const run = await cli(tempDir(), ['help', 'promises', 'nope']);
    expect(run.code).toBe(2);
    expect(run.err).toContain('"nope"');
  });
});
