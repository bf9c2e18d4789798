import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { readScript } from '../../src/escalate/script.js';
import { drillInProcess } from '../drill-in-process.js';
import { example, fixturePlan, planDir, root, type PlanName } from '../helpers.js';
import { crisis } from './run-cli.js';

// What a drill's transcript says, read as a person reads it: the times, the contacts, who stands
// in. A drill is the walkthrough answered from a file, so these are the walkthrough's own words.

const SCRIPTS: Record<PlanName, string> = {
  'es-optica-miravista': 'test/fixtures/scripts/crisis-miravista.yaml',
  'en-northside-bakery': 'test/fixtures/scripts/drill-northside.yaml',
};

/** A drill of a test plan in its own language, with `edit` applied to the script: its transcript on one line. */
async function transcript(plan: PlanName, edit: (script: string) => string = (script) => script, columns?: number) {
  const dir = example(plan);
  const file = join(dir, 'drill.yaml');
  writeFileSync(file, edit(readFileSync(join(root, SCRIPTS[plan]), 'utf8')));
  const env = { CRISIS_LANG: undefined, ...(columns && { COLUMNS: String(columns) }) };
  const run = await crisis(['escalate', '--script', file], { cwd: dir, env });
  expect(run.status).toBe(0);
  return { raw: run.stdout.replaceAll('\u00a0', ' '), text: run.stdout.replace(/\s+/g, ' ') };
}

/** The same drill in-process, on a terminal `columns` wide: what it printed, row by row. */
async function onTerminal(plan: PlanName, columns: number, as?: string) {
  const playbook = fixturePlan(plan);
  const { script } = readScript(readFileSync(join(root, SCRIPTS[plan])), playbook);
  const run = await drillInProcess({
    playbook,
    script: script!,
    start: new Date(script!.clock!),
    templateText: (r) => r.text ?? readFileSync(join(planDir(plan), r.template!), 'utf8'),
    columns,
    as,
  });
  return run.printed;
}

describe('every time the walkthrough shows', () => {
  it('reads "a las 21:35" on the same day and "a las 00:05 del lunes, 23 nov" on another, in Spanish', async () => {
    // The level lowered at 23:05: its private replies are due within the hour, past midnight.
    const { text } = await transcript('es-optica-miravista', (script) =>
      script.replace('{ at: +50m, level:', '{ at: +1h55m, level:'),
    );
    expect(text).toContain('Visto por primera vez a las 21:05.');
    expect(text).toContain('⏱ Crisis: primera respuesta pública antes de las 21:35 (quedan 25 min)');
    expect(text).toContain('✔ Crisis: primera respuesta pública antes de las 21:35, cumplido');
    expect(text).toContain(
      'Promesa anotada: Cambio de lentes gratis, a @ana_lopez, para las 21:55 del martes, 24 nov.',
    );
    expect(text).toContain('· antes de las 00:05 del lunes, 23 nov');
    // Never the day written before the time, as a report writes it: "domingo, 22 nov, 21:35".
    const day = '(?:lun|mar|mié|jue|vie|sáb|dom|lunes|martes|miércoles|jueves|viernes|sábado|domingo)';
    expect(text).not.toMatch(new RegExp(`(?<!\\p{L})${day}, \\d{1,2} \\p{L}+\\.?, \\d{2}:\\d{2}`, 'u'));
    expect(text).not.toMatch(new RegExp(`(antes de|desde|vencía|para el) ${day}\\b`));
    // A weekday is said whole: "del mar" would read as "of the sea".
    expect(text).not.toMatch(/\bdel (lun|mar|mié|jue|vie|sáb|dom)\b/);
  });

  it('gives no date to a time of the same day in English, and one to a time of another day', async () => {
    const { text } = await transcript('en-northside-bakery');
    expect(text).toContain('First seen: 10:00.');
    expect(text).toContain('⏱ Crisis: first public response by 10:30 (26 min left)');
    expect(text).toContain('✔ Crisis: first public response due 10:30, met');
    expect(text).toContain('due Mon 23 Nov, 10:14. See it with: crisis promises');
    // The drill runs on Saturday 21 November: that day is never written.
    expect(text).not.toContain('Sat 21 Nov');
  });
});

describe('the people to call', () => {
  it.each([
    [
      'es-optica-miravista' as const,
      '☎ Marta Soler, Consultora de comunicación · Agencia Brisa Comunicación (agencia externa): +34 655 666 777 · crisis@brisa.example',
    ],
    [
      'en-northside-bakery' as const,
      '☎ Dr Rachel Green, Consultant dietitian · Green Nutrition Ltd (outside agency): rachel@greennutrition.example',
    ],
  ])('set the organisation apart from the role on %s, and keep it whole at 60 columns', async (plan, line) => {
    const printed = await onTerminal(plan, 60);
    expect(printed.replace(/\s+/g, ' ')).toContain(line);
    const rows = printed.split('\n');
    const first = rows.findIndex((row) => row.startsWith(line.slice(0, 12)));
    // The line breaks before the separator: the organisation and its mark start the next row.
    expect(rows[first + 1]).toMatch(/^· \S/);
    expect(rows.slice(first, first + 3).every((row) => stringWidth(row) <= 60)).toBe(true);
  });

  it("indents every row of a contact's notes under the contact at 60 columns", async () => {
    const rows = (await onTerminal('es-optica-miravista', 60)).split('\n');
    const notes = rows.findIndex((row) => row.includes('Contrato de guardia'));
    expect(rows[notes]).toMatch(/^ {2}Contrato/);
    expect(rows[notes + 1]).toMatch(/^ {2}\S/);
    expect(rows[notes + 2]).toMatch(/^☎ /);
  });
});

describe('who stands in, in Spanish', () => {
  // "lo sustituye" guesses a man: the words must be right whoever is away.
  const gendered = /\b(lo|la|le)s? sustituyes?\b/;

  it('names the backup without a pronoun for the person away', async () => {
    const text = (await onTerminal('es-optica-miravista', 80)).replace(/\s+/g, ' ');
    expect(text).toContain('Jorge Ibáñez no está localizable: Sofía Martín hace de suplente');
    expect(text).not.toMatch(gendered);
  });

  it('tells the person on duty that they stand in, the same way', async () => {
    const text = (await onTerminal('es-optica-miravista', 80, 'sofia')).replace(/\s+/g, ' ');
    expect(text).toContain('Jorge Ibáñez no está localizable: haces tú de suplente');
    expect(text).not.toMatch(gendered);
  });
});

describe('the team message of the bundled plans', () => {
  it.each([
    ['es-optica-miravista' as const, 'Nivel: Posible crisis. Enlace: https://x.com/ana_lopez/status/1'],
    ['en-northside-bakery' as const, 'Level: Possible crisis. Link: https://instagram.com/p/abc'],
  ])('names the level on %s by its name, not its id', async (plan, line) => {
    const { text } = await transcript(plan);
    expect(text).toContain(line);
  });
});

describe("a drill's comments", () => {
  const COMMENTS = `comments:
  - { at: +5m, link: "https://x.com/marta/status/9", text: Sigo sin mis gafas }
  - { at: +8m, link: "https://instagram.com/p/bot1", text: Gana un iPhone, answered: reviewed, reason: spam }
  - { at: +12m, link: "https://x.com/marta/status/9", answered: public, response: agradecimiento, vars: { cliente: "@marta" } }
  - { at: +14m, link: "https://x.com/luis/status/3", text: Vaya servicio }
  - { at: +20m, link: "https://x.com/luis/status/3", answered: private, reply: Te escribimos por privado }
  - { at: +30m, link: "https://x.com/marta/status/9", answered: blocked, reason: insultos tras la disculpa }
  - { at: +35m, link: "https://facebook.com/miravista/posts/1#c4", text: ¿Y mi pedido? }
`;

  it('print in time order: each comment as it arrives, not when it is settled', async () => {
    const { raw, text } = await transcript('es-optica-miravista', (script) =>
      script.replace(/^close:/m, `${COMMENTS}close:`),
    );
    // Each comment's arrival and each department's answer, in the order printed.
    const times = [...raw.matchAll(/^(\d{2}:\d{2}) · |respondió a las (\d{2}:\d{2})/gm)].map((m) => m[1] ?? m[2]);
    expect(times).toEqual(['21:15', '21:18', '21:24', '21:45', '21:50', '23:00']);
    // Settled later, a comment is named by its words, with no second time.
    // Its author is read from its link (x.com/marta/…).
    expect(text).toContain('@marta: Sigo sin mis gafas https://x.com/marta/status/9 Comentario');
    expect(text).toContain('[respondido en público] @marta: Sigo sin mis gafas https://x.com/marta/status/9');
    expect(raw.match(/Gana un iPhone/g)).toHaveLength(1);
  });
});

describe('the recap on --resume', () => {
  it('says who was never reached beside who was', async () => {
    const dir = example();
    const file = join(dir, 'drill.yaml');
    const full = readFileSync(join(root, SCRIPTS['es-optica-miravista']), 'utf8');
    // Stopped at the statement's missing variable, after the calls; then resumed with it.
    writeFileSync(file, full.replace(', solucion: entregaremos esta semana', ''));
    const env = { CRISIS_LANG: undefined };
    expect((await crisis(['escalate', '--script', file], { cwd: dir, env })).status).toBe(1);
    writeFileSync(file, full);
    const resumed = await crisis(['escalate', '--script', file, '--resume'], { cwd: dir, env });
    expect(resumed.status).toBe(0);
    expect(resumed.stdout).toContain(
      'Localizados: Marta Soler, Lucía Ferrer, Sofía Martín\nSin localizar: Jorge Ibáñez\n',
    );
  });
});
