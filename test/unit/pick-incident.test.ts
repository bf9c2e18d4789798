import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/cli/context.js';
import { pickIncident, type StoredIncident } from '../../src/cli/incident-store/incident-folder.js';
import type { IncidentEvent } from '../../src/escalate/events.js';

const opened = (id: string): IncidentEvent => ({
  type: 'opened',
  at: '2026-11-22T20:10:00Z',
  id,
  summary: 'S',
  channel: 'x',
  detected_at: '2026-11-22T20:00:00Z',
});

/** An incident whose state must not be needed: reading it fails the test. */
function stored(file: string, id: string, replayed: string[]): StoredIncident {
  return {
    id: file,
    file: `${file}.jsonl`,
    journal: { events: [opened(id)], lines: [1], truncated: false, goodLength: 1 },
    get state(): StoredIncident['state'] {
      replayed.push(file);
      throw new Error(`${file} was replayed`);
    },
  };
}

// A report of a small incident beside one of 40,000 events must not rebuild the large one.
describe('pickIncident', () => {
  const ctx = createContext([], '0.0.0');
  it.each([
    ['by the id the incident was opened with', 'opened-b'],
    ["by its journal's file name", 'file-b'],
  ])('finds an incident %s without replaying any other', (_, id) => {
    const replayed: string[] = [];
    const incidents = [stored('file-a', 'opened-a', replayed), stored('file-b', 'opened-b', replayed)];
    const chosen = pickIncident(id, { dir: 'incidents', incidents, damaged: [] }, ctx, () => undefined);
    expect(chosen.id).toBe('file-b');
    expect(replayed).toEqual([]);
  });

  it('lists the known ids of an unknown one without replaying them', () => {
    const replayed: string[] = [];
    const incidents = [stored('file-a', 'opened-a', replayed)];
    expect(() => pickIncident('nope', { dir: 'incidents', incidents, damaged: [] }, ctx, () => undefined)).toThrow(
      expect.objectContaining({ params: expect.objectContaining({ known: 'opened-a' }) }),
    );
    expect(replayed).toEqual([]);
  });
});
