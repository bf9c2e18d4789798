import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/cli/context.js';
import { readIncidents } from '../../src/cli/incident-store/incident-folder.js';
import { parseJournal } from '../../src/escalate/parse-journal.js';
import { eventSchema, type IncidentEvent } from '../../src/escalate/events.js';
import { replay } from '../../src/escalate/replay.js';
import { translator } from '../../src/i18n/index.js';
import { tempDir } from '../helpers.js';

// Generated journals, each damaged in one of the ways a disk, an editor or a colliding run
// damages them. Seeded, so a failure names a journal that can be rebuilt and read.
const JOURNALS = 3_000;
const FOLDERS = 60;

function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * max);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  return { next, int, pick };
}
type Random = ReturnType<typeof random>;

const ODD_NAMES = [...Object.getOwnPropertyNames(Object.prototype), 'nope', '', 'OPENED', 'opened ', 'then'];
const ODD_VALUES: unknown[] = [
  null,
  0,
  -1,
  1e308,
  true,
  '',
  [],
  {},
  'x'.repeat(300),
  '2026-02-30T10:00:00Z',
  '99999-01-01T00:00:00Z',
  '+9999999999d',
  '2026-11-22',
  'Invalid Date',
  { toString: 'x' },
];

function validJournal(r: Random, id: string): IncidentEvent[] {
  let minute = r.int(60);
  const at = () => new Date(Date.UTC(2026, 10, 22, 20, minute++)).toISOString();
  const events: IncidentEvent[] = Array.from({ length: r.int(3) }, (_, index) => ({
    type: 'answer',
    at: at(),
    key: `open.q${index}`,
    value: 'respuesta',
  }));
  events.push({
    type: 'opened',
    at: at(),
    id,
    summary: 'Un cliente denuncia retrasos',
    channel: 'x',
    detected_at: at(),
    ...(r.int(2) ? { drill: true } : {}),
  });
  const makers: Array<() => IncidentEvent> = [
    () => ({
      type: 'triaged',
      at: at(),
      answers: [{ question: 'alcance', option: 'Viral', level: 'crisis' }],
      level: 'crisis',
    }),
    () => ({ type: 'level', at: at(), level: 'posible-crisis', reason: 'se calma' }),
    () => ({
      type: 'contact',
      at: at(),
      contact: r.pick(['jorge', 'constructor', 'sofia']),
      status: r.pick(['reached', 'unreachable'] as const),
    }),
    () => ({
      type: 'step',
      at: at(),
      level: 'crisis',
      step: r.pick(['reunir', 'toString']),
      status: r.pick(['done', 'skipped', 'later'] as const),
    }),
    () => ({
      type: 'published',
      at: at(),
      step: 'comunicado',
      response: 'disculpa',
      channel: 'x',
      text: 'Lo sentimos «ñ»',
      edited: false,
    }),
    () => ({ type: 'note', at: at(), text: 'nota\u0007 con BEL' }),
    () => ({ type: 'promise', at: at(), promise: `${id}-1`, to: '@ana', what: 'Cambio gratis', approved_by: 'jorge' }),
    () => ({ type: 'promise-done', at: at(), promise: `${id}-1` }),
    () => ({ type: 'answered', at: at(), department: 'hasOwnProperty' }),
  ];
  for (let count = r.int(25); count > 0; count -= 1) events.push(r.pick(makers)());
  if (r.int(2)) events.push({ type: 'closed', at: at(), resolution: 'Resuelto' });
  return events;
}

/** One damage, and the index of the first line it touches (every line before it is intact). */
function damage(r: Random, lines: string[]): number {
  const index = r.int(lines.length);
  const object = () => JSON.parse(lines[index]!) as Record<string, unknown>;
  switch (r.int(7)) {
    case 0: // a kill mid-write, or a disk that lost the end
      lines.splice(index + 1);
      lines[index] = lines[index]!.slice(0, r.int(lines[index]!.length));
      return index;
    case 1: // a line of noise
      lines[index] = r.pick([
        'null',
        '[]',
        '{}',
        '"x"',
        '1e999',
        '{"type":',
        '\uFEFF{}',
        String.fromCharCode(...Array.from({ length: 20 }, () => r.int(128))),
      ]);
      return index;
    case 2: {
      // a field given another value
      const event = object();
      event[r.pick(Object.keys(event))] = r.pick(ODD_VALUES);
      lines[index] = JSON.stringify(event);
      return index;
    }
    case 3: {
      // an odd type
      lines[index] = JSON.stringify({ ...object(), type: r.pick(ODD_NAMES) });
      return index;
    }
    case 4: {
      // a second incident written into this file, as colliding ids did
      const opened = lines.find((line) => line.includes('"type":"opened"'))!;
      lines.splice(index + 1, 0, opened.replace(/"id":"[^"]+"/, '"id":"other"'));
      return index + 1;
    }
    case 5: // a line lost
      lines.splice(index, 1);
      return index;
    default: // blank and CRLF lines an editor leaves
      lines.splice(index, 0, r.pick(['', '   ', '\r']));
      return lines.length;
  }
}

describe(`${JOURNALS} damaged journals`, () => {
  it('are read without a throw: the events before the damage, and the damaged line named', () => {
    const [en, es] = [translator('en'), translator('es')];
    let damaged = 0;
    for (let seed = 1; seed <= JOURNALS; seed += 1) {
      const r = random(seed);
      const original = validJournal(r, `i${seed}`);
      const lines = original.map((event) => JSON.stringify(event));
      const touched = damage(r, lines);
      const text = lines.join('\n') + (r.int(2) ? '\n' : '');
      const context = `seed ${seed}`;
      const parsed = parseJournal(text);
      // Every line before the damage is kept as it was written.
      expect(parsed.events.length, context).toBeGreaterThanOrEqual(Math.min(touched, original.length));
      expect(parsed.events.slice(0, touched), context).toEqual(
        original.slice(0, Math.min(touched, parsed.events.length)),
      );
      for (const event of parsed.events) expect(eventSchema.safeParse(event).success, context).toBe(true);
      if (parsed.damage) {
        damaged += 1;
        expect(parsed.damage.line, context).toBeGreaterThan(touched);
        expect(parsed.damage.line, context).toBeLessThanOrEqual(lines.length);
        for (const t of [en, es]) expect(t(parsed.damage.reason, parsed.damage.params), context).not.toMatch(/\{\w+\}/);
      } else if (parsed.events.some((event) => event.type === 'opened')) {
        // What passes the reader always replays: no crash further on.
        expect(replay(parsed.events).id, context).toMatch(/^(i\d+|other)$/);
      }
    }
    expect(damaged).toBeGreaterThan(JOURNALS / 3);
  });
});

describe(`${FOLDERS} folders with one damaged journal among sound ones`, () => {
  it('give every sound incident, whatever the damage', () => {
    for (let seed = 1; seed <= FOLDERS; seed += 1) {
      const r = random(100_000 + seed);
      const dir = tempDir();
      const sound = ['a', 'b', 'c'].map((name) => `20261122-2010-${name}${seed}`);
      for (const id of sound)
        writeFileSync(
          join(dir, `${id}.jsonl`),
          validJournal(r, id)
            .map((event) => JSON.stringify(event))
            .join('\n') + '\n',
        );
      const lines = validJournal(r, 'broken').map((event) => JSON.stringify(event));
      damage(r, lines);
      writeFileSync(join(dir, '20261122-2010-broken.jsonl'), lines.join('\n'));
      const stderr = new PassThrough();
      const ctx = createContext([], '0.0.0', {
        cwd: dir,
        env: { NO_COLOR: '1' },
        streams: { stdout: new PassThrough(), stderr },
        interactive: false,
      });
      const { incidents } = readIncidents(dir, ctx);
      expect(
        incidents.map((incident) => incident.state.id).filter((id) => sound.includes(id)),
        `seed ${seed}`,
      ).toEqual(sound);
    }
  });
});
