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
// lost, and the resumed walkthrough asks nothing twice.
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

const cases: Array<{
  kind: string;
  answers: Array<(t: Session) => Promise<void>>;
  next: string;
  kept: (events: IncidentEvent[]) => boolean;
  /** What `crisis incidents --json` then says of it. */
  listed?: Record<string, string>;
}> = [
  {
    kind: 'opening',
    answers: [OPENING],
    next: '¿Cuándo lo vio',
    kept: (e) => e.some((x) => x.type === 'answer' && x.value === 'Queja viral'),
  },
  {
    kind: 'triage',
    answers: [OPENING, SEEN, async (t) => t.answer('¿Cuánta gente', KEY.enter)],
    next: '¿Quién ha publicado',
    kept: (e) => e.some((x) => x.type === 'answer' && x.key === 'triage.alcance'),
  },
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
    answers: [OPENING, SEEN, VIRAL, CALLED, REUNIR],
    next: '▶ Pedir a atención',
    kept: (e) => e.some((x) => x.type === 'step' && x.step === 'reunir'),
  },
  {
    kind: 'message variable',
    answers: [OPENING, SEEN, VIRAL, CALLED, REUNIR, PEDIR, PROBLEMA],
    next: 'Qué hacemos',
    kept: (e) => e.some((x) => x.type === 'answer' && x.key === 'vars.comunicado.problema'),
  },
  {
    kind: 'publish',
    answers: [
      OPENING,
      SEEN,
      VIRAL,
      CALLED,
      REUNIR,
      PEDIR,
      PROBLEMA,
      SOLUCION,
      async (t) => t.answer('Este mensaje para Facebook', KEY.enter),
    ],
    next: 'Este mensaje para Blog',
    kept: (e) => e.some((x) => x.type === 'published' && x.channel === 'facebook'),
  },
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
];

describe.skipIf(!hasScript)('crisis escalate killed with SIGKILL after each kind of answer', () => {
  it.each(cases)(
    'keeps the $kind answer, and resumes at the next question',
    async ({ answers, next, kept, listed }) => {
      const dir = example();
      const incidents = join(dir, 'incidents');
      const argv = [join(root, 'bin/crisis.js'), 'escalate', '--incidents-dir', incidents];
      const first = startOnTerminal({ argv, cwd: dir, marker: incidents });
      for (const answer of answers) await answer(first);
      await first.when(next);
      expect(await first.kill()).toBeGreaterThan(0);

      const [name] = readdirSync(incidents).filter((file) => file.endsWith('.jsonl'));
      const events = readJournal(join(incidents, name!)).events;
      expect(kept(events)).toBe(true);
      // In-process: the list is not what was killed.
      if (listed) {
        const list = await crisis(['incidents', '--json', '--incidents-dir', incidents], { cwd: dir });
        expect(JSON.parse(list.stdout)).toMatchObject([listed]);
      }

      // The killed process's lock is stale: --resume takes it over and asks the next question first.
      const second = startOnTerminal({ argv: [...argv, '--resume'], cwd: dir, marker: incidents });
      await second.when(next);
      const screen = second.screen();
      await second.kill();
      const before = screen.slice(0, screen.indexOf(next));
      for (const earlier of ['¿Qué está pasando', '¿Cuánta gente', 'Marca a quién', '▶ Reunir', 'Qué ha pasado']) {
        if (earlier !== next) expect(before).not.toContain(earlier);
      }
      expect(readJournal(join(incidents, name!)).events.length).toBeGreaterThanOrEqual(events.length);
    },
  );
});
