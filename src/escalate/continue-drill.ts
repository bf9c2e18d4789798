import type { IncidentEvent } from './events.js';

/** A script run no longer produces what its drill's journal holds, from event `index` on. */
export class DrillDiverges extends Error {
  constructor(readonly index: number) {
    super(`The script and the journal part ways at event ${index + 1}.`);
    this.name = 'DrillDiverges';
  }
}

/** JSON with keys in order and absent fields dropped: a journal read back compares equal to the event written. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/**
 * Continues a drill from its script: the run is replayed from the drill's own start, each event
 * the journal already holds is checked and passed over, and only what comes after is yielded. A
 * script changed before the point where the drill stopped is refused rather than merged.
 */
export function* continueDrill<R>(
  run: Generator<IncidentEvent, R>,
  journal: readonly IncidentEvent[],
): Generator<IncidentEvent, R> {
  // Who was on duty comes from the command line (--as), not from the script: not compared.
  const scripted = journal.flatMap((event, line) => (event.type === 'on-duty' ? [] : [{ event, line }]));
  let index = 0;
  for (let step = run.next(); ; step = run.next(), index += 1) {
    if (step.done) {
      if (index < scripted.length) throw new DrillDiverges(scripted[index]!.line);
      return step.value;
    }
    if (index >= scripted.length) yield step.value;
    else if (canonical(step.value) !== canonical(scripted[index]!.event))
      throw new DrillDiverges(scripted[index]!.line);
  }
}
