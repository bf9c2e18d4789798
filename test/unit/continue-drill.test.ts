import { describe, expect, it } from 'vitest';
import { continueDrill } from '../../src/escalate/continue-drill.js';
import type { IncidentEvent } from '../../src/escalate/events.js';

const AT = '2026-11-22T20:10:00.000Z';
const note = (text: string): IncidentEvent => ({ type: 'note', at: AT, text });
function* run(texts: string[]): Generator<IncidentEvent, 'open'> {
  for (const text of texts) yield note(text);
  return 'open';
}
const rest = (journal: IncidentEvent[], texts: string[]) => {
  const drill = continueDrill(run(texts), journal);
  const events: IncidentEvent[] = [];
  for (let step = drill.next(); ; step = drill.next()) {
    if (step.done) return { events, end: step.value };
    events.push(step.value);
  }
};

describe('continuing a drill from its script', () => {
  it.each([
    ['yields only what the journal lacks', [note('a'), note('b')], ['a', 'b', 'c', 'd'], ['c', 'd']],
    ['yields nothing when the journal holds it all', [note('a')], ['a'], []],
    ['yields everything after an empty journal', [], ['a'], ['a']],
  ])('%s', (_name, journal, texts, expected) => {
    expect(rest(journal, texts)).toEqual({ events: expected.map(note), end: 'open' });
  });

  it('compares as the journal reads back: key order and absent optional fields do not matter', () => {
    const written = { text: 'a', at: AT, type: 'note' } as IncidentEvent;
    const generated: IncidentEvent = { type: 'step', at: AT, level: 'l', step: 's', status: 'done', reason: undefined };
    function* withUndefined(): Generator<IncidentEvent, 'open'> {
      yield note('a');
      yield generated;
      return 'open';
    }
    expect([
      ...continueDrill(withUndefined(), [written, { type: 'step', at: AT, level: 'l', step: 's', status: 'done' }]),
    ]).toEqual([]);
  });

  it.each([
    ['an answer changed before the stop', [note('a'), note('b')], ['a', 'x', 'c'], 1],
    ['a journal that goes further than the script', [note('a'), note('b')], ['a'], 1],
  ])('refuses %s, naming the first event that differs', (_name, journal, texts, index) => {
    expect(() => rest(journal, texts)).toThrow(expect.objectContaining({ name: 'DrillDiverges', index }));
  });
});
