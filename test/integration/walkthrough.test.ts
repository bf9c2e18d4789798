import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createContext, speakingThePlan } from '../../src/cli/context.js';
import { readJournal } from '../../src/cli/incident-store/journal-file.js';
import { loadPlaybook } from '../../src/cli/load-playbook.js';
import { MORE } from '../../src/cli/prompts.js';
import { CTRL_C, scriptedPrompter } from '../scripted-prompter.js';
import { interactive } from '../../src/cli/escalate/interactive.js';
import { replay } from '../../src/escalate/replay.js';
import { example } from '../helpers.js';

// The interactive walkthrough in-process, answered by the scripted prompter, with a clock that
// starts at 21:10 UTC (22:10 in Madrid) and moves one minute per reading.
function session(dir: string, argv: string[] = []) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let printed = '';
  let diagnostics = '';
  stdout.on('data', (chunk) => (printed += chunk));
  stderr.on('data', (chunk) => (diagnostics += chunk));
  const base = createContext(argv, '0.0.0', {
    cwd: dir,
    env: { NO_COLOR: '1' },
    streams: { stdout, stderr },
    interactive: true,
  });
  const { file, playbook, textOf } = loadPlaybook(undefined, base);
  const ctx = speakingThePlan(base, playbook);
  let minute = 0;
  const now = () => new Date(Date.UTC(2026, 10, 22, 21, 10 + minute++));
  let asked: string[] = [];
  let keys: Array<string | undefined> = [];
  const run = async (answers: unknown[], options: { resume?: string | boolean; as?: string } = {}) => {
    const prompter = scriptedPrompter(answers);
    const code = await interactive(options, ctx, playbook, file, textOf, async () => prompter, now);
    asked = prompter.asked;
    keys = prompter.keys;
    return code;
  };
  const journals = () => readdirSync(join(dir, 'incidents')).filter((f) => f.endsWith('.jsonl'));
  const events = () => readJournal(join(dir, 'incidents', journals()[0]!)).events;
  return {
    run,
    events,
    journals,
    journal: () => replay(events()),
    asked: () => asked,
    keys: () => keys,
    printed: () => printed,
    diagnostics: () => diagnostics,
  };
}

const OPEN = ['Un periodista publica las quejas por retrasos https://x.com/ana/status/1', '-10m'];
const TRIAGE = ['Es viral o lo recogen medios'];
/** Opened, triaged, three contacts reached, two steps done, the apology's two variables: its preview is next. */
const TO_APOLOGY = [...OPEN, ...TRIAGE, ['jorge', 'agencia', 'lucia'], 'done', 'done', 'el retraso', 'lo arreglamos'];

describe('the interactive walkthrough', () => {
  it("leads a whole crisis in the plan's language and records it all in the journal", async () => {
    const dir = example();
    const s = session(dir, []);
    const answers = [
      ...OPEN,
      ...TRIAGE,
      ['agencia', 'lucia'], // jorge unreachable: his backup sofía is called next
      'sofia', // who is on duty: sofía, so she is not asked about herself
      'done', // reunir
      'done', // pedir-datos (asks atencion and logistica)
      'el retraso en las entregas',
      'entregaremos esta semana',
      'publish',
      'publish',
      'https://facebook.com/miravista/posts/1 https://miravista.example/blog/1', // comunicado
      undefined,
      'edit',
      'Perdón por el retraso en las entregas: https://miravista.example/comunicado #MiravistaInforma',
      'publish',
      'skip',
      'https://x.com/m/2', // aviso-corto
      'promise',
      '@ana_lopez',
      'Cambio de gafas gratis',
      undefined, // due: Enter takes the plan's promise_within, 48h
      'jorge', // an action at any time, then the step again
      'skipped',
      'No hace falta', // influencers
      'todos los pedidos entregados',
      'publish',
      'skip',
      '', // cierre
      undefined, // write the statement page again, with the closing? yes (the default)
      undefined, // where: beside the journal (the default)
      'close',
      'Pedidos entregados',
      'Avisar antes de los retrasos del proveedor',
    ];
    expect(await s.run(answers)).toBe(0);
    // Each question carries the stable key a drill script answers it by, whatever the language.
    expect(s.keys()).toEqual([
      'incident.summary',
      'incident.detected_at',
      'triage.alcance',
      'notify',
      'on-duty',
      'steps.reunir',
      'steps.pedir-datos',
      'steps.comunicado.vars.problema',
      'steps.comunicado.vars.solucion',
      'steps.comunicado.published.facebook',
      'steps.comunicado.published.web',
      'steps.comunicado.published',
      'steps.aviso-corto.vars.problema',
      'steps.aviso-corto.published.x',
      'steps.aviso-corto.text.x',
      'steps.aviso-corto.published.x',
      'steps.aviso-corto.published.instagram',
      'steps.aviso-corto.published',
      'steps.influencers',
      'promise.to',
      'promise.what',
      'promise.due',
      'promise.approved_by',
      'steps.influencers',
      'steps.influencers.reason',
      'steps.cierre.vars.resultado',
      'steps.cierre.published.x',
      'steps.cierre.published.facebook',
      'steps.cierre.published',
      'statement.offer',
      'statement.out',
      'close',
      'close.resolution',
      'close.lessons',
    ]);
    const state = s.journal();
    expect(state).toMatchObject({
      summary: 'Un periodista publica las quejas por retrasos',
      link: 'https://x.com/ana/status/1',
      channel: 'x',
      onDuty: 'sofia',
    });
    expect(state.levels.map((l) => l.level)).toEqual(['crisis']);
    expect([...state.contacts].map(([id, c]) => `${id}:${c.status}`)).toEqual([
      'jorge:unreachable',
      'agencia:reached',
      'lucia:reached',
      'sofia:reached',
    ]);
    expect([...state.departments.keys()]).toEqual(['atencion', 'logistica']);
    expect(state.published.map((p) => `${p.step}/${p.channel}${p.edited ? ' edited' : ''} ${p.url ?? '-'}`)).toEqual([
      'comunicado/facebook https://facebook.com/miravista/posts/1',
      'comunicado/web https://miravista.example/blog/1',
      'aviso-corto/x edited https://x.com/m/2',
      'cierre/x -',
    ]);
    expect([...state.promises.values()]).toMatchObject([
      { to: '@ana_lopez', what: 'Cambio de gafas gratis', approved_by: 'jorge' },
    ]);
    // 48h from when the due question was answered; the test's clock moves a minute per reading.
    const [made] = [...state.promises.values()];
    const hours = (Date.parse(made!.due!) - Date.parse(made!.at)) / 3_600_000;
    expect(hours).toBeGreaterThan(47.9);
    expect(hours).toBeLessThanOrEqual(48);
    expect(state.steps.get('influencers')).toMatchObject({ status: 'skipped', reason: 'No hace falta' });
    expect(state.closed).toMatchObject({ resolution: 'Pedidos entregados' });
    expect((Date.parse(state.openedAt) - Date.parse(state.detectedAt)) / 60_000).toBeGreaterThanOrEqual(8);
    // The plan is Spanish: so is every line, though the machine speaks no Spanish.
    const screen = s.printed().replace(/\s+/g, ' ');
    expect(screen).toContain('Visto por primera vez a las ');
    expect(screen).toContain('Jorge Ibáñez no está localizable: haces tú de suplente');
    expect(screen).toContain('★ Valencia de Barrio @valenciadebarrio · tiktok · 120.000');
    expect(screen).toContain('Cuentan historias de tiendas de barrio');
    expect(screen).toContain('Escribe su informe con: crisis report ');
    expect(s.asked()).not.toContain('¿Has localizado a Sofía Martín?');
    // The statement page: how to write it once the statement is out, then written again with the closing.
    const id = state.id;
    expect(screen).toContain(
      `Escribe la página a la que enlazan las disculpas breves con: crisis statement ${id} --out ${id}.html`,
    );
    expect(screen).toContain(
      `Página del comunicado escrita en ${id}.html. Súbela a https://miravista.example/comunicado.`,
    );
    const html = readFileSync(join(dir, `${id}.html`), 'utf8');
    expect(html).toContain('<h2 id="updates">Actualizaciones</h2>');
    expect(html).toContain('Gracias por vuestra paciencia: todos los pedidos entregados.');
  });

  it('asks the short apology\'s "what happened" with the statement\'s answer as default', async () => {
    const dir = example();
    const s = session(dir);
    await s.run([...TO_APOLOGY, 'publish', 'publish', '', undefined, 'pause']);
    expect(s.journal().drafts.get('vars.aviso-corto.problema')).toBe('el retraso');
  });

  it('makes "Edit it" the default when a message fails a check that is an error, and gives the real hashtag to add', async () => {
    const dir = example();
    const s = session(dir);
    const answers = [
      ...TO_APOLOGY,
      'publish',
      'publish',
      '',
      undefined,
      'edit',
      'Perdón por el retraso',
      undefined,
      CTRL_C,
    ];
    expect(await s.run(answers)).toBe(130);
    expect(s.journal().published.filter((p) => p.step === 'aviso-corto')).toEqual([]);
    expect(s.diagnostics()).toContain('añade #MiravistaInforma');
    expect(s.diagnostics()).not.toContain('{{brand.hashtag}}');
  });

  it('makes "Edit it" the default for a topic to avoid too, and asks before recording it published', async () => {
    const dir = example();
    const s = session(dir);
    const football = 'Perdón por el fútbol: https://miravista.example/comunicado #MiravistaInforma';
    const start = [...TO_APOLOGY, 'publish', 'publish', '', undefined, 'edit', football];
    // Enter: the default edits it again; publishing asks first, and No keeps it unpublished.
    expect(await s.run([...start, undefined, CTRL_C])).toBe(130);
    expect(s.keys().at(-1)).toBe('steps.aviso-corto.text.x');
    expect(await s.run(['publish', undefined, CTRL_C], { resume: true })).toBe(130);
    expect(s.keys().slice(-2)).toEqual(['steps.aviso-corto.confirm.x', 'steps.aviso-corto.published.x']);
    expect(s.journal().published.filter((p) => p.step === 'aviso-corto')).toEqual([]);
    expect(s.diagnostics()).toContain('fútbol');
  });

  it('records which checks a message failed when it was edited before publishing, for the report', async () => {
    const dir = example();
    const s = session(dir);
    const long = `el retraso ${'en las entregas '.repeat(20)}`.trim();
    const answers = [
      ...OPEN,
      ...TRIAGE,
      ['jorge', 'agencia', 'lucia'],
      'done',
      'done',
      long,
      'lo arreglamos',
      'publish',
      'publish',
      '',
      undefined, // the short apology's "what happened": the same, far too long for X
      'edit',
      'Perdón por el retraso: https://miravista.example/comunicado #MiravistaInforma',
      'publish',
      'skip',
      'https://x.com/m/2',
      'pause',
    ];
    expect(await s.run(answers)).toBe(0);
    const edited = s.events().filter((event) => event.type === 'published' && event.step === 'aviso-corto');
    expect(edited).toMatchObject([{ channel: 'x', edited: true, failed_checks: ['message-too-long'] }]);
    // A message published as rendered records none.
    expect(s.events().filter((event) => event.type === 'published' && 'failed_checks' in event)).toHaveLength(1);
  });

  it('lets a message step be left for later before its variables are asked (Esc)', async () => {
    const dir = example();
    const s = session(dir);
    await s.run([...OPEN, ...TRIAGE, ['jorge', 'agencia', 'lucia'], 'done', 'done', MORE, 'later', MORE, 'pause']);
    expect(s.journal().steps.get('comunicado')).toMatchObject({ status: 'later' });
    expect(s.asked()).not.toContain(
      'Qué hacemos para solucionarlo (p. ej. entregaremos todos los pedidos pendientes esta semana)',
    );
  });

  it('does not ask a variable again after a note taken at the same step', async () => {
    const dir = example();
    const s = session(dir);
    await s.run([
      ...OPEN,
      ...TRIAGE,
      ['jorge', 'agencia', 'lucia'],
      'done',
      'done',
      'el retraso',
      MORE,
      'note',
      'Llamó un periodista',
      'lo arreglamos',
      'pause',
    ]);
    const asked = s.asked().filter((q) => q.startsWith('Qué ha pasado'));
    expect(asked).toHaveLength(1);
  });

  it('shows an internal notice to send to the team, and records it as sent, not published', async () => {
    const dir = example();
    const s = session(dir);
    await s.run([
      ...OPEN,
      'Varios clientes se quejan de lo mismo',
      'Un cliente con pocos seguidores',
      'No',
      ['jorge', 'lucia'],
      'varios clientes se quejan de retrasos',
      'publish',
      'pause',
    ]);
    const [notice] = s.journal().published;
    expect(notice).toMatchObject({ step: 'avisar-equipo', channel: 'team', audience: 'internal' });
    expect(s.printed()).toContain('Para enviar al equipo');
    expect(s.printed()).toContain('No respondáis en redes por vuestra cuenta');
  });

  it('offers a private reply only on channels with private messages, and labels it private', async () => {
    const dir = example();
    const s = session(dir);
    const answers = [
      ...OPEN,
      'Un comentario aislado',
      'Un cliente con pocos seguidores',
      'No',
      '@ana',
      'publish',
      'skip',
      'skip',
      '', // responder (public, on X only)
      'Ana',
      'MV-1',
      'te enviamos unas gafas',
      'x',
      'publish',
      'pause',
    ];
    await s.run(answers);
    const state = s.journal();
    expect(state.published.at(-1)).toMatchObject({ step: 'responder-privado', channel: 'x', audience: 'private' });
    expect(s.printed()).toContain('Mensaje privado en X (Twitter)');
  });

  it('pauses, and --resume shows a recap and continues at the next unanswered question', async () => {
    const dir = example();
    const first = session(dir);
    expect(await first.run([...OPEN, ...TRIAGE, ['jorge', 'agencia', 'lucia'], 'pause'])).toBe(0);
    expect(first.printed()).toMatch(/Guardado\. Continúa con: crisis escalate --resume \d{8}-\d{4}-[0-9a-f]{4}/);
    const second = session(dir);
    expect(await second.run(['done', 'pause'], { resume: true })).toBe(0);
    expect(second.printed()).toMatch(
      /Incidente \d{8}-\d{4}-[0-9a-f]{4}: Un periodista publica las quejas por retrasos/,
    );
    expect(second.printed()).toContain('Localizados: Jorge Ibáñez, Marta Soler, Lucía Ferrer');
    expect(second.printed()).toContain('Siguiente: Reunir a los responsables y acordar el mensaje');
    expect(second.journal().steps.get('reunir')?.status).toBe('done');
  });

  it.each([
    ['the summary', [CTRL_C], 0],
    ['the first-seen time, after the summary and its link', [OPEN[0], CTRL_C], 2],
    ['the second triage question, after the first', [...OPEN, 'Un comentario aislado', CTRL_C], 4],
  ])('Ctrl-C at %s keeps every answer confirmed before it', async (_, answers, kept) => {
    const dir = example();
    const s = session(dir);
    expect(await s.run(answers as unknown[])).toBe(130);
    if (kept === 0) {
      expect(s.journals()).toEqual([]);
      expect(s.diagnostics()).toContain('No se ha guardado nada');
      expect(s.diagnostics()).not.toContain('--resume');
      return;
    }
    expect(s.events().filter((e) => e.type === 'answer')).toHaveLength(kept);
    expect(s.diagnostics()).toContain('--resume');
    const again = session(dir);
    expect(await again.run([CTRL_C], { resume: true })).toBe(130);
    expect(again.asked()).toHaveLength(1);
    expect(again.asked()[0]).not.toMatch(/Qué está pasando|Cuánta gente/);
  });

  it('keeps a level chosen by hand when stopped before its reason, and asks only the reason on resume', async () => {
    const dir = example();
    const first = session(dir);
    expect(
      await first.run([...OPEN, ...TRIAGE, ['jorge', 'agencia', 'lucia'], 'level', 'posible-crisis', CTRL_C]),
    ).toBe(130);
    const second = session(dir);
    expect(await second.run(['Se ha calmado', MORE, 'pause'], { resume: true })).toBe(0);
    expect(second.asked()[0]).toBe('¿Por qué? (queda anotado)');
    expect(second.journal().levels.map((l) => l.level)).toEqual(['crisis', 'posible-crisis']);
  });

  it('takes the on-duty person from --as, and never asks them about themselves', async () => {
    const dir = example('en-northside-bakery');
    const s = session(dir);
    await s.run(
      [
        'A customer says our cake made her ill https://x.com/k/status/9',
        '',
        'It is spreading fast, or the press asked',
        ['helen', 'dietitian'],
        CTRL_C,
      ],
      { as: 'tom' },
    );
    expect(s.asked()).not.toContain('Did you reach Tom Walsh?');
    expect(s.journal().contacts.get('tom')?.status).toBe('reached');
  });

  it("reads a typed time on the brand's clock (Madrid), whatever the machine's, and refuses one still to come", async () => {
    const dir = example();
    const s = session(dir);
    // The clock reads 21:10 UTC, 22:10 in Madrid: "22:05" is five minutes ago there.
    await s.run([OPEN[0], '22:05', CTRL_C]);
    expect(s.events().find((e) => e.type === 'answer' && e.key === 'open.detected')).toMatchObject({
      value: '2026-11-22T21:05:00.000Z',
    });
    expect(s.printed()).toContain('Visto por primera vez a las 22:05.');
    const later = session(example());
    await expect(later.run([OPEN[0], '23:30'])).rejects.toThrow(/Esa hora aún no ha llegado/);
  });

  it("asks when a promise is due on the brand's clock, keeps the answer on a stop, and refuses a time gone", async () => {
    const dir = example();
    const first = session(dir);
    const promise = ['promise', '@ana_lopez', 'Reembolso del pedido'];
    // 18:00 tomorrow in Madrid is 17:00 UTC, whatever the machine's zone.
    expect(
      await first.run([...OPEN, ...TRIAGE, ['jorge', 'agencia', 'lucia'], ...promise, '2026-11-23 18:00', CTRL_C]),
    ).toBe(130);
    expect(first.asked()).toContain('¿Para cuándo? 48h, 2d, 18:00 o 2026-11-24 18:00, hora de la marca; con Intro:');
    const second = session(dir);
    expect(await second.run(['jorge', 'pause'], { resume: true })).toBe(0);
    expect(second.asked()[0]).toBe('Aprobado por');
    expect([...second.journal().promises.values()]).toMatchObject([
      { to: '@ana_lopez', what: 'Reembolso del pedido', approved_by: 'jorge', due: '2026-11-23T17:00:00.000Z' },
    ]);
    expect(second.printed().replace(/\s+/g, ' ')).toContain(
      'Promesa anotada: Reembolso del pedido, a @ana_lopez, para las 18:00 del lunes, 23 nov.',
    );
    // 22:00 in Madrid has passed: it is 22:1x there.
    const late = session(example());
    await expect(late.run([...OPEN, ...TRIAGE, ['jorge', 'agencia', 'lucia'], ...promise, '22:00'])).rejects.toThrow(
      /Esa hora ya ha pasado/,
    );
  });

  it('records a promise with no due date when the plan sets none and Enter is pressed', async () => {
    const dir = example();
    const plan = join(dir, 'crisis.yaml');
    writeFileSync(plan, readFileSync(plan, 'utf8').replace(/^ {4}promise_within: .*\n/m, ''));
    const s = session(dir);
    await s.run([
      ...OPEN,
      ...TRIAGE,
      ['jorge', 'agencia', 'lucia'],
      'promise',
      '@ana',
      'Una funda',
      '',
      'jorge',
      'pause',
    ]);
    expect(s.asked()).toContain(
      '¿Para cuándo? 48h, 2d, 18:00 o 2026-11-24 18:00, hora de la marca (Intro: sin fecha límite)',
    );
    const [made] = [...s.journal().promises.values()];
    expect(made).toMatchObject({ to: '@ana', what: 'Una funda' });
    expect(made!.due).toBeUndefined();
    expect(s.events().find((e) => e.type === 'promise')).not.toHaveProperty('due');
  });

  it('journals a message copied to the clipboard, and still asks whether it was published', async () => {
    const dir = example();
    const s = session(dir);
    await s.run([...TO_APOLOGY, 'copy', CTRL_C]);
    expect(s.journal().handoffs).toMatchObject([{ step: 'comunicado', channel: 'facebook', via: 'osc52' }]);
    expect(s.printed()).toContain('\u001b]52;c;');
  });

  it('shows a step whose deadline has passed as late, in red words', async () => {
    const dir = example();
    const s = session(dir);
    // First seen 40 minutes ago: "reunir" (15m) was due long before the question comes up.
    await s.run([OPEN[0], '-40m', ...TRIAGE, ['jorge', 'agencia', 'lucia'], CTRL_C]);
    expect(s.printed().replace(/\s+/g, ' ')).toMatch(
      /Reunir a los responsables y acordar el mensaje · Jorge Ibáñez · con retraso desde las \d\d:\d\d/,
    );
  });
  it('offers the statement page once per update: declined, it is not asked again on --resume', async () => {
    const dir = example();
    const first = session(dir);
    const answers = [
      ...TO_APOLOGY,
      'publish',
      'skip',
      '', // comunicado, on Facebook only: the statement is out
      undefined,
      'publish',
      'skip',
      '', // aviso-corto
      'skipped',
      'No hace falta', // influencers
      'todos los pedidos entregados',
      'publish',
      'skip',
      '', // cierre: a closing, so the page is offered
      false, // no, not now
      'pause',
    ];
    expect(await first.run(answers)).toBe(0);
    const offer = '¿Escribo de nuevo la página del comunicado, con esta actualización?';
    expect(first.asked().filter((question) => question === offer)).toHaveLength(1);
    expect(first.asked()).not.toContain('¿Dónde escribo la página del comunicado?');
    expect(readdirSync(dir).filter((name) => name.endsWith('.html'))).toEqual([]);
    const second = session(dir);
    expect(await second.run(['pause'], { resume: true })).toBe(0);
    expect(second.asked()).not.toContain(offer);
  });
});
