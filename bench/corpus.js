// The 1,000-plan corpus of bench/budgets.js, also run alone to profile: node bench/corpus.js DIR [COUNT]
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

// Words that make each generated plan its own business: its brand, address, hashtag, people.
const TOWNS = [
  'Sol',
  'Luna',
  'Norte',
  'Brisa',
  'Roble',
  'Mar',
  'Vega',
  'Alba',
  'Cierzo',
  'Olivo',
  'Hill',
  'Brook',
  'Dale',
  'Moor',
  'Fern',
];
const PEOPLE = ['Ana', 'Luis', 'Marta', 'Iker', 'Nora', 'Pau', 'Rosa', 'Tom', 'Jade', 'Owen', 'Ines', 'Hugo'];

/**
 * 1,000 distinct playbooks: the two examples with their templates, each rewritten as another
 * business (brand, domain, hashtag, names, phones, a sentence of its own in every text), so a
 * cache keyed by text cannot make 1,000 files cost the price of 2.
 */
export function generate(count, dir = mkdtempSync(join(tmpdir(), 'crisis-bench-'))) {
  mkdirSync(dir, { recursive: true });
  const examples = [
    {
      folder: 'es-optica-miravista',
      brand: /Óptica Miravista|Miravista/g,
      domain: /miravista/g,
      people: /Sofía|Jorge|Lucía|Pablo|Marta/g,
    },
    {
      folder: 'en-northside-bakery',
      brand: /Northside Bakery|Northside/g,
      domain: /northsidebakery|northside/gi,
      people: /Priya|Tom|Helen|Sam|Rachel/g,
    },
  ];
  for (let i = 0; i < count; i += 1) {
    const example = examples[i % 2];
    const town = `${TOWNS[i % TOWNS.length]}${Math.floor(i / TOWNS.length)}`;
    const target = join(dir, `plan-${i}`);
    cpSync(join(root, 'playbooks', example.folder), target, { recursive: true });
    const file = join(target, 'crisis.yaml');
    const text = readFileSync(file, 'utf8')
      .replace(/#(Miravista|Northside)/g, `#Casa${town}`)
      .replace(example.brand, `Casa ${town}`)
      // A brand name inside a feed's search address keeps the address whole.
      .replace(/(https?:\/\/[^\s"]*)Casa (\w)/g, '$1Casa+$2')
      .replace(example.domain, `casa-${town.toLowerCase()}`)
      .replace(example.people, (name) => `${PEOPLE[(i + name.length) % PEOPLE.length]}`)
      .replace(/(\+\d\d \d{3,4} )\d{3}/g, (_, prefix) => `${prefix}${String(100 + (i % 900))}`)
      .replace(/^(\s+title: .*)$/gm, `$1 (${town})`);
    writeFileSync(file, text);
  }
  return dir;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(generate(Number(process.argv[3] ?? 1000), process.argv[2]));
}
