import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IncidentEvent } from '../../src/escalate/events.js';
import { replay } from '../../src/escalate/replay.js';
import { readScript } from '../../src/escalate/script.js';
import { buildReport, renderReport } from '../../src/report/build-report.js';
import type { ReportData } from '../../src/report/report-data.js';
import { timeline } from '../../src/report/timeline/svg.js';
import { drillInProcess } from '../drill-in-process.js';
import { fixturePlan, planDir, root } from '../helpers.js';

// Two days at the bakery (test/fixtures/report/two-day-drill.yaml): each figure of the report
// asserted against what happened, then the same figures found in Markdown, HTML and JSON.

const playbook = fixturePlan('en-northside-bakery');
const DIR = planDir('en-northside-bakery');
const template = (format: string) => readFileSync(join(root, `templates/report.${format}.hbs`), 'utf8');
const CLOSED = '2026-12-06T16:00:00.000Z';

/** The drill's journal, with the first promise kept the next morning as `crisis promises done` records it. */
async function twoDays(): Promise<IncidentEvent[]> {
  const text = readFileSync(join(root, 'test/fixtures/report/two-day-drill.yaml'));
  const { script, problems } = readScript(text, playbook);
  if (!script) throw new Error(JSON.stringify(problems));
  const run = await drillInProcess({
    playbook,
    script,
    start: new Date('2026-12-05T05:05:00Z'),
    templateText: (r) => r.text ?? readFileSync(join(DIR, r.template!), 'utf8'),
  });
  expect(run.outcome).toBe('closed');
  const promise = run.events.find((e) => e.type === 'promise' && e.to === '@lauren_b');
  const kept: IncidentEvent = {
    type: 'promise-done',
    at: '2026-12-06T10:40:00.000Z',
    promise: promise?.type === 'promise' ? promise.promise : '',
  };
  const close = run.events.findIndex((e) => e.type === 'closed');
  return [...run.events.slice(0, close), kept, ...run.events.slice(close)];
}

let events: IncidentEvent[];
let data: ReportData;
beforeAll(async () => {
  events = await twoDays();
  data = buildReport(playbook, replay(events), new Date('2026-12-10T09:00:00Z'));
});

describe('the figures of a two-day drill', () => {
  it('count each contact from when a level put them on the list, not from the declaration', () => {
    // Tom, Helen and Dr Green joined the list when the level rose at 18:00, 13 h after the
    // declaration, and were called that minute (Helen's chain ends at Tom, reached): no wait.
    expect(data.metrics.reachEveryoneMinutes).toBe(0);
  });

  it('give "stood in for" only to someone tried after the person they replace', () => {
    // Tom backs Helen up, but was called in the same round, for himself.
    expect(data.contacts.map((c) => [c.contact, c.status, c.backupFor])).toEqual([
      ['tom', 'reached', undefined],
      ['helen', 'unreachable', undefined],
      ['dietitian', 'reached', undefined],
    ]);
  });

  it('judge the first response and the statement on time, and never as updates', () => {
    expect(data.firstResponse).toMatchObject({ at: '2026-12-05T05:30:00.000Z', outcome: 'met' });
    expect(data.metrics.firstResponseMinutes).toBe(30);
    expect(data.metrics.statementMinutes).toBe(13 * 60 + 20);
    const statement = data.steps.find((s) => s.step === 'statement');
    expect(statement).toMatchObject({ due: '2026-12-05T18:30:00.000Z', outcome: 'met' });
    const judged = data.messages.filter((m) => m.update).map((m) => [m.step, m.minutesLate]);
    // Only the two updates: 19:10 against 18:45 (20 min after the short apology), 19:25 on time.
    expect(judged).toEqual([
      ['@update-1', 25],
      ['@update-2', undefined],
    ]);
    expect(data.messages.filter((m) => m.kind === 'apology').every((m) => !m.update && !m.late)).toBe(true);
    // And the one owed at 19:45, still at crisis: lowering the level at 20:00 does not forgive it.
    expect([data.metrics.updatesOnTime, data.metrics.updatesDue]).toEqual([1, 3]);
  });

  it('count as silence only the time at a level that asks for updates', () => {
    // 05:30 to 18:20 was spent at a level without update_every but its last 20 minutes; the
    // longest silence is 18:25 to 19:10. After 20:00 (lowered) nothing counts.
    expect(data.metrics.longestSilenceMinutes).toBe(45);
  });

  it('judge deadlines to the minute, and the whole incident as of its close', () => {
    expect(data.steps.find((s) => s.step === 'convene')).toMatchObject({ outcome: 'missed' }); // 18:16 for 18:15
    expect(data.metrics).toMatchObject({ durationMinutes: 35 * 60, deadlinesMet: 6, deadlinesMissed: 2 });
    expect(data.promises.map((p) => [p.to, p.outcome, p.lateMinutes])).toEqual([
      ['@lauren_b', 'kept-late', 14 * 60],
      ['@mcrfoodie', 'overdue', 8 * 60 + 30], // due 07:30, the close at 16:00
    ]);
    expect(data.departments).toMatchObject([{ department: 'kitchen', commitmentMinutes: 60, outcome: 'met' }]);
    const later = buildReport(playbook, replay(events), new Date('2027-06-01T00:00:00Z'));
    expect({ ...later, generatedAt: '' }).toEqual({ ...data, generatedAt: '' });
  });

  it('say the same figures in Markdown, HTML and JSON, as people read durations', () => {
    const md = renderReport('md', template('md'), data, playbook);
    const html = renderReport('html', template('html'), data, playbook);
    const json = JSON.parse(renderReport('json', '', data, playbook));
    // As a person reads them: the markup gone, each metric's name then its value.
    const read = (text: string) =>
      text
        .replace(/<[^>]+>/g, ' ')
        .replaceAll('\u00a0', ' ')
        .replace(/[*:]/g, ' ')
        .replace(/\s+/g, ' ');
    for (const text of [read(md), read(html)]) {
      for (const figure of [
        'Time to first public response (from first seen) 30 min',
        'Time to reach everyone to notify (each from when they were to be told) 0 min',
        'Time to publish the statement (from first seen) 13 h 20 min',
        'Total duration (from first seen) 1 d 11 h',
        'Deadlines of the first response, steps and departments 6 met, 2 missed',
        'Updates on time (from the first public response) 1 of 3',
        'Longest silence (from the first public response) 45 min',
        'update 25 min late',
        'kept 14 h late',
        'still open, 8 h 30 min overdue',
        '1 h met', // the kitchen's commitment, and its outcome
      ])
        expect(text).toContain(figure);
      expect(text).not.toMatch(/\b\d+[dhm]\d|\b\d+[hm]\b/);
    }
    expect(json).toMatchObject({
      version: 1,
      generatedAt: '2026-12-10T09:00:00.000Z',
      incident: { closedAt: CLOSED, open: false },
      metrics: {
        firstResponseMinutes: 30,
        reachEveryoneMinutes: 0,
        statementMinutes: 800,
        durationMinutes: 2100,
        deadlinesMet: 6,
        deadlinesMissed: 2,
        updatesOnTime: 1,
        updatesDue: 3,
        longestSilenceMinutes: 45,
      },
      departments: [{ commitmentMinutes: 60, tookMinutes: expect.any(Number) }],
    });
    expect(json.departments[0]).not.toHaveProperty('commitment');
  });

  it('mark each promise on the timeline as the Promises table says it', () => {
    const { key } = timeline(data, {
      lang: 'en',
      brand: playbook.brand,
      level: (id) => playbook.levels.find((l) => l.id === id),
    });
    const promises = key.map((k) => k.text).filter((text) => text.startsWith('Promise'));
    expect(promises).toEqual([
      'Promise to @lauren_b: A call from our dietitian (kept 14 h late)',
      'Promise to @mcrfoodie: A tasting visit with our head baker (still open, 8 h 30 min overdue)',
    ]);
    const messages = key.map((k) => k.text).filter((text) => /apology|Statement/i.test(text));
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.filter((text) => text.includes('late'))).toEqual([]);
  });
});

describe('an open incident', () => {
  it('says as of when, in Markdown and HTML', async () => {
    const open = events.filter((e) => e.type !== 'closed');
    const report = buildReport(playbook, replay(open), new Date('2026-12-06T18:00:00Z'));
    expect(report.incident.open).toBe(true);
    const inProgress = 'in progress, as of Sun, 6 Dec 2026, 18:00';
    for (const format of ['md', 'html'])
      expect(renderReport(format as 'md', template(format), report, playbook).replaceAll('\u00a0', ' ')).toContain(
        inProgress,
      );
    // Overdue as of the time the report was made: 07:30 to 18:00.
    expect(report.promises[1]).toMatchObject({ outcome: 'overdue', lateMinutes: 10 * 60 + 30 });
  });
});
