import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { createContext, speakingThePlan } from '../../src/cli/context.js';
import { loadPlaybook } from '../../src/cli/load-playbook.js';
import { type Prompter } from '../../src/cli/prompts.js';
import { scriptedPrompter } from '../scripted-prompter.js';
import { interactive } from '../../src/cli/escalate/interactive.js';
import { updateLine } from '../../src/cli/escalate/recap.js';
import { WalkSession } from '../../src/cli/escalate/session.js';
import type { IncidentEvent } from '../../src/escalate/events.js';
import { example, root } from '../helpers.js';
import { SUMMARY, TO_STATEMENT_MENU, TRIAGE } from '../walk-answers.js';
import { crisis } from './run-cli.js';

// What a person reads around the questions of the walkthrough, on the Spanish plan: who is asked,
// in which language, with which defaults. The clock starts at 22:10 in Madrid, a minute a reading.
function session(dir: string, screen: { columns?: number; rows?: number } = {}) {
  const stdout = Object.assign(new PassThrough(), { ...screen, isTTY: screen.rows !== undefined });
  let printed = '';
  stdout.on('data', (chunk) => (printed += chunk));
  const base = createContext([], '0.0.0', {
    cwd: dir,
    env: { NO_COLOR: '1' },
    streams: { stdout, stderr: new PassThrough() },
    interactive: true,
  });
  const { file, playbook, textOf } = loadPlaybook(undefined, base);
  const ctx = speakingThePlan(base, playbook);
  let minute = 0;
  const now = () => new Date(Date.UTC(2026, 10, 22, 21, 10 + minute++));
  const questions: Array<{ message: string; default?: string; reserve?: number; printed: string }> = [];
  const run = async (answers: unknown[]) => {
    const scripted = scriptedPrompter(answers);
    // Each text question with the default it shows beside its message.
    // Each question with the default it shows, the rows it keeps in view, and the screen before it.
    const prompter: Prompter = {
      ...scripted,
      input: (q) => (questions.push({ ...q, printed }), scripted.input(q)),
      field: (q) => (questions.push({ ...q, printed }), scripted.field(q)),
      pause: (q) => (questions.push({ ...q, printed }), scripted.pause(q)),
      select: (q) => (questions.push({ ...q, printed }), scripted.select(q)),
    };
    return interactive({}, ctx, playbook, file, textOf, async () => prompter, now);
  };
  return { run, printed: () => printed.replaceAll('\u00a0', ' '), questions };
}

const OPEN = [SUMMARY, '-10m'];
/** Up to the statement's menu on Facebook. */
const TO_STATEMENT = [...OPEN, ...TO_STATEMENT_MENU];

describe('the walkthrough speaks to the person running it', () => {
  it('tells the person on duty that they stand in, rather than to ask themselves', async () => {
    const s = session(example());
    // Only the agency answers: Jorge and Lucía are unreachable, and Sofía, their backup, is on duty.
    expect(await s.run([...OPEN, ...TRIAGE, ['agencia'], 'sofia', 'done', 'pause'])).toBe(0);
    const screen = s.printed().replace(/\s+/g, ' ');
    expect(screen).toContain('Jorge Ibáñez no está localizable: haces tú de suplente');
    expect(screen).toContain('Lucía Ferrer no está localizable: haces tú de suplente');
    expect(screen).not.toMatch(/Sofía Martín hace de suplente|pregunta a Sofía Martín/);
  });

  it('shows a default once: beside the question, not in it too', async () => {
    const s = session(example());
    const answers = [...OPEN, ...TRIAGE, ['jorge', 'agencia', 'lucia'], 'promise', '@ana', 'Reembolso', undefined];
    expect(await s.run([...answers, 'jorge', 'pause'])).toBe(0);
    const due = s.questions.find((q) => q.message.startsWith('¿Para cuándo?'))!;
    expect(due.default).toBe('48h');
    expect(due.message).not.toContain('48h)');
    for (const q of s.questions.filter((question) => question.default))
      expect(q.message).not.toContain(`(${q.default})`);
  });

  it('shows deadlines as times that stay true while a question waits, above the message to publish too', async () => {
    const s = session(example());
    expect(await s.run([...TO_STATEMENT, 'pause'])).toBe(0);
    const screen = s.printed();
    // No countdown: "(quedan 20 min)" printed once would still say so when the time is up.
    expect(screen).not.toMatch(/quedan|\(en \d+ min\)|min de retraso/);
    const beforeFrame = screen.slice(screen.lastIndexOf('▶ Publicar el comunicado'), screen.indexOf('┌─'));
    expect(beforeFrame).toMatch(/⏱ Crisis: primera respuesta pública (antes de las|con retraso desde las) 22:\d\d\n/);
  });

  it('wraps at word boundaries inside the 80-column frame on a wide terminal', async () => {
    const s = session(example(), { columns: 120 });
    expect(await s.run([...TO_STATEMENT, 'pause'])).toBe(0);
    const rows = s.printed().split('\n');
    expect(rows.filter((row) => stringWidth(row) > 80)).toEqual([]);
    expect(s.printed()).toContain('Queremos pedir disculpas a nuestros clientes por el retraso en las entregas.\n');
    expect(s.printed()).toContain('Las líneas se parten para caber en pantalla');
  });

  it('at 80x24 shows the top of the statement before its menu can push it off the screen', async () => {
    const s = session(example(), { columns: 80, rows: 24 });
    expect(await s.run([...TO_STATEMENT, undefined, 'pause'])).toBe(0);
    const [more, menu] = s.questions.slice(-2);
    expect(more!.message).toBe('▼ Intro: qué hacer con él');
    // The page ends with the question: from the frame's top rule, it fits 24 rows with it.
    const page = more!.printed.slice(more!.printed.lastIndexOf('⏱'));
    expect(page).toMatch(/^⏱[^]*\n┌─ Para publicar en Facebook/);
    expect(page.trimEnd().split('\n').length + 1).toBeLessThanOrEqual(24);
    // The menu then keeps what is left of the message in view.
    expect(menu!.message).toBe('Este mensaje para Facebook:');
    expect(menu!.reserve).toBeGreaterThan(0);
  });

  it('announces no next update once the public closing message is out, only its verdict as an update', () => {
    const dir = example();
    const ctx = createContext([], '0.0.0', { cwd: dir, env: { NO_COLOR: '1' }, interactive: true });
    const { playbook, textOf } = loadPlaybook(undefined, ctx);
    const at = (minute: number) => new Date(Date.UTC(2026, 10, 22, 21, minute)).toISOString();
    const post = (minute: number, response: string, channel: string) =>
      ({ type: 'published', at: at(minute), step: response, response, channel, text: 't', edited: false }) as const;
    const events: IncidentEvent[] = [
      { type: 'opened', at: at(0), id: 'i', summary: 's', channel: 'x', detected_at: at(0) },
      { type: 'level', at: at(1), level: 'crisis', reason: 'r' },
      post(5, 'comunicado', 'facebook'),
    ];
    const walk = (list: IncidentEvent[], minute = 10) =>
      new WalkSession({
        ctx,
        playbook,
        prompter: scriptedPrompter([]),
        templateText: textOf,
        events: list,
        record: () => {},
        now: () => new Date(at(minute)),
        id: 'i',
      });
    expect(updateLine(walk(events))).toContain('Next public update by');
    const closed = (minute: number) => updateLine(walk([...events, post(minute, 'cierre', 'x')], minute + 5)) ?? '';
    expect(closed(8)).not.toContain('Next public update');
    // The statement at 22:05 asked for an update within 20 minutes: by 22:25.
    expect(closed(8)).toMatch(/^✔ Last public message at 22:08, on time \(due 22:25\)\.$/);
    expect(closed(40)).toMatch(/^✖ Last public message at 22:40, 15 min late \(due 22:25\)\.$/);
  });

  it("says the plan's warnings in the plan's language before a Spanish walkthrough", async () => {
    const dir = example('es-optica-miravista', { plan: (text) => text.replace('    update_every: 20m\n', '') });
    const script = join(root, 'test/fixtures/scripts/crisis-miravista.yaml');
    const run = await crisis(['escalate', '--script', script], {
      cwd: dir,
      env: { CRISIS_LANG: undefined, LANG: 'en_US.UTF-8' },
    });
    expect(run.stderr).toMatch(/crisis\.yaml tiene 1 aviso; consulta crisis lint/);
    expect(run.stderr).not.toMatch(/has 1 warning/);
  });
});
