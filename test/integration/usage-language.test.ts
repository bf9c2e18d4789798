import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { example, planFile, tempDir } from '../helpers.js';
import { crisis } from './run-cli.js';

// A mistake on the command line comes before any plan is read. When the terminal names no language
// we ship, the plan the command would have used says which one to speak.
const NO_LANGUAGE = { CRISIS_LANG: undefined, LANG: undefined, LC_ALL: undefined, LC_MESSAGES: undefined };

const MISTAKES: Array<[string, string[], string, string]> = [
  ['an unknown option', ['lint', '--bogus'], 'Opción desconocida --bogus.', 'Unknown option --bogus.'],
  ['a missing argument', ['render'], 'Falta el argumento response.', 'Missing argument response.'],
  ['a value refused', ['report', '--format', 'docx'], 'Formato desconocido "docx".', 'Unknown format "docx".'],
];

describe('a mistake on the command line, beside a Spanish plan', () => {
  it('says an unknown --lang in the language the terminal names', async () => {
    const run = await crisis(['init', '--lang', 'fr'], {
      cwd: tempDir(),
      env: { ...NO_LANGUAGE, LANG: 'es_ES.UTF-8' },
    });
    expect(run).toMatchObject({ status: 2, stderr: '✖ Idioma desconocido "fr". Usa en o es.\n' });
  });

  it.each([
    ['report', ['report', 'nope']],
    ['incidents discard', ['incidents', 'discard', 'nope']],
  ])("%s says an unknown incident in the plan's language when the terminal names none", async (_, args) => {
    const run = await crisis(args, {
      cwd: example('es-optica-miravista', { incidents: true }),
      env: { ...NO_LANGUAGE, LANG: 'C.UTF-8' },
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('No hay ningún incidente nope');
  });

  it.each(MISTAKES)('says %s in Spanish when the terminal names no language', async (_, args, spanish) => {
    const run = await crisis(args, { cwd: example(), env: NO_LANGUAGE });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(spanish);
  });

  it.each([
    ['LANG=C', { LANG: 'C.UTF-8' }],
    ['LANG=POSIX', { LANG: 'POSIX' }],
    ['a language crisis does not ship', { LANG: 'fr_FR.UTF-8' }],
  ])('says it in Spanish with %s', async (_, locale) => {
    const run = await crisis(['lint', '--bogus'], { cwd: example(), env: { ...NO_LANGUAGE, ...locale } });
    expect(run.stderr).toContain('Opción desconocida --bogus.');
  });

  it.each([
    ['LANG names English', { LANG: 'en_GB.UTF-8' }],
    ['LC_MESSAGES names English', { LC_MESSAGES: 'en_US.UTF-8' }],
    ['CRISIS_LANG is English', { CRISIS_LANG: 'en' }],
  ])('says it in English when %s, as the user chose', async (_, locale) => {
    for (const [, args, , english] of MISTAKES) {
      const run = await crisis(args, { cwd: example(), env: { ...NO_LANGUAGE, ...locale } });
      expect(run.stderr).toContain(english);
    }
  });

  it.each([[['--help']], [['lint', '--help']], [['help', 'lint']], [[]]])(
    'gives help %j in Spanish when the terminal names no language, in English when LANG does',
    async (args) => {
      const spanish = await crisis(args, { cwd: example(), env: NO_LANGUAGE });
      expect(spanish.stdout).toMatch(/^Uso:/m);
      const english = await crisis(args, { cwd: example(), env: { ...NO_LANGUAGE, LANG: 'en_GB.UTF-8' } });
      expect(english.stdout).toMatch(/^Usage:/m);
    },
  );

  it('says it in English with --lang en', async () => {
    const run = await crisis(['--lang', 'en', 'lint', '--bogus'], { cwd: example(), env: NO_LANGUAGE });
    expect(run.stderr).toContain('Unknown option --bogus.');
  });

  it("reads the plan --playbook names, with or without '='", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'plan'));
    writeFileSync(join(dir, 'plan', 'crisis.yaml'), readFileSync(planFile()));
    for (const given of [['--playbook', 'plan/crisis.yaml'], ['--playbook=plan/crisis.yaml']]) {
      const run = await crisis(['incidents', ...given, '--bogus'], { cwd: dir, env: NO_LANGUAGE });
      expect(run.stderr).toContain('Opción desconocida --bogus.');
    }
  });
});

describe('a mistake on the command line, with no Spanish plan to go by', () => {
  it.each([
    ['beside an English plan', () => example('en-northside-bakery')],
    ['with no plan', () => tempDir()],
    [
      'beside a plan that is no YAML',
      () => {
        const dir = tempDir();
        writeFileSync(join(dir, 'crisis.yaml'), 'brand: [language: es\n  "');
        return dir;
      },
    ],
    [
      'beside a folder named crisis.yaml',
      () => {
        const dir = tempDir();
        mkdirSync(join(dir, 'crisis.yaml'));
        return dir;
      },
    ],
  ])('says it in English %s', async (_, folder) => {
    const run = await crisis(['lint', '--bogus'], { cwd: folder(), env: NO_LANGUAGE });
    expect(run).toMatchObject({ status: 2, stderr: expect.stringContaining('Unknown option --bogus.') });
    expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });
});
