import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createContext, speakingThePlan } from '../../src/cli/context.js';
import { loadPlaybook } from '../../src/cli/load-playbook.js';
import { type Prompter } from '../../src/cli/prompts.js';
import { scriptedPrompter } from '../scripted-prompter.js';
import { MORE } from '../../src/model/prompter.js';
import { interactive } from '../../src/cli/escalate/interactive.js';
import { incidents } from '../../src/commands/incidents.js';
import { readJournal } from '../../src/cli/incident-store/journal-file.js';
import { replay } from '../../src/escalate/replay.js';
import { root, planFile, tempDir, example } from '../helpers.js';
import { SUMMARY, TO_STATEMENT_MENU } from '../walk-answers.js';
import { crisis } from './run-cli.js';

/**
 * The walkthrough in-process on a copy of the Spanish plan (crisis: an update every 20m), with a
 * clock stopped at 21:10 UTC (22:10 in Madrid, the machine in New York) that jumps forward
 * before the questions `jumps` names, so every time on screen is known.
 */
function walk(answers: unknown[], jumps: Array<[RegExp, number]> = [], dir = copy()) {
  const stdout = new PassThrough();
  let printed = '';
  stdout.on('data', (chunk) => (printed += chunk));
  const base = createContext([], '0.0.0', {
    cwd: dir,
    env: { NO_COLOR: '1', TZ: 'America/New_York' },
    streams: { stdout, stderr: new PassThrough() },
    interactive: true,
  });
  const { file, playbook, textOf } = loadPlaybook(undefined, base);
  const ctx = speakingThePlan(base, playbook);
  let minute = 0;
  const now = () => new Date(Date.UTC(2026, 10, 22, 21, 10 + minute));
  const scripted = scriptedPrompter(answers);
  const menus: Array<{ message: string; choices: string[] }> = [];
  const pending = [...jumps];
  const jump = (message: string) => {
    const index = pending.findIndex(([pattern]) => pattern.test(message));
    if (index >= 0) minute += pending.splice(index, 1)[0]![1];
  };
  const prompter: Prompter = {
    ...scripted,
    input: (q) => (jump(q.message), scripted.input(q)),
    field: (q) => (jump(q.message), scripted.field(q)),
    select: (q) => {
      jump(q.message);
      menus.push({ message: q.message, choices: q.choices.map((c) => c.value) });
      return scripted.select(q);
    },
  };
  return {
    dir,
    menus,
    printed: () => printed,
    run: (options: { resume?: boolean } = {}) =>
      interactive(options, ctx, playbook, file, textOf, async () => prompter, now),
  };
}

function copy(): string {
  const dir = example();
  return dir;
}

const START = [
  SUMMARY,
  '-10m',
  ...TO_STATEMENT_MENU,
  'publish', // comunicado on Facebook at 22:10: the first public response
  'publish', // and on the blog: the same news, no update
  '', // no links; 25 minutes pass
];
const LATE: Array<[RegExp, number]> = [[/^Enlaces a las publicaciones/, 25]];

const UPDATE = [
  undefined, // aviso-corto: what happened, as in the statement
  'update', // on X, the overdue update leads the menu
  'ya hemos entregado la mitad de los pedidos',
  'publish', // X
  'skip', // Facebook
  'skip', // web
  'https://x.com/miravista/status/9',
  false, // the statement page is not written again (the statement offer after an update)
];

describe('the update cadence in the walkthrough', () => {
  it('counts down to the next update from the first public response', async () => {
    const w = walk([...START, undefined, 'pause']);
    expect(await w.run()).toBe(0);
    expect(w.printed().replace(/\s+/g, ' ')).toContain(
      '✔ Crisis: primera respuesta pública antes de las 22:30, cumplido: disculpa en Facebook a las 22:10 ⏱ Próxima actualización pública antes de las 22:30',
    );
  });

  it('says how late it is once overdue, and freezes the verdict of the update once it is out', async () => {
    const w = walk([...START, ...UPDATE, 'pause'], LATE);
    expect(await w.run()).toBe(0);
    const screen = w.printed().replace(/\s+/g, ' ');
    expect(screen).toContain(
      'cumplido: disculpa en Facebook a las 22:10 ⏱ Próxima actualización pública con retraso desde las 22:30 (último mensaje público a las 22:10)',
    );
    expect(screen).toContain(
      '✖ Último mensaje público a las 22:35, con 5 min de retraso (vencía a las 22:30). ⏱ Próxima actualización pública antes de las 22:55',
    );
  });

  it('says a deadline on another day the way Spanish says it: the time, then the day', async () => {
    // The update goes out at 23:45 Madrid, so the next one is due after midnight, on Monday.
    const w = walk([...START, ...UPDATE, 'pause'], [[/^Enlaces a las publicaciones/, 95]]);
    expect(await w.run()).toBe(0);
    const screen = w.printed().replace(/\s+/g, ' ');
    expect(screen).toContain('⏱ Próxima actualización pública antes de las 00:05 del lunes, 23 nov');
    expect(screen).not.toMatch(/de las [a-z]{3},/);
  });

  it('offers the update among the actions once there is something to update, and first when it is late', async () => {
    const w = walk([...START, ...UPDATE, 'pause'], LATE);
    await w.run();
    const menu = (message: string) => w.menus.find((m) => m.message.startsWith(message))!.choices;
    expect(menu('Este mensaje para Facebook')).not.toContain('update');
    expect(menu('Este mensaje para Blog').slice(0, 6)).toEqual(['publish', 'copy', 'edit', 'skip', 'update', 'note']);
    expect(menu('Este mensaje para X')[0]).toBe('update');
    // While the update is being written, it is not offered again.
    expect(w.menus.filter((m) => m.choices.includes('update'))).toHaveLength(3);
  });

  it('makes the late update what Enter takes in a menu with no default of its own', async () => {
    const answers = [
      ...START,
      undefined,
      'skip',
      'skip',
      undefined,
      'la mitad entregada',
      'publish',
      'skip',
      'skip',
      '',
      false,
    ];
    const w = walk([...answers, 'pause'], LATE);
    expect(await w.run()).toBe(0);
    expect(w.menus.find((m) => m.message === 'Este paso:' && m.choices[0] === 'update')).toBeDefined();
    const events = readJournal(join(w.dir, 'incidents', readdirSync(join(w.dir, 'incidents'))[0]!)).events;
    expect(
      replay(events)
        .published.filter((p) => p.step === '@update-1')
        .map((p) => p.channel),
    ).toEqual(['x']);
  });

  it('journals the update as its own posts, ended by a step that is no step of the plan', async () => {
    const w = walk([...START, ...UPDATE, 'pause'], LATE);
    await w.run();
    const events = readJournal(join(w.dir, 'incidents', readdirSync(join(w.dir, 'incidents'))[0]!)).events;
    const state = replay(events);
    expect(state.published.filter((p) => p.step === '@update-1')).toMatchObject([
      { response: 'actualizacion', channel: 'x', url: 'https://x.com/miravista/status/9' },
    ]);
    expect(events.filter((e) => e.type === 'step' && e.step === '@update-1')).toMatchObject([{ status: 'done' }]);
    expect(state.steps.has('@update-1')).toBe(false);
    expect([...state.drafts.keys()].filter((key) => key.includes('update'))).toEqual([]);
  });

  it('keeps an update paused half-way, and --resume finishes it first', async () => {
    const first = walk([...START, ...UPDATE.slice(0, 3), 'pause'], LATE);
    expect(await first.run()).toBe(0);
    const second = walk(['publish', 'skip', 'skip', '', false, 'pause'], [], first.dir);
    expect(await second.run({ resume: true })).toBe(0);
    expect(second.printed()).toContain('la actualización pública que empezaste');
    expect(second.menus[0]!.message).toBe('Este mensaje para X (Twitter):');
    const events = readJournal(join(first.dir, 'incidents', readdirSync(join(first.dir, 'incidents'))[0]!)).events;
    expect(replay(events).published.filter((p) => p.step === '@update-1')).toMatchObject([{ channel: 'x' }]);
  });

  it('leaves a variable of the update with Esc for its menu, and goes back to it, as a step does', async () => {
    const [, open, what, ...rest] = UPDATE;
    const w = walk([...START, undefined, open, MORE, 'back', what, ...rest, 'pause'], LATE);
    expect(await w.run()).toBe(0);
    const menu = w.menus.find((m) => m.message === 'Esta actualización:')!;
    expect(menu.choices.slice(0, 3)).toEqual(['back', 'drop', 'note']);
    expect(menu.choices).not.toContain('update');
    const events = readJournal(join(w.dir, 'incidents', readdirSync(join(w.dir, 'incidents'))[0]!)).events;
    expect(replay(events).published.filter((p) => p.step === '@update-1')).toMatchObject([{ channel: 'x' }]);
  });

  it('publishes no update when its Esc menu says so, and says it with its time', async () => {
    const w = walk([...START, undefined, 'update', MORE, 'drop', 'pause'], LATE);
    expect(await w.run()).toBe(0);
    expect(w.printed()).toContain('Ninguna actualización publicada a las 22:35: Actualización');
    const events = readJournal(join(w.dir, 'incidents', readdirSync(join(w.dir, 'incidents'))[0]!)).events;
    expect(events.filter((e) => e.type === 'step' && e.step === '@update-1')).toMatchObject([{ status: 'skipped' }]);
    // Back where the update was opened: the short apology's menu on X, the update offered first again.
    expect(w.menus.at(-1)).toMatchObject({ message: 'Este mensaje para X (Twitter):' });
    expect(w.menus.at(-1)!.choices[0]).toBe('update');
  });
});

// The whole-crisis drill of the Spanish plan with an update at +58m: after the level fell to
// posible-crisis (60m) at +50m, but the crisis' 20m since 21:35 had already run out.
const SCRIPT = readFileSync(join(root, 'test/fixtures/scripts/crisis-miravista.yaml'), 'utf8');
const DRILL = SCRIPT.replace(
  '  - { at: +50m, level: posible-crisis, reason: La conversación se calma }\n',
  '  - { at: +50m, level: posible-crisis, reason: La conversación se calma }\n' +
    '  - { at: +58m, update: { vars: { novedad: ya hemos entregado la mitad }, published: { x: "https://x.com/miravista/status/5", facebook: "" } } }\n',
);

async function drill(script: string, args: string[] = []) {
  const dir = tempDir();
  writeFileSync(join(dir, 'script.yaml'), script);
  const playbook = planFile();
  const run = await crisis(
    ['escalate', '--script', 'script.yaml', '--playbook', playbook, '--incidents-dir', 'incidents', ...args],
    {
      cwd: dir,
      env: { TZ: 'America/New_York' },
    },
  );
  const journals = readdirSync(join(dir, 'incidents')).filter((f) => f.endsWith('.jsonl'));
  return { ...run, events: readJournal(join(dir, 'incidents', journals[0]!)).events };
}

/** The walkthrough's update line before each question, as the drill goes: each change once, however it wraps. */
function cadence(stdout: string): string[] {
  const lines: string[] = [];
  const said = /(?:[✔✖] Last public message at [^⏱]*)?⏱ Next public update (?:by|was due) [^)]*\)/g;
  for (const [line] of stdout.replace(/\s+/g, ' ').matchAll(said)) if (lines.at(-1) !== line) lines.push(line);
  return lines;
}

describe('the update cadence in a --script drill', () => {
  it('says each deadline the public messages set, each late update, by the script clock', async () => {
    const run = await drill(DRILL);
    expect(run.status).toBe(0);
    expect(cadence(run.stdout)).toEqual([
      // The short apology at 21:35 is part of the first response, not an update: nothing judged.
      '⏱ Next public update by 21:55 (20 min left)',
      '⏱ Next public update was due 21:55: 5 min late (last public message at 21:35)',
      // Above the update's message, as the walkthrough shows the deadlines above each message.
      '⏱ Next public update was due 21:55: 13 min late (last public message at 21:35)',
      '✖ Last public message at 22:08, 13 min late (due 21:55). ⏱ Next public update by 23:08 (1 h left)',
      '✖ Last public message at 22:08, 13 min late (due 21:55). ⏱ Next public update by 23:08 (8 min left)',
    ]);
    expect(run.stdout).toMatch(/\nIncident .* is closed\.[\s\S]*Write its report with: [\s\S]*\n$/);
  });

  it('says the update late at the message where it fell due, as the walkthrough does, not after the step', async () => {
    // The short apology goes out at 22:00, five minutes after the update fell due, in the same step.
    const late = SCRIPT.replace('  aviso-corto:\n', '  aviso-corto:\n    at: +50m\n')
      .replace('at: +40m, note', 'at: +55m, note')
      .replace('at: +45m, promise', 'at: +56m, promise')
      .replace('at: +50m, level', 'at: +57m, level');
    const run = await drill(late);
    expect(run.status).toBe(0);
    const screen = run.stdout.replace(/\s+/g, ' ');
    const step = screen.indexOf('▶ Publicar el aviso corto');
    const overdue = screen.indexOf('⏱ Next public update was due 21:55: 5 min late', step);
    expect(step).toBeGreaterThan(0);
    expect(overdue).toBeGreaterThan(step);
    expect(overdue).toBeLessThan(screen.indexOf('┌─ To publish on X (Twitter)', step));
    expect(overdue).toBeLessThan(screen.indexOf('Published on X (Twitter) at 22:00', step));
  });

  it('journals the update as the walkthrough does: its posts, then its end', async () => {
    const { events } = await drill(DRILL);
    const state = replay(events);
    expect(state.published.filter((p) => p.step === '@update-1')).toMatchObject([
      {
        response: 'actualizacion',
        channel: 'x',
        url: 'https://x.com/miravista/status/5',
        at: '2026-11-22T21:08:00.000Z',
      },
      { response: 'actualizacion', channel: 'facebook' },
    ]);
    expect(events.filter((e) => e.type === 'step' && e.step === '@update-1')).toMatchObject([{ status: 'done' }]);
  });

  it('says where the next update stands when the drill stops open, late here', async () => {
    // Open: the script's last time is a department's answer at +3h (00:10), kept though no close follows.
    const run = await drill(
      SCRIPT.replace(/\nclose:[\s\S]*$/, '\n').replace('atencion: { answered: +1h50m }', 'atencion: { answered: +3h }'),
    );
    const said = cadence(run.stdout);
    expect(said[0]).toBe('⏱ Next public update by 21:55 (20 min left)');
    expect(said.at(-1)).toMatch(
      /^⏱ Next public update was due Sun,\sNov\s22,\s21:55: 2 h 15 min late \(last public message/,
    );
    expect(run.events.at(-1)).toMatchObject({ type: 'answered', department: 'atencion' });
  });

  it('gives the new deadline a level change sets, and how long is left when the drill stops before it', async () => {
    const run = await drill(
      SCRIPT.replace(/\nclose:[\s\S]*$/, '\n')
        .replace('at: +50m, level', 'at: +40m, level')
        .replace('atencion: { answered: +1h50m }, ', ''),
    );
    expect(cadence(run.stdout).slice(-2)).toEqual([
      '⏱ Next public update by 22:35 (45 min left)',
      // The promise at +45m is the script's last time.
      '⏱ Next public update by 22:35 (40 min left)',
    ]);
  });

  it('names the key of an update the plan cannot render', async () => {
    const run = await drill(DRILL.replace('vars: { novedad: ya hemos entregado la mitad }', 'vars: {}'));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/script\.yaml:\d+:\d+ .*events\[3\]\.update\.vars\.novedad/);
  });
});

describe('the update cadence in the report (md, html, json)', () => {
  async function reported(format: string) {
    const dir = tempDir();
    writeFileSync(join(dir, 'script.yaml'), DRILL);
    const playbook = planFile();
    const base = ['--playbook', playbook, '--incidents-dir', 'incidents'];
    expect((await crisis(['escalate', '--script', 'script.yaml', ...base], { cwd: dir })).status).toBe(0);
    return (await crisis(['report', '--format', format, ...base], { cwd: dir, env: { TZ: 'America/New_York' } }))
      .stdout;
  }

  it('gives the metrics, and marks which messages were updates and which came late, in JSON', async () => {
    const json = JSON.parse(await reported('json'));
    // By the UTC clock: statement and short apology at 20:35, the first response, no update; the
    // update at 21:08, 13 min late; the next (posible-crisis, 60m) owed at 22:08, closed at 22:10.
    expect(json.metrics).toMatchObject({ updatesOnTime: 0, updatesDue: 2, longestSilenceMinutes: 62 });
    const marks = json.messages.map((m: Record<string, unknown>) =>
      [m.step, m.channel, m.update ?? '-', m.late ?? '-', m.minutesLate ?? '-'].join(' '),
    );
    expect(marks).toEqual([
      'comunicado facebook - - -', // the first public response
      'aviso-corto x - - -', // the short apology is part of the first response, no update
      'aviso-corto instagram - - -', // the same news on a second channel is judged once
      'avisar-equipo team - - -', // internal: no update
      '@update-1 x true true 13',
      '@update-1 facebook - - -',
    ]);
  });

  it('says the metrics in the plan language, and marks the late update, in Markdown and HTML', async () => {
    const md = (await reported('md')).replaceAll('\u00a0', ' ');
    expect(md).toContain('- **Actualizaciones a tiempo (desde la primera respuesta pública)**: 0 de 2');
    expect(md).toContain('- **Silencio más largo (desde la primera respuesta pública)**: 1 h 2 min');
    expect(md).toMatch(
      /### X \(Twitter\), domingo, 22 de nov de 2026, 22:08 \*\*actualización con 13 min de retraso\*\*/,
    );
    const html = (await reported('html')).replaceAll('\u00a0', ' ');
    expect(html).toContain('<span class="missed">actualización con 13 min de retraso</span>');
  });
});

describe('the next update of each open incident in crisis incidents', () => {
  /** The whole-crisis drill (closed), and the same left open the next morning (clock 09:00 in Madrid). */
  async function incidentsDir() {
    const dir = copy();
    writeFileSync(join(dir, 'closed.yaml'), SCRIPT);
    const open = SCRIPT.replace(/\nclose:[\s\S]*$/, '\n').replace(
      'clock: 2026-11-22T21:10:00+01:00',
      'clock: 2026-11-23T09:00:00+01:00',
    );
    writeFileSync(join(dir, 'open.yaml'), open);
    for (const script of ['closed.yaml', 'open.yaml'])
      expect((await crisis(['escalate', '--script', script], { cwd: dir })).status).toBe(0);
    return dir;
  }

  it('gives it in --json: due, since, level, overdue and minutes left; none for a closed one', async () => {
    const dir = await incidentsDir();
    const rows = JSON.parse((await crisis(['incidents', '--json'], { cwd: dir })).stdout);
    // Statement at 08:25 UTC; crisis (20m) until 08:50, when the 08:45 deadline had already passed.
    expect(rows[0]).toMatchObject({
      status: 'open',
      nextUpdate: {
        due: '2026-11-23T08:45:00.000Z',
        since: '2026-11-23T08:25:00.000Z',
        level: 'crisis',
        overdue: true,
      },
    });
    expect(rows[0].nextUpdate.minutesLeft).toBeLessThan(0);
    expect(rows[1]).toMatchObject({ status: 'closed', nextUpdate: null });
  });

  it('gives none once the public closing message is out, though the incident is still open', async () => {
    const dir = await incidentsDir();
    const [open] = readdirSync(join(dir, 'incidents')).filter(
      (name) => name.endsWith('.jsonl') && !readFileSync(join(dir, 'incidents', name), 'utf8').includes('"closed"'),
    );
    const farewell = { type: 'published', at: '2026-11-23T08:55:00.000Z', response: 'cierre', channel: 'x' };
    appendFileSync(
      join(dir, 'incidents', open!),
      `${JSON.stringify({ ...farewell, text: 'Caso cerrado.', edited: false })}\n`,
    );
    const rows = JSON.parse((await crisis(['incidents', '--json'], { cwd: dir })).stdout);
    expect(rows[0]).toMatchObject({ status: 'open', nextUpdate: null });
    expect((await crisis(['incidents'], { cwd: dir })).stdout).not.toMatch(/update/);
  });

  it('words a due time of another day for it, in Spanish and in English', async () => {
    const dir = await incidentsDir();
    const line = async (lang: string | undefined) =>
      (await crisis(['incidents'], { cwd: dir, env: { CRISIS_LANG: lang } })).stdout
        .replaceAll('\u00a0', ' ')
        .split('\n')[1];
    expect(await line(undefined)).toMatch(
      / · actualización con [\d a-zí]+ de retraso \(vencía el lunes, 23 nov a las 09:45\)  /,
    );
    // English asked for: English dates, on the brand's 24-hour clock.
    expect(await line('en')).toMatch(/ · update [\d a-z]+ late \(due Mon, Nov 23, 09:45\)  /);
  });

  it('says it on the line of the incident, on the plan clock: late, or what is left', async () => {
    const dir = await incidentsDir();
    const [, late] = (await crisis(['incidents'], { cwd: dir })).stdout.replaceAll('\u00a0', ' ').split('\n');
    expect(late).toMatch(/^OPEN .* · update [\d a-z]+ late \(due Mon, Nov 23, 09:45\)  /);
    const stdout = new PassThrough();
    let printed = '';
    stdout.on('data', (chunk) => (printed += chunk));
    const ctx = createContext(['incidents', '--json'], '0.0.0', {
      cwd: dir,
      env: { NO_COLOR: '1', TZ: 'America/New_York', CRISIS_LANG: 'en' },
      streams: { stdout, stderr: new PassThrough() },
      interactive: false,
    });
    // At 09:30 in Madrid, five minutes after the statement: 15 minutes left, due at 09:45.
    await incidents({}, ctx, new Date('2026-11-23T08:30:00Z'));
    expect(printed.replaceAll('\u00a0', ' ')).toMatch(/^OPEN .* · next update by 09:45 \(15 min left\)  /m);
  });
});
