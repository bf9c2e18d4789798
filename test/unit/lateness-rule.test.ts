import { describe, expect, it } from 'vitest';
import { responseDeadline } from '../../src/escalate/deadlines.js';
import type { IncidentEvent } from '../../src/escalate/events.js';
import { replay } from '../../src/escalate/replay.js';
import { judgedUpdates } from '../../src/escalate/update-cadence.js';
import type { Playbook } from '../../src/model/schema.js';
import { buildReport } from '../../src/report/build-report.js';
import { minimal } from '../helpers.js';

// One rule for lateness, the walkthrough's and the report's (docs/report.md): judged to the
// clock minute. Within the deadline's minute is on time; late by is the difference of the minutes.

const playbook = minimal() as Playbook;

/** A crisis (first response within 30m) first seen at `seen`, with public posts at the given times. */
function incident(seen: string, posts: Array<[string, string]>): IncidentEvent[] {
  return [
    { type: 'opened', at: seen, id: 'x', summary: 'S', channel: 'twitter', detected_at: seen },
    {
      type: 'triaged',
      at: seen,
      answers: [{ question: 'spread', option: 'Se ha hecho viral', level: 'crisis' }],
      level: 'crisis',
    },
    ...posts.map(([at, response]): IncidentEvent => ({
      type: 'published',
      at,
      response,
      channel: 'twitter',
      text: 'T',
      edited: false,
    })),
  ];
}

const NOW = new Date('2026-12-05T09:00:00Z');

describe('the first public response, judged alike on screen and in the report', () => {
  it.each([
    ['05:10:00', '05:40:00', 'met', 0, undefined], // on the deadline
    ['05:10:00', '05:40:50', 'met', 0, undefined], // 05:40 against 05:40
    ['05:10:20', '05:40:35', 'met', 0, undefined], // 15 s after a deadline of 05:40:20: still 05:40
    ['05:10:00', '05:41:10', 'missed', -1, 1], // 05:41 against 05:40
    ['05:10:50', '05:41:05', 'missed', -1, 1], // 15 s late, across the minute: 1 min on both
  ])('first seen %s, answered %s: %s', (seen, at, status, minutesLeft, lateMinutes) => {
    const events = incident(`2026-12-05T${seen}Z`, [[`2026-12-05T${at}Z`, 'apology-short']]);
    const state = replay(events);
    // The walkthrough's line ("missed by 1 min") reads the deadline's minutesLeft.
    expect(responseDeadline(playbook, state, NOW)).toMatchObject({ status, minutesLeft });
    expect(buildReport(playbook, state, NOW).firstResponse).toMatchObject({ outcome: status, lateMinutes });
  });
});

describe('an update, judged alike on screen and in the report', () => {
  it.each([
    ['05:40:30', false, 0], // due 05:40 (20 min after 05:20): posted at 05:40 reads on time
    ['05:41:00', true, -1],
  ])('posted at %s: late %s', (at, late, minutesLeft) => {
    const events = incident('2026-12-05T05:10:00Z', [
      ['2026-12-05T05:20:00Z', 'apology-short'],
      [`2026-12-05T${at}Z`, 'thanks'],
    ]);
    const state = replay(events);
    expect(judgedUpdates(playbook, state, NOW)).toMatchObject([{ late, minutesLeft }]);
    const update = buildReport(playbook, state, NOW).messages[1]!;
    expect([update.update, update.minutesLate]).toEqual([true, late ? 1 : undefined]);
  });
});
