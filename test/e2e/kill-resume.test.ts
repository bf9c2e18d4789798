import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJournal } from '../../src/cli/incident-store/journal-file.js';
import type { IncidentEvent } from '../../src/escalate/events.js';
import { hasScript, KEY, startOnTerminal } from '../../scripts/pty-session.js';
import { root, example } from '../helpers.js';
import { crisis } from '../integration/run-cli.js';

// The interactive walkthrough on a real terminal, killed with SIGKILL right after each kind of
// answer is confirmed (the next question is on the screen), then resumed: nothing confirmed is
// lost, and the resumed walkthrough asks nothing twice, and answers on from there.
type Session = ReturnType<typeof startOnTerminal>;
const down = (n: number) => KEY.down.repeat(n);

// Each kind: the answers up to and including it, the question that must follow it, and what the journal must hold.
const OPENING = async (t: Session) =>
  t.answer('¿Qué está pasando', `Queja viral https://x.com/ana/status/1${KEY.enter}`);
const SEEN = async (t: Session) => t.answer('¿Cuándo lo vio', KEY.enter);
const VIRAL = async (t: Session) => t.answer('¿Cuánta gente', `${down(2)}${KEY.enter}`);
const CALLED = async (t: Session) => t.answer('Marca a quién', `a${KEY.enter}`);
const REUNIR = async (t: Session) => t.answer('Este paso:', KEY.enter);
const PEDIR = async (t: Session) => t.answer('Este paso:', KEY.enter);
const PROBLEMA = async (t: Session) => t.answer('Qué ha pasado', `el retraso${KEY.enter}`);
const SOLUCION = async (t: Session) => t.answer('Qué hacemos', `lo arreglamos${KEY.enter}`);

interface Kind {
  kind: string;
  /** The answers after the previous kind's question (from the start for the first of a chain). */
  answers: Array<(t: Session) => Promise<void>>;
  next: string;
  kept: (events: IncidentEvent[]) => boolean;
  /** What `crisis incidents --json` then says of it. */
  listed?: Record<string, string>;
}

// Kinds on one path through the plan share a chain of sessions: killed after one kind, resumed,
// checked, answered on to the next kind and killed again, so each kind costs one terminal session.
const chains: Kind[][] = [
  [
    {
      kind: 'opening',
      answers: [OPENING],
      next: '¿Cuándo lo vio',
      kept: (e) => e.some((x) => x.type === 'answer' && x.value === 'Queja viral'),
    },
    {
      kind: 'triage',
      answers: [SEEN, async (t) => t.answer('¿Cuánta gente', KEY.enter)],
      next: '¿Quién ha publicado',
      kept: (e) => e.some((x) => x.type === 'answer' && x.key === 'triage.alcance'),
    },
  ],
  [
    {
      kind: 'contact',
      answers: [OPENING, SEEN, VIRAL, CALLED],
      next: '▶ Reunir',
      kept: (e) => e.filter((x) => x.type === 'contact').length === 3,
      // Past the triage that made it a crisis: open, not left unfinished.
      listed: { status: 'open', level: 'crisis' },
    },
    {
      kind: 'step',
      answers: [REUNIR],
      next: '▶ Pedir a atención',
      kept: (e) => e.some((x) => x.type === 'step' && x.step === 'reunir'),
    },
    {
      kind: 'message variable',
      answers: [PEDIR, PROBLEMA],
      next: 'Qué hacemos',
      kept: (e) => e.some((x) => x.type === 'answer' && x.key === 'vars.comunicado.problema'),
    },
    {
      kind: 'publish',
      answers: [SOLUCION, async (t) => t.answer('Este mensaje para Facebook', KEY.enter)],
      next: 'Este mensaje para Blog',
      kept: (e) => e.some((x) => x.type === 'published' && x.channel === 'facebook'),
    },
  ],
  [
    {
      kind: 'level override',
      next: '¿Por qué?',
      answers: [
        OPENING,
        SEEN,
        VIRAL,
        CALLED,
        async (t) => t.answer('Este paso:', `${down(5)}${KEY.enter}`),
        async (t) => t.answer('¿Qué nivel?', KEY.enter),
      ],
      kept: (e) => e.some((x) => x.type === 'answer' && x.key === 'level.choice'),
    },
  ],
  [
    {
      kind: 'promise',
      answers: [
        OPENING,
        SEEN,
        VIRAL,
        CALLED,
        async (t) => t.answer('Este paso:', `${down(4)}${KEY.enter}`),
        async (t) => t.answer('¿A quién', `@ana${KEY.enter}`),
      ],
      next: '¿Qué se ha prometido',
      kept: (e) => e.some((x) => x.type === 'answer' && x.key === 'promise.to' && x.value === '@ana'),
    },
  ],
];

describe.skipIf(!hasScript)('a comment pasted in the walkthrough, then SIGKILL', () => {
  it('is in the queue once its link was confirmed, before its words are typed', async () => {
    const dir = example();
    const incidents = join(dir, 'incidents');
    const argv = [join(root, 'bin/crisis.js'), 'escalate', '--incidents-dir', incidents];
    const session = startOnTerminal({ argv, cwd: dir, marker: incidents });
    for (const answer of [OPENING, SEEN, VIRAL, CALLED]) await answer(session);
    await session.answer('Este paso:', `${down(6)}${KEY.enter}`);
    await session.answer('Añadir un comentario', KEY.enter);
    await session.answer('Enlace del comentario', `x.com/marta/status/7${KEY.enter}`);
    await session.when('Su texto');
    expect(await session.kill()).toBeGreaterThan(0);
    const list = await crisis(['comments', '--json', '--incidents-dir', incidents], { cwd: dir });
    expect(JSON.parse(list.stdout).comments).toMatchObject([{ link: 'https://x.com/marta/status/7' }]);
  });
});

/** A resumed session already waited for `next`: the first answer to it is typed without waiting again. */
function answeringFrom(session: Session, next: string): Session {
  let first = true;
  return {
    ...session,
    answer: async (question, keys, count) => {
      if (first && question === next) session.type(keys, count);
      else await session.answer(question, keys, count);
      first = false;
    },
  };
}

describe.skipIf(!hasScript)('crisis escalate killed with SIGKILL after each kind of answer', () => {
  it.each(chains.map((chain) => [chain.map((k) => k.kind).join(', then '), chain] as const))(
    'keeps the %s answer, and resumes at the next question',
    async (_, chain) => {
      const dir = example();
      const incidents = join(dir, 'incidents');
      const argv = [join(root, 'bin/crisis.js'), 'escalate', '--incidents-dir', incidents];
      let session = startOnTerminal({ argv, cwd: dir, marker: incidents });
      let at: string | undefined;
      let kept = 0;
      for (const { answers, next, kept: keeps, listed } of chain) {
        const t = at === undefined ? session : answeringFrom(session, at);
        for (const answer of answers) await answer(t);
        await session.when(next);
        expect(await session.kill()).toBeGreaterThan(0);

        const [name] = readdirSync(incidents).filter((file) => file.endsWith('.jsonl'));
        const events = readJournal(join(incidents, name!)).events;
        expect(keeps(events)).toBe(true);
        // Nothing confirmed before the last resume is lost.
        expect(events.length).toBeGreaterThanOrEqual(kept);
        kept = events.length;
        // In-process: the list is not what was killed.
        if (listed) {
          const list = await crisis(['incidents', '--json', '--incidents-dir', incidents], { cwd: dir });
          expect(JSON.parse(list.stdout)).toMatchObject([listed]);
        }

        // The killed process's lock is stale: --resume takes it over and asks the next question first.
        session = startOnTerminal({ argv: [...argv, '--resume'], cwd: dir, marker: incidents });
        await session.when(next);
        const screen = session.screen();
        const before = screen.slice(0, screen.indexOf(next));
        for (const earlier of ['¿Qué está pasando', '¿Cuánta gente', 'Marca a quién', '▶ Reunir', 'Qué ha pasado']) {
          if (earlier !== next) expect(before).not.toContain(earlier);
        }
        at = next;
      }
      await session.kill();
      const [name] = readdirSync(incidents).filter((file) => file.endsWith('.jsonl'));
      expect(readJournal(join(incidents, name!)).events.length).toBeGreaterThanOrEqual(kept);
    },
  );
});
