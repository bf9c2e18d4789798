import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { example, root, type PlanName } from '../helpers.js';
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

describe('every time the walkthrough shows', () => {
  it('reads "a las 21:35" on the same day and "a las 00:05 del lun, 23 nov" on another, in Spanish', async () => {
    // The level lowered at 23:05: its private replies are due within the hour, past midnight.
    const { text } = await transcript('es-optica-miravista', (script) =>
      script.replace('{ at: +50m, level:', '{ at: +1h55m, level:'),
    );
    expect(text).toContain('Visto por primera vez a las 21:05.');
    expect(text).toContain('⏱ Crisis: primera respuesta pública antes de las 21:35 (quedan 25 min)');
    expect(text).toContain('✔ Crisis: primera respuesta pública antes de las 21:35, cumplido');
    expect(text).toContain('Promesa anotada: Cambio de lentes gratis, a @ana_lopez, para las 21:55 del mar, 24 nov.');
    expect(text).toContain('· antes de las 00:05 del lun, 23 nov');
    // Never the day written before the time, as a report writes it: "dom, 22 nov, 21:35".
    expect(text).not.toMatch(/\b(lun|mar|mié|jue|vie|sáb|dom), \d{1,2} \p{L}+\.?, \d{2}:\d{2}/u);
    expect(text).not.toMatch(/(antes de|desde|vencía|para el) (lun|mar|mié|jue|vie|sáb|dom)\b/);
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
