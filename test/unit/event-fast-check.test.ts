import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFastCheck } from '../../src/escalate/event-fast-check.js';
import { eventSchema } from '../../src/escalate/event-schema.js';
import type { IncidentEvent } from '../../src/escalate/events.js';

// The journal reader takes a line the fast check calls sound without asking zod. It may leave any
// line to zod; it must never call sound a line zod refuses, nor read one differently.
const sound = compileFastCheck(eventSchema);
const AT = '2026-11-22T20:10:00.000Z';

const EXAMPLES: IncidentEvent[] = [
  { type: 'answer', at: AT, key: 'vars.reunir.problema', value: 'el retraso' },
  { type: 'opened', at: AT, id: 'i1', summary: 'Retrasos', channel: 'x', detected_at: AT, drill: true },
  { type: 'opened', at: AT, id: 'i1', summary: 'Retrasos', channel: 'x', link: 'https://x.com/a/1', detected_at: AT },
  { type: 'triaged', at: AT, answers: [{ question: 'alcance', option: 'Viral', level: 'crisis' }], level: 'crisis' },
  { type: 'level', at: AT, level: 'crisis', reason: 'Lo recoge la prensa' },
  { type: 'on-duty', at: AT, contact: 'sofia' },
  { type: 'contact', at: AT, contact: 'jorge', status: 'unreachable' },
  {
    type: 'step',
    at: AT,
    level: 'crisis',
    step: 'reunir',
    status: 'skipped',
    reason: 'No hace falta',
    interrupted: true,
  },
  { type: 'asked', at: AT, step: 'pedir-datos', department: 'atencion' },
  { type: 'answered', at: AT, department: 'atencion' },
  {
    type: 'published',
    at: AT,
    step: 'aviso-corto',
    response: 'aviso-corto',
    channel: 'x',
    text: 'Lo sentimos',
    url: 'https://x.com/m/1',
    edited: false,
    audience: 'private',
  },
  { type: 'post-link', at: AT, step: 'aviso-corto', channel: 'x', url: 'https://x.com/m/1' },
  { type: 'handoff', at: AT, channel: 'x', via: 'osc52' },
  { type: 'note', at: AT, text: 'nota' },
  { type: 'promise', at: AT, promise: 'i1-1', to: '@ana', what: 'Cambio gratis', approved_by: 'jorge' },
  { type: 'promise-done', at: AT, promise: 'i1-1' },
  { type: 'closed', at: AT, resolution: 'Resuelto', lessons: 'Avisar antes' },
];

// Values a damaged or hand-edited line holds, times near and far from the pattern among them.
const digits = (n: number) => fc.stringMatching(new RegExp(`^\\d{${n}}$`));
const timeLike = fc
  .tuple(digits(4), digits(2), digits(2), digits(2), digits(2), digits(2))
  .chain(([y, mo, d, h, mi, s]) =>
    fc
      .constantFrom('Z', '+01:00', '-23:59', '+24:00', '', '.123Z', 'z', ' Z')
      .map((zone) => `${y}-${mo}-${d}T${h}:${mi}:${s}${zone}`),
  );
const odd = fc.oneof(
  fc.string(),
  timeLike,
  fc.constantFrom(AT, '2024-02-29T10:00:00Z', '2026-02-29T10:00:00Z', 'done', 'later', 'reached', 'private', 'note'),
  fc.boolean(),
  fc.integer(),
  fc.constant(null),
  fc.constant([]),
  fc.constant({}),
);
const NAMES = ['type', 'at', 'text', 'status', 'via', 'audience', 'edited', 'drill', 'link', 'reason', 'answers', 'x'];

const damaged = fc
  .tuple(
    fc.constantFrom(...EXAMPLES),
    fc.array(fc.tuple(fc.constantFrom(...NAMES), odd, fc.boolean()), { maxLength: 3 }),
  )
  .map(([example, changes]) => {
    const value: Record<string, unknown> = { ...example };
    for (const [name, replacement, remove] of changes) {
      if (remove) delete value[name];
      else value[name] = replacement;
    }
    // As the reader sees it: what JSON.parse gives back.
    return JSON.parse(JSON.stringify(value)) as unknown;
  });

describe('the fast check of a journal line', () => {
  it.each(EXAMPLES.filter((event) => event.type !== 'triaged').map((event) => [event.type, event]))(
    'calls a sound %s line sound, as it is',
    (_type, event) => {
      const value = JSON.parse(JSON.stringify(event)) as unknown;
      expect(sound(value)).toBe(value);
    },
  );

  it('leaves the triage answers to zod, which drops fields they should not have', () => {
    expect(sound(EXAMPLES.find((event) => event.type === 'triaged'))).toBeUndefined();
  });

  it('calls sound only what zod accepts, with the same fields (20,000 damaged lines)', () => {
    let both = 0;
    fc.assert(
      fc.property(damaged, (value) => {
        const fast = sound(value);
        const result = eventSchema.safeParse(value);
        if (fast === undefined) return;
        both += 1;
        expect(result.success).toBe(true);
        expect(fast).toEqual(result.data);
      }),
      { numRuns: 20_000 },
    );
    // Sound lines were among them, so the agreement was tested.
    expect(both).toBeGreaterThan(2_000);
  });

  it.each([[null], [[]], ['note'], [42], [{ type: 'constructor', at: AT }], [{ type: 'toString' }], [{}]])(
    'leaves %j to zod',
    (value) => {
      expect(sound(value)).toBeUndefined();
    },
  );
});
