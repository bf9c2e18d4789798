import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/cli/context.js';
import { translator } from '../../src/i18n/index.js';
import { scriptedPrompter } from '../scripted-prompter.js';
import { init } from '../../src/commands/init.js';
import { examplePeopleDetails } from '../example-people.js';
import { root, tempDir } from '../helpers.js';
import { crisis } from './run-cli.js';

describe('crisis init without a terminal', () => {
  it('fails at once and names the flags that make it work', async () => {
    const dir = tempDir();
    const run = await crisis(['init'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/not a terminal\. Pass --yes .*--name, --lang, --dir.*--from/);
    expect(existsSync(join(dir, 'crisis.yaml'))).toBe(false);
  });
});

// The README's and docs' examples in each language, which must work on the plan init writes.
const IDS = {
  es: { notice: 'aviso-interno', what: 'problema', statement: 'comunicado' },
  en: { notice: 'internal-brief', what: 'what', statement: 'statement' },
};

describe.each(['es', 'en'] as const)('crisis init --yes --lang %s', (lang) => {
  it('writes a plan that crisis lint passes, and never overwrites it', async () => {
    const dir = tempDir();
    const first = await crisis(['init', '--yes', '--lang', lang, '--name', 'Horno Nuevo', '--dir', 'plan'], {
      cwd: dir,
    });
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('plan/crisis.yaml');
    expect(first.stderr).toBe('');
    const plan = readFileSync(join(dir, 'plan/crisis.yaml'), 'utf8');
    expect(plan).toContain('  name: "Horno Nuevo"');
    expect(readFileSync(join(dir, 'plan/playbook.schema.json'), 'utf8')).toBe((await crisis(['schema'])).stdout);
    expect((await crisis(['lint', '--max-warnings', '0', 'plan'], { cwd: dir })).status).toBe(0);
    // The team notice names the level as the plan does, never by its id.
    const notice = await crisis(
      ['render', IDS[lang].notice, '--var', `${IDS[lang].what}=x`, '--playbook', 'plan/crisis.yaml'],
      {
        cwd: dir,
      },
    );
    expect(notice.stdout).toMatch(/^(Level: Negative comment|Nivel: Comentario negativo)\. /m);

    const statement = join(dir, `plan/templates/${IDS[lang].statement}.hbs`);
    writeFileSync(statement, 'My own statement, edited. {{brand.name}}\n');
    const before = readFileSync(join(dir, 'plan/crisis.yaml'));
    const again = await crisis(['init', '--yes', '--lang', lang, '--name', 'Horno Nuevo', '--dir', 'plan'], {
      cwd: dir,
    });
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('plan/crisis.yaml');
    expect(again.stderr).toContain('--force');
    expect(readFileSync(join(dir, 'plan/crisis.yaml')).equals(before)).toBe(true);
    expect(readFileSync(statement, 'utf8')).toBe('My own statement, edited. {{brand.name}}\n');

    expect(
      (
        await crisis(['init', '--yes', '--lang', lang, '--name', 'Horno Nuevo', '--dir', 'plan', '--force'], {
          cwd: dir,
        })
      ).status,
    ).toBe(0);
    expect(readFileSync(statement, 'utf8')).not.toContain('edited');
  });
});

describe('a Spanish plan from crisis init', () => {
  it("runs the README's Spanish render example as written", async () => {
    const dir = tempDir();
    expect((await crisis(['init', '--yes', '--lang', 'es', '--name', 'Horno Sol'], { cwd: dir })).status).toBe(0);
    const run = await crisis(['render', 'aviso-corto', '--var', 'problema=el retraso de hoy', '--channel', 'x'], {
      cwd: dir,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('el retraso de hoy');
  });
});

describe('crisis init --yes in the machine time zone', () => {
  it('keeps TZ=CET as set, in a plan of the language asked (not Belgian)', async () => {
    const dir = tempDir();
    const run = await crisis(['init', '--yes', '--lang', 'es', '--name', 'Horno Sol'], {
      cwd: dir,
      env: { TZ: 'CET' },
    });
    expect(run.status).toBe(0);
    expect(readFileSync(join(dir, 'crisis.yaml'), 'utf8')).toMatch(/^ {2}language: es-ES\n {2}timezone: CET$/m);
    expect((await crisis(['lint', '--max-warnings', '0'], { cwd: dir })).status).toBe(0);
  });
});

describe('crisis init --yes, for a business of its own', () => {
  it.each(['es', 'en'])(
    '%s: writes no detail of an example person: contacts stand as roles at its domain',
    async (lang) => {
      const dir = tempDir();
      expect((await crisis(['init', '--yes', '--lang', lang, '--name', 'Crumbs'], { cwd: dir })).status).toBe(0);
      const plan = readFileSync(join(dir, 'crisis.yaml'), 'utf8');
      expect(examplePeopleDetails().filter((detail) => plan.includes(detail))).toEqual([]);
      expect(plan).toContain('    email: "community-manager@crumbs.example"');
      expect(plan).not.toContain('external: true');
    },
  );

  it('without a terminal, needs --name, says so, and writes nothing', async () => {
    const dir = tempDir();
    const run = await crisis(['init', '--yes'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Pass --name "Your business"');
    expect(existsSync(join(dir, 'crisis.yaml'))).toBe(false);
  });

  it.each([
    ['', 'cannot be empty'],
    ['   ', 'cannot be empty'],
    ['Horno\nSol', 'one line'],
    ['Horno\u0007Sol', 'no control characters'],
  ])('refuses --name %j before writing anything, so a rerun needs no --force', async (name, why) => {
    const dir = tempDir();
    const run = await crisis(['init', '--yes', '--lang', 'en', '--name', name], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(why);
    expect(readdirSync(dir)).toEqual([]);
    expect((await crisis(['init', '--yes', '--lang', 'en', '--name', 'Crumbs'], { cwd: dir })).status).toBe(0);
  });

  it('on a terminal, without --name, asks the name and nothing else', async () => {
    const dir = tempDir();
    const stdout = new PassThrough();
    const ctx = createContext([], '0.0.0', {
      cwd: dir,
      env: { NO_COLOR: '1' },
      streams: { stdout, stderr: new PassThrough() },
      interactive: true,
    });
    const prompter = scriptedPrompter(['Crumbs & Co']);
    expect(await init({ yes: true, lang: 'en' }, ctx, async () => prompter)).toBe(0);
    expect(prompter.asked).toEqual(['Name of the business']);
    expect(readFileSync(join(dir, 'crisis.yaml'), 'utf8')).toContain('  name: "Crumbs & Co"');
  });
});

describe('the next steps init prints', () => {
  it.each(['en', 'es'] as const)('%s: fit 60 columns, broken at spaces, each command on one line', async (lang) => {
    const dir = tempDir();
    const stdout = new PassThrough();
    const ctx = createContext(['--lang', lang], '0.0.0', {
      cwd: dir,
      env: { NO_COLOR: '1', COLUMNS: '60' },
      streams: { stdout, stderr: new PassThrough() },
      interactive: false,
    });
    expect(await init({ yes: true, lang, name: 'Horno Sol', dir: 'mi-plan' }, ctx)).toBe(0);
    const out = (stdout.read() as Buffer).toString('utf8');
    const steps = out
      .slice(out.lastIndexOf('\n\n') + 2)
      .trimEnd()
      .split('\n');
    expect(steps.filter((line) => line.length > 60)).toEqual([]);
    expect(steps.slice(1).every((line) => /^ {5}\S|^ {2}\d\. /.test(line))).toBe(true);
    const t = translator(lang);
    const words = (text: string) => text.split(/\s+/).filter(Boolean);
    const git = `git add mi-plan && git commit -m "${t('init.commitMessage')}"`;
    const lint = 'crisis lint mi-plan/crisis.yaml';
    expect(words(steps.join('\n'))).toEqual(words(t('init.nextSteps', { plan: 'mi-plan/crisis.yaml', lint, git })));
    expect(steps.some((line) => line.endsWith(lint))).toBe(true);
    expect(steps.some((line) => line.trim() === git)).toBe(true);
  });
});

describe('crisis init --from', () => {
  it.each(['es-optica-miravista', 'en-northside-bakery'])(
    'copies %s with its templates, renamed, pointed at its own schema',
    async (example) => {
      const dir = tempDir();
      const run = await crisis(['init', '--from', example, '--name', 'Mi Tienda'], { cwd: dir });
      expect(run.status).toBe(0);
      const plan = readFileSync(join(dir, 'crisis.yaml'), 'utf8');
      expect(plan.split('\n')[0]).toBe('# yaml-language-server: $schema=./playbook.schema.json');
      expect(plan).toMatch(/^brand:\n  name: "Mi Tienda"$/m);
      expect(await crisis(['lint'], { cwd: dir })).toMatchObject({ status: 0 });
    },
  );

  it('says which examples exist when the name is wrong', async () => {
    const run = await crisis(['init', '--from', 'bakery'], { cwd: tempDir() });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('es-optica-miravista');
  });
});

describe('crisis init on a terminal', () => {
  it('asks, through the prompt module, and writes what was answered', async () => {
    const dir = tempDir();
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let printed = '';
    stdout.on('data', (chunk) => (printed += chunk));
    const ctx = createContext([], '0.0.0', {
      cwd: dir,
      env: { NO_COLOR: '1' },
      streams: { stdout, stderr },
      interactive: true,
    });
    const script = [
      'es',
      'Óptica Sol',
      'Atlantic/Canary',
      ['instagram', 'facebook'],
      'https://opticasol.example/aviso',
      '#OpticaSol',
      'Lola Paz',
      'Community manager',
      '+34 600 000 001',
      '',
      'Raúl Gil',
      'Gerente',
      '+34 600 000 002',
      'raul@opticasol.example',
      false,
      '2h',
      '1h',
      '20m',
      'política',
    ];
    const prompter = scriptedPrompter(script);
    expect(await init({}, ctx, async () => prompter)).toBe(0);
    expect(prompter.asked[0]).toBe('Language of the plan');
    const plan = readFileSync(join(dir, 'crisis.yaml'), 'utf8');
    expect(plan).toContain('# Plan de crisis en redes sociales de Óptica Sol.');
    expect(plan).toMatch(/- id: lola-paz\n.*\n.*\n    phone: "\+34 600 000 001"\n    backup: raul-gil/);
    expect(plan).toContain('respond_within: 20m');
    expect(plan).toMatch(/^  language: es-ES\n  timezone: Atlantic\/Canary$/m);
    expect(printed).toContain('crisis lint crisis.yaml');
    expect((await crisis(['lint'], { cwd: dir })).status).toBe(0);
  });
});

describe('the README', () => {
  it('names the commands this test run depends on', async () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readme).toContain('npm ci');
    expect(readme).toContain('node bin/crisis.js lint playbooks/');
    expect(readme).toContain('npm test');
  });
});
