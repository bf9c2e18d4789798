import { cpSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { MINIMAL_YAML, root, tempDir } from '../helpers.js';
import { crisis } from './run-cli.js';

describe('crisis lint on the bundled examples', () => {
  it('finds them under ./playbooks and reports no problem', async () => {
    const run = await crisis(['lint']);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(run.stdout).toBe('✔ 2 files checked: no problems.\n');
  });
  it('gives an empty ESLint report in JSON', async () => {
    const run = await crisis(['lint', 'playbooks', '--format', 'json']);
    const report = JSON.parse(run.stdout);
    expect(report.map((r: { filePath: string }) => r.filePath)).toEqual([
      join(root, 'playbooks/en-northside-bakery/crisis.yaml'),
      join(root, 'playbooks/es-optica-miravista/crisis.yaml'),
    ]);
    expect(report.every((r: { errorCount: number; warningCount: number }) => r.errorCount + r.warningCount === 0)).toBe(
      true,
    );
  });
});

describe('crisis lint on broken playbooks', () => {
  let dir = '';
  const write = (name: string, text: string) => writeFileSync(join(dir, name), text);
  beforeEach(() => {
    dir = tempDir();
  });

  it('prints file:line:column, the rule and what to do, and exits 1', async () => {
    write('crisis.yaml', MINIMAL_YAML.replace('backup: luis }', 'backup: luiz }'));
    const run = await crisis(['lint'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      'crisis.yaml\n  11:93  error  "luiz" names nothing in contacts. Did you mean "luis"?  unknown-reference',
    );
    expect(run.stderr).toBe('');
  });

  it('speaks Spanish with --lang es or LANG, and keeps rule ids', async () => {
    write('crisis.yaml', MINIMAL_YAML.replace('backup: luis }', 'backup: luiz }'));
    for (const run of [
      await crisis(['lint', '--lang', 'es'], { cwd: dir }),
      await crisis(['lint'], { cwd: dir, env: { LANG: 'es_ES.UTF-8', CRISIS_LANG: undefined } }),
    ]) {
      expect(run.stdout).toContain('¿Querías decir "luis"?  unknown-reference');
    }
  });

  it('writes GitHub annotations by default on GitHub Actions', async () => {
    write('crisis.yaml', MINIMAL_YAML.replace('backup: luis }', 'backup: luiz }'));
    const run = await crisis(['lint'], { cwd: dir, env: { GITHUB_ACTIONS: 'true' } });
    expect(run.stdout).toMatch(/^::error file=crisis.yaml,line=11,col=93,/);
  });

  it('counts warnings against --max-warnings, even those --quiet leaves out, as ESLint does', async () => {
    write('crisis.yaml', MINIMAL_YAML.replace('    approved_by: luis\n', ''));
    expect((await crisis(['lint'], { cwd: dir })).status).toBe(0);
    const strict = await crisis(['lint', '--max-warnings', '0'], { cwd: dir });
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain('Too many warnings: 1, more than --max-warnings 0.');
    const quiet = await crisis(['lint', '--quiet', '--max-warnings', '0'], { cwd: dir });
    expect(quiet).toMatchObject({ status: 1, stdout: '✔ 1 file checked: no errors (--quiet leaves warnings out).\n' });
    expect(quiet.stderr).toContain('Too many warnings: 1, more than --max-warnings 0.');
    const json = await crisis(['lint', '--quiet', '--max-warnings', '0', '--format', 'json'], { cwd: dir });
    expect(json.status).toBe(1);
    expect(JSON.parse(json.stdout)[0]).toMatchObject({ messages: [], warningCount: 0 });
    const lenient = await crisis(['lint', '--quiet', '--max-warnings', '1'], { cwd: dir });
    expect(lenient.status).toBe(0);
  });

  it('refuses a template reached through a symbolic link that leaves the folder', async () => {
    mkdirSync(join(dir, 'plan/templates'), { recursive: true });
    write('secret.txt', 'Hola {{customer}}');
    symlinkSync(join(dir, 'secret.txt'), join(dir, 'plan/templates/thanks.hbs'));
    writeFileSync(
      join(dir, 'plan/crisis.yaml'),
      MINIMAL_YAML.replace(/    text: "Hola.*"/, '    template: templates/thanks.hbs'),
    );
    const run = await crisis(['lint', 'plan'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/leaves the playbook's folder.*template-missing/);
  });

  it('refuses a template whose folder is a link out of the plan, and takes one linked within it', async () => {
    mkdirSync(join(dir, 'outside'), { recursive: true });
    write('outside/thanks.hbs', 'Hola {{customer}}');
    mkdirSync(join(dir, 'plan/shared'), { recursive: true });
    write('plan/shared/thanks.hbs', 'Hola {{customer}}');
    symlinkSync(join(dir, 'outside'), join(dir, 'plan/templates'));
    const plan = MINIMAL_YAML.replace(/    text: "Hola.*"/, '    template: templates/thanks.hbs');
    writeFileSync(join(dir, 'plan/crisis.yaml'), plan);
    const out = await crisis(['lint', 'plan'], { cwd: dir });
    expect(out.status).toBe(1);
    expect(out.stdout).toMatch(/leaves the playbook's folder.*template-missing/);
    rmSync(join(dir, 'plan/templates'));
    symlinkSync(join(dir, 'plan/shared'), join(dir, 'plan/templates'));
    expect(await crisis(['lint', 'plan'], { cwd: dir })).toMatchObject({ status: 0 });
  });

  it('reports problems inside a template file against that file', async () => {
    mkdirSync(join(dir, 'plan/templates'), { recursive: true });
    writeFileSync(join(dir, 'plan/templates/thanks.hbs'), 'Hola {{customer}},\n{{#if customer}}sin cerrar');
    writeFileSync(
      join(dir, 'plan/crisis.yaml'),
      MINIMAL_YAML.replace(/    text: "Hola.*"/, '    template: templates/thanks.hbs'),
    );
    const run = await crisis(['lint', 'plan', '-f', 'json'], { cwd: dir });
    const files = JSON.parse(run.stdout).map(
      (r: { filePath: string; messages: Array<{ ruleId: string; line: number }> }) => [
        r.filePath,
        r.messages.map((m) => `${m.ruleId}@${m.line}`),
      ],
    );
    expect(files).toEqual([
      [join(dir, 'plan/crisis.yaml'), []],
      [join(dir, 'plan/templates/thanks.hbs'), ['template-syntax@2']],
    ]);
  });

  it('never hangs on an alias bomb and never prints a stack trace', async () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      ...'bcdefghij'.split('').map((l, i) => `${l}: &${l} [${Array(9).fill(`*${'abcdefghij'[i]}`).join(',')}]`),
    ].join('\n');
    write('crisis.yaml', bomb);
    const run = await crisis(['lint'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('yaml-syntax');
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
  });

  // printable() wrote DEL and C1 controls (which JSON.stringify leaves raw) as `\x85`, no JSON escape:
  // a CI tool reading --format json or sarif then failed on "Bad escaped character".
  it.each(['json', 'sarif'])(
    'keeps --format %s valid JSON when a message quotes a control character',
    async (format) => {
      write('crisis.yaml', MINIMAL_YAML.replace(/language: \S+/, 'language: "es\\x85\\x7f\\x1b"'));
      const run = await crisis(['lint', '-f', format], { cwd: dir });
      expect(run.status).toBe(1);
      expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
      expect(run.stdout).toContain('es\\u0085\\u007f\\u001b');
      expect(() => JSON.parse(run.stdout)).not.toThrow();
    },
  );

  it('reads a binary file as a finding', async () => {
    writeFileSync(join(dir, 'crisis.yaml'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2]));
    const run = await crisis(['lint'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('1:1  error  This is not a text file');
  });
});

describe('crisis lint when it cannot run', () => {
  let dir = '';
  beforeEach(() => {
    dir = tempDir();
  });
  it.each([
    [['lint', 'nope.yaml'], '✖ No such file or folder: nope.yaml\n'],
    [['lint', '--format', 'xml'], '✖ Unknown format "xml". Use one of: stylish, json, github, sarif.\n'],
    [['lint', '--max-warnings', 'many'], '✖ --max-warnings takes a whole number of 0 or more, not "many".\n'],
    [['lint', '--fromat', 'json'], '✖ Unknown option --fromat. Did you mean --format?\n'],
    [['lnit'], '✖ Unknown command "lnit". Did you mean `crisis init` / `crisis lint`?\n'],
    [['lintt'], '✖ Unknown command "lintt". Did you mean `crisis lint`?\n'],
    [
      ['lint'],
      '✖ No playbook here: there is no ./crisis.yaml and no playbook under ./playbooks. Pass a path, or create one with `crisis init`.\n',
    ],
    [['--lang', 'fr', 'lint'], '✖ Unknown language "fr". Use en or es.\n'],
  ])('%j exits 2 with one line on stderr', async (args, message) => {
    const run = await crisis(args, { cwd: dir });
    expect(run).toMatchObject({ status: 2, stdout: '', stderr: message });
  });

  it.each([
    ['en', 'is a drill script, not a plan'],
    ['es', 'es un simulacro, no un plan'],
  ])('says a drill script named to it is no plan, and how to run it, in %s (exit 2)', async (lang, words) => {
    cpSync(join(root, 'playbooks/es-optica-miravista'), dir, { recursive: true });
    // Known by its folder, and by its shape wherever it is.
    cpSync(join(dir, 'drills/retraso-entregas.yaml'), join(dir, 'simulacro.yaml'));
    for (const file of [join('drills', 'retraso-entregas.yaml'), 'simulacro.yaml']) {
      const run = await crisis(['--lang', lang, 'lint', file], { cwd: dir });
      expect(run).toMatchObject({ status: 2, stdout: '' });
      expect(run.stderr).toContain(`✖ ${file} ${words}`);
      expect(run.stderr).toContain(`crisis escalate --script ${file}`);
    }
    // A plan kept in a drills/ folder is still linted as a plan.
    writeFileSync(join(dir, 'drills', 'plan.yaml'), MINIMAL_YAML);
    expect((await crisis(['lint', join('drills', 'plan.yaml')], { cwd: dir })).status).toBe(0);
  });

  it.each([
    ['en', 'is a drill script, not a plan'],
    ['es', 'es un simulacro, no un plan'],
  ])('names every drill script named to it, one line each, in %s (exit 2)', async (lang, words) => {
    cpSync(join(root, 'playbooks/es-optica-miravista'), dir, { recursive: true });
    cpSync(join(dir, 'drills/retraso-entregas.yaml'), join(dir, 'simulacro.yaml'));
    const first = join('drills', 'retraso-entregas.yaml');
    const run = await crisis(['--lang', lang, 'lint', first, 'simulacro.yaml'], { cwd: dir });
    expect(run).toMatchObject({ status: 2, stdout: '' });
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(new RegExp(`^✖ ${first} ${words}.*crisis escalate --script ${first}\\b`)),
      expect.stringMatching(new RegExp(`^✖ simulacro\\.yaml ${words}.*crisis escalate --script simulacro\\.yaml\\b`)),
    ]);
  });

  it('refuses the drill scripts of a drills folder named to it, and says which plan each runs with', async () => {
    const plan = join(dir, 'optica');
    cpSync(join(root, 'playbooks/es-optica-miravista'), plan, { recursive: true });
    const drill = join('optica', 'drills', 'retraso-entregas.yaml');
    for (const args of [
      ['lint', join('optica', 'drills')],
      ['lint', drill],
    ]) {
      const run = await crisis(args, { cwd: dir });
      expect(run).toMatchObject({ status: 2, stdout: '' });
      // escalate reads ./crisis.yaml unless told: from here, the drill's own plan is named.
      expect(run.stderr.trimEnd().split('\n')).toEqual([
        expect.stringMatching(
          new RegExp(
            `^✖ ${drill} is a drill script, not a plan.*crisis escalate --script ${drill} --playbook optica/crisis\\.yaml,`,
          ),
        ),
      ]);
    }
    // A machine reading the report gets the refusal in its own format, as ESLint reports a file it could not lint.
    const json = await crisis(['lint', join('optica', 'drills'), '--format', 'json'], { cwd: dir });
    expect(json.status).toBe(2);
    expect(JSON.parse(json.stdout)).toEqual([
      expect.objectContaining({
        filePath: join(dir, drill),
        messages: [
          expect.objectContaining({
            ruleId: null,
            fatal: true,
            severity: 2,
            line: 1,
            column: 1,
            message: expect.stringContaining('is a drill script, not a plan'),
          }),
        ],
        errorCount: 1,
        fatalErrorCount: 1,
      }),
    ]);
    // GitHub annotates the drill: a failed check with no annotation leaves the pull request without a reason.
    const github = await crisis(['lint', drill, 'optica/crisis.yaml', '--format', 'github'], { cwd: dir });
    expect(github.status).toBe(2);
    expect(github.stdout).toMatch(
      new RegExp(`^::error file=${drill},line=1,col=1,title=crisis lint::${drill} is a drill script, not a plan`),
    );
    expect(github.stderr).toContain(`✖ ${drill} is a drill script, not a plan`);
    const sarif = JSON.parse((await crisis(['lint', drill, '--format', 'sarif'], { cwd: dir })).stdout);
    expect(sarif.runs[0].results).toEqual([]);
    expect(sarif.runs[0].invocations).toEqual([
      {
        executionSuccessful: false,
        exitCode: 2,
        toolExecutionNotifications: [
          {
            level: 'error',
            message: { text: expect.stringContaining(`${drill} is a drill script, not a plan`) },
            locations: [{ physicalLocation: { artifactLocation: { uri: drill } } }],
          },
        ],
      },
    ]);
    // From the plan's folder, ./crisis.yaml is the plan already.
    const inside = await crisis(['lint', 'drills'], { cwd: plan });
    expect(inside.stderr).toContain('crisis escalate --script drills/retraso-entregas.yaml, which');
  });

  it('lints the plans named beside a drill script, reports them, and refuses the drill (exit 2)', async () => {
    cpSync(join(root, 'playbooks/es-optica-miravista/drills/retraso-entregas.yaml'), join(dir, 'simulacro.yaml'));
    writeFileSync(join(dir, 'crisis.yaml'), MINIMAL_YAML.replace('backup: luis }', 'backup: luiz }'));
    const run = await crisis(['lint', 'crisis.yaml', 'simulacro.yaml'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stdout).toContain('crisis.yaml\n  11:93  error  "luiz" names nothing in contacts.');
    expect(run.stdout).not.toContain('simulacro.yaml');
    expect(run.stdout).toContain('1 problem (1 error, 0 warnings)');
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^✖ simulacro\.yaml is a drill script, not a plan/),
    ]);
    // The machine-readable report holds the plan's findings, then the drill's refusal, no finding of it as a plan.
    const json = await crisis(['lint', 'simulacro.yaml', 'crisis.yaml', '--format', 'json'], { cwd: dir });
    expect(json.status).toBe(2);
    const report = JSON.parse(json.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string | null }> }>;
    expect(report.map((file) => [file.filePath, file.messages.map((message) => message.ruleId)])).toEqual([
      [join(dir, 'crisis.yaml'), ['unknown-reference']],
      [join(dir, 'simulacro.yaml'), [null]],
    ]);
  });

  it('shows a stack trace only with --debug', async () => {
    mkdirSync(join(dir, 'empty-folder'));
    expect((await crisis(['lint', 'empty-folder'], { cwd: dir })).stderr).toBe(
      '✖ No .yaml or .yml file in empty-folder. Folders named drills, incidents or node_modules, and hidden ones, are not searched: name a file there to lint it.\n',
    );
    expect((await crisis(['lint', 'empty-folder', '--debug'], { cwd: dir })).stderr).toMatch(
      /CliError[\s\S]*find-playbooks\.ts/,
    );
  });
});

describe('colour', () => {
  it('is off when piped or with NO_COLOR, on with FORCE_COLOR unless --no-color', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'crisis.yaml'), MINIMAL_YAML.replace('backup: luis }', 'backup: luiz }'));
    const esc = '\u001b[';
    expect((await crisis(['lint'], { cwd: dir, env: { NO_COLOR: undefined } })).stdout).not.toContain(esc);
    expect((await crisis(['lint'], { cwd: dir, env: { NO_COLOR: undefined, FORCE_COLOR: '1' } })).stdout).toContain(
      esc,
    );
    expect(
      (await crisis(['lint', '--no-color'], { cwd: dir, env: { NO_COLOR: undefined, FORCE_COLOR: '1' } })).stdout,
    ).not.toContain(esc);
    expect((await crisis(['lint'], { cwd: dir, env: { NO_COLOR: '1', FORCE_COLOR: '1' } })).stdout).not.toContain(esc);
  });
});

describe('the examples, copied as a user would', () => {
  it('still lint clean outside the repository (templates travel with the plan)', async () => {
    const dir = tempDir();
    cpSync(join(root, 'playbooks/es-optica-miravista'), join(dir, 'plan'), { recursive: true });
    expect((await crisis(['lint', 'plan/crisis.yaml'], { cwd: dir })).status).toBe(0);
  });
});

describe('level-without-updates, from its fixtures, in every format', () => {
  const fixture = (name: string) => join(root, 'test/fixtures/lint/level-without-updates', name);
  it('warns at the level with no update_every, and says what to add', async () => {
    const stylish = await crisis(['lint', fixture('triggers')]);
    expect(stylish.status).toBe(0);
    expect(stylish.stdout).toMatch(
      /20:5 {2}warning {2}Level "crisis" \(severity 3\) sets no pace .*update_every:.* {2}level-without-updates/,
    );
    expect((await crisis(['lint', '--max-warnings', '0', fixture('triggers')])).status).toBe(1);
    const [json] = JSON.parse((await crisis(['lint', '--format', 'json', fixture('triggers')])).stdout);
    expect(json.messages).toMatchObject([{ ruleId: 'level-without-updates', severity: 1, line: 20 }]);
    const github = await crisis(['lint', '--format', 'github', fixture('triggers')]);
    expect(github.stdout).toMatch(/^::warning file=.*line=20,col=5,.*title=crisis lint \(level-without-updates\)::/);
    const sarif = JSON.parse((await crisis(['lint', '--format', 'sarif', fixture('triggers')])).stdout);
    const rules = sarif.runs[0].tool.driver.rules.map((rule: { id: string }) => rule.id);
    expect(rules).toContain('level-without-updates');
    expect(sarif.runs[0].results).toMatchObject([{ ruleId: 'level-without-updates', level: 'warning' }]);
  });
  it('stays quiet when only a level of severity 1 has none', async () => {
    const run = await crisis(['lint', '--max-warnings', '0', fixture('quiet')]);
    expect(run).toMatchObject({ status: 0, stdout: '✔ 1 file checked: no problems.\n' });
  });
});
