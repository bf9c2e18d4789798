import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { planDir, root, tempDir, type PlanName } from '../helpers.js';

// A person watching a drill reads on stdout, in time order, what the walkthrough shows of each
// thing the script says happened: a note, a level change and its reason, a promise, a
// department's answer, who was not reached, the close. On a terminal 60 columns wide.

/** A drill of the plan in `dir` on a 60-column terminal, in the plan's language: what it printed, row by row. */
async function drill(dir: string, script: string): Promise<{ status: number; rows: string[]; text: string }> {
  const stdout = Object.assign(new PassThrough(), { columns: 60 });
  const stderr = new PassThrough();
  const chunks: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  stderr.resume();
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1' };
  const status = await main(['escalate', '--script', script], '0.0.0', {
    env,
    cwd: dir,
    streams: { stdout, stderr },
    interactive: false,
  });
  await new Promise((resolve) => setImmediate(resolve));
  const printed = Buffer.concat(chunks).toString('utf8').replaceAll('\u00a0', ' ');
  return { status, rows: printed.split('\n'), text: printed.replace(/\s+/g, ' ') };
}

/** Each line found in the transcript, after the one before it. */
function inOrder(text: string, lines: string[]): void {
  let from = 0;
  for (const line of lines) {
    const at = text.indexOf(line, from);
    expect(at, `"${line}" after "${text.slice(Math.max(0, from - 60), from)}"`).toBeGreaterThanOrEqual(from);
    from = at + line.length;
  }
}

/** A copy of a test plan with a drill script of it, changed by `edit`. */
function planWithScript(plan: PlanName, script: string, edit: (text: string) => string): string {
  const dir = tempDir();
  cpSync(planDir(plan), dir, { recursive: true });
  writeFileSync(join(dir, 'drill.yaml'), edit(readFileSync(join(root, script), 'utf8')));
  return dir;
}

describe('a drill prints what the walkthrough shows of each event, in time order', () => {
  it('on the bundled Spanish plan, with its bundled drill', async () => {
    const dir = tempDir();
    cpSync(join(root, 'playbooks/es-optica-miravista'), dir, { recursive: true });
    const run = await drill(dir, 'drills/retraso-entregas.yaml');
    expect(run.status).toBe(0);
    inOrder(run.text, [
      'Sin localizar: Jorge Ibáñez',
      // Each step's and message's fate, with its time: a drill shows no menu to read it from.
      'Hecho a las 21:20: Reunir a los responsables y acordar el mensaje',
      'Publicado en Facebook a las 21:35.',
      'Sin publicar en Blog de la web.',
      'Publicado en X (Twitter) a las 21:35.',
      'Omitido a las 21:35: Contar a los influencers de confianza lo que ha pasado, porque: No hace falta todavía',
      'Nota a las 21:50: El periodista ha publicado la respuesta',
      'Logística y reparto respondió a las 21:50.',
      'Promesa anotada: Cambio de lentes gratis, a @ana_lopez',
      'Atención al cliente respondió a las 23:00.',
      'Nivel bajado a Posible crisis a las 23:05, porque: La conversación se calma',
      'Cerrado a las 23:10: Pedidos entregados y disculpa publicada',
      'Lecciones aprendidas: Avisar antes de los retrasos del proveedor',
      'El incidente ',
      'Escribe su informe con: crisis report ',
    ]);
    expect(run.rows.filter((row) => stringWidth(row) > 60)).toEqual([]);
  });

  it("indents an influencer's notes under their line, each row within the width", async () => {
    const dir = tempDir();
    cpSync(join(root, 'playbooks/es-optica-miravista'), dir, { recursive: true });
    const plan = join(dir, 'crisis.yaml');
    const note = 'Prefiere que la llamemos antes de escribirle por privado, y nunca un domingo por la mañana.';
    writeFileSync(
      plan,
      readFileSync(plan, 'utf8').replace(
        'email: clara@claravision.example',
        `email: clara@claravision.example\n    notes: ${note}`,
      ),
    );
    const run = await drill(dir, 'drills/retraso-entregas.yaml');
    expect(run.status).toBe(0);
    const first = run.rows.findIndex((row) => row.includes('Prefiere que'));
    const rows = run.rows.slice(first, first + 2);
    expect(rows.every((row) => row.startsWith('  ') && stringWidth(row) <= 60)).toBe(true);
    expect(rows.join(' ').replace(/\s+/g, ' ').trim()).toBe(note);
  });

  // The test plans' scripts lower the level; an event added before the close raises it again.
  it.each([
    {
      plan: 'es-optica-miravista' as const,
      script: 'test/fixtures/scripts/crisis-miravista.yaml',
      raise: '{ at: +1h, level: crisis, reason: Lo recoge la prensa local }',
      lines: [
        'Sin localizar: Jorge Ibáñez',
        'Nota a las 21:50: El periodista ha publicado la respuesta',
        'Promesa anotada: Cambio de lentes gratis, a @ana_lopez',
        'Nivel bajado a Posible crisis a las 22:00, porque: La conversación se calma',
        'Nivel subido a Crisis a las 22:10, porque: Lo recoge la prensa local',
        'Atención al cliente respondió a las 23:00.',
        'Cerrado a las 23:10: Pedidos entregados y disculpa publicada',
        'Lecciones aprendidas: Avisar antes de los retrasos del proveedor',
        'Escribe su informe con: crisis report ',
      ],
    },
    {
      plan: 'en-northside-bakery' as const,
      script: 'test/fixtures/scripts/drill-northside.yaml',
      raise: '{ at: +14m, level: crisis, reason: A local paper picked it up }',
      lines: [
        'Not reached: Helen Walsh',
        'Kitchen and allergens answered at 10:13.',
        'Note at 10:14: The mother thanked us in the comments',
        'Promise recorded: A call from our dietitian today, to @lauren_b',
        'Level lowered to Possible crisis at 10:16, because: Only one family affected, answered',
        'Level raised to Crisis at 10:18, because: A local paper picked it up',
        'Closed at 10:22: Batch withdrawn, family called by the dietitian',
        'Lessons learned: Label the brownie tray clearly',
        'Write its report with: crisis report ',
      ],
    },
  ])('on the test plan $plan, with a level raised again', async ({ plan, script, raise, lines }) => {
    const dir = planWithScript(plan, script, (text) => text.replace(/^close:/m, `  - ${raise}\nclose:`));
    const run = await drill(dir, 'drill.yaml');
    expect(run.status).toBe(0);
    inOrder(run.text, lines);
    expect(run.rows.filter((row) => stringWidth(row) > 60)).toEqual([]);
  });
});

/** The report of the one incident in `dir`, in markdown, as `crisis report` prints it. */
async function report(dir: string): Promise<string> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  stderr.resume();
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1' };
  expect(await main(['report'], '0.0.0', { env, cwd: dir, streams: { stdout, stderr }, interactive: false })).toBe(0);
  await new Promise((resolve) => setImmediate(resolve));
  return Buffer.concat(chunks).toString('utf8').replaceAll('\u00a0', ' ');
}

// No step starts between the last countdown and the closing post, so the closing post is the first
// moment the walkthrough can say how the update it answered went: it says it as the report does.
describe('a drill gives the verdict of a public update the report gives', () => {
  it.each([
    {
      closing: '+1h50m',
      said: '✖ Último mensaje público a las 23:00, con 1 h 5 min de retraso (vencía a las 21:55).',
      reported: '23:00 **actualización con 1 h 5 min de retraso**',
      count: 'a tiempo (desde la primera respuesta pública)**: 0 de 1',
    },
    {
      closing: '+35m',
      said: '✔ Último mensaje público a las 21:45, a tiempo (vencía a las 21:55).',
      reported: 'X (Twitter), domingo, 22 de nov de 2026, 21:45\n',
      count: 'a tiempo (desde la primera respuesta pública)**: 1 de 1',
    },
  ])('for a closing post at $closing', async ({ closing, said, reported, count }) => {
    const dir = tempDir();
    cpSync(join(root, 'playbooks/es-optica-miravista'), dir, { recursive: true });
    const script = join(dir, 'drills/retraso-entregas.yaml');
    writeFileSync(
      script,
      readFileSync(script, 'utf8').replace(
        'at: +1h50m\n    vars: { resultado',
        `at: ${closing}\n    vars: { resultado`,
      ),
    );
    const run = await drill(dir, 'drills/retraso-entregas.yaml');
    expect(run.status).toBe(0);
    inOrder(run.text, [said, 'Cerrado a las 23:10']);
    const text = await report(dir);
    expect(text).toContain(reported);
    expect(text).toContain(count);
  });
});
