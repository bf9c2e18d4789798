import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createContext, speakingThePlan } from '../../src/cli/context.js';
import { loadPlaybook } from '../../src/cli/load-playbook.js';
import { scriptedPrompter, type Prompter } from '../../src/cli/prompts.js';
import { interactive } from '../../src/cli/escalate/interactive.js';
import { example, root } from '../helpers.js';
import { crisis } from './run-cli.js';

// What a person reads around the questions of the walkthrough, on the Spanish plan: who is asked,
// in which language, with which defaults. The clock starts at 22:10 in Madrid, a minute a reading.
function session(dir: string, columns?: number) {
  const stdout = Object.assign(new PassThrough(), { columns });
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
  const questions: Array<{ message: string; default?: string }> = [];
  const run = async (answers: unknown[]) => {
    const scripted = scriptedPrompter(answers);
    // Each text question with the default it shows beside its message.
    const prompter: Prompter = {
      ...scripted,
      input: (q) => (questions.push(q), scripted.input(q)),
      field: (q) => (questions.push(q), scripted.field(q)),
    };
    return interactive({}, ctx, playbook, file, textOf, async () => prompter, now);
  };
  return { run, printed: () => printed.replaceAll('\u00a0', ' '), questions };
}

const OPEN = ['Un periodista publica las quejas por retrasos https://x.com/ana/status/1', '-10m'];
const TRIAGE = ['Es viral o lo recogen medios'];

describe('the walkthrough speaks to the person running it', () => {
  it('tells the person on duty that they stand in, rather than to ask themselves', async () => {
    const s = session(example());
    // Only the agency answers: Jorge and Lucía are unreachable, and Sofía, their backup, is on duty.
    expect(await s.run([...OPEN, ...TRIAGE, ['agencia'], 'sofia', 'done', 'pause'])).toBe(0);
    const screen = s.printed().replace(/\s+/g, ' ');
    expect(screen).toContain('Jorge Ibáñez no está localizable: lo sustituyes tú');
    expect(screen).toContain('Lucía Ferrer no está localizable: lo sustituyes tú');
    expect(screen).not.toMatch(/lo sustituye Sofía Martín|pregunta a Sofía Martín/);
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
    const answers = [...OPEN, ...TRIAGE, ['jorge', 'agencia', 'lucia'], 'done', 'done', 'el retraso', 'lo arreglamos'];
    expect(await s.run([...answers, 'pause'])).toBe(0);
    const screen = s.printed();
    // No countdown: "(quedan 20 min)" printed once would still say so when the time is up.
    expect(screen).not.toMatch(/quedan|\(en \d+ min\)|min de retraso/);
    const beforeFrame = screen.slice(screen.lastIndexOf('▶ Publicar el comunicado'), screen.indexOf('┌─'));
    expect(beforeFrame).toMatch(
      /⏱ Crisis: primera respuesta pública (antes de|con retraso desde) dom, 22 nov, 22:\d\d\n/,
    );
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
