import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/i18n/index.js';
import { defaultAnswers } from '../../src/init/answers.js';
import { buildPlan, PLAN_FILE } from '../../src/init/build-plan.js';
import { forBrand, withRolesAsPeople } from '../../src/init/for-brand.js';
import type { TemplateFile } from '../../src/lint/rule-context.js';
import { lintPlaybook, parsePlaybook } from '../../src/lint/lint-playbook.js';
import { root } from '../helpers.js';

const EXAMPLE = { es: 'es-optica-miravista', en: 'en-northside-bakery' } as const;
const LONG = 'Panadería Horno Dulce Tradicional Artesana de Valencia Hermanos García y Compañía de la Plaza Mayor';

function planFor(lang: Lang, name: string): Map<string, string> {
  const example = parsePlaybook(readFileSync(join(root, 'playbooks', EXAMPLE[lang], PLAN_FILE))).playbook!;
  return buildPlan(withRolesAsPeople(forBrand(defaultAnswers(example, lang), name)), '{}\n');
}

function findings(files: Map<string, string>) {
  const templateFiles = new Map<string, TemplateFile>(
    [...files].filter(([p]) => p.endsWith('.hbs')).map(([path, text]) => [path, { file: path, text }]),
  );
  const parsed = parsePlaybook(new TextEncoder().encode(files.get(PLAN_FILE)!));
  return lintPlaybook({ file: PLAN_FILE, parsed, templateFiles }).map((f) => `${f.ruleId}: ${f.message}`);
}

const brand = (files: Map<string, string>) =>
  parsePlaybook(new TextEncoder().encode(files.get(PLAN_FILE)!)).playbook!.brand;

// Names as people write them: words of any script, with accents, emoji and punctuation, of any length.
const word = fc.oneof(
  fc.constantFrom('Panadería', 'Horno', 'de', 'la', 'y', 'García', 'Compañía', 'Café', "O'Brien", '&', '🥐', 'S.L.'),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
);
const names = fc
  .array(word, { minLength: 1, maxLength: 40, size: 'max' })
  .map((words) => words.join(' '))
  .filter((name) => name.trim() !== '');

describe.each(['es', 'en'] as const)('the plan init --yes writes in %s, for any name', (lang) => {
  it('lints clean with --max-warnings 0', () => {
    fc.assert(
      fc.property(names, (name) => {
        expect(findings(planFor(lang, name))).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps a very long name whole, with a short hashtag and address', () => {
    const files = planFor(lang, LONG);
    expect(findings(files)).toEqual([]);
    expect(brand(files)).toMatchObject({ name: LONG, hashtag: '#PanaderíaHornoDulce' });
    expect(new URL(brand(files).apology_url!).host).toBe('panaderia-horno-dulce.example');
  });
});

describe('defaults made from a name with no letters', () => {
  it.each([
    ['es', 'https://mi-negocio.example/comunicado', '#Noticias'],
    ['en', 'https://my-business.example/statement', '#News'],
  ] as const)('%s: %s and %s', (lang, url, hashtag) => {
    const files = planFor(lang, '🥐🥐');
    expect(brand(files)).toMatchObject({ name: '🥐🥐', apology_url: url, hashtag });
    expect(findings(files)).toEqual([]);
  });
});
