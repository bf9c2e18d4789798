import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CommentEvent } from '../../src/escalate/comment-events.js';
import type { WatchedItem } from '../../src/escalate/comment-queue.js';
import { replay } from '../../src/escalate/replay.js';
import { buildReport, renderReport } from '../../src/report/build-report.js';
import { fixtureJournal, fixturePlan, root } from '../helpers.js';

// The closed incident of the fixture journal: first seen 20:05Z, declared 20:10Z.
const state = replay(fixtureJournal('closed.jsonl'));
const plan = fixturePlan('es-optica-miravista');

const added = (id: string, at: string): CommentEvent => ({ type: 'comment', at, id, link: `https://x.com/c/${id}` });
const settled = (id: string, at: string, state: string, reason?: string) =>
  ({ type: 'settled', at, id, state, ...(reason && { reason }) }) as CommentEvent;
const mention = (id: string, seen: string): WatchedItem => ({
  id,
  feed: 'Mastodon #miravista',
  link: `https://mastodon.example/@a/${id}`,
  text: `Miravista ${id}`,
  seen,
  flagged: false,
});

const events: CommentEvent[] = [
  added('a', '2026-11-22T20:20:00.000Z'),
  added('b', '2026-11-22T20:20:00.000Z'),
  added('c', '2026-11-22T20:20:00.000Z'),
  added('d', '2026-11-22T20:20:00.000Z'),
  added('e', '2026-11-22T20:20:00.000Z'),
  settled('a', '2026-11-22T20:30:00.000Z', 'public'), // 10 min
  settled('b', '2026-11-22T20:50:00.000Z', 'private'), // 30 min
  settled('c', '2026-11-22T20:25:00.000Z', 'reviewed', 'spam'),
  settled('a', '2026-11-22T21:00:00.000Z', 'blocked', 'insultos tras la disculpa'),
  settled('d', '2026-11-22T20:40:00.000Z', 'hidden', 'la plataforma lo retiró'),
];
// One seen by the watch three hours before the incident was declared, one during it.
const mentions = [mention('early', '2026-11-22T17:10:00.000Z'), mention('during', '2026-11-22T20:07:00.000Z')];

describe('the comments of a report', () => {
  const data = buildReport(plan, state, new Date('2026-11-23T00:00:00Z'), { events, mentions });

  it('counts what was done with each item, with reasons, coverage and times to answer', () => {
    expect(data.comments).toEqual({
      received: 6,
      // a was answered in public, then its author blocked: it counts as both.
      answeredPublic: 1,
      answeredPrivate: 1,
      reviewed: { count: 1, reasons: [{ reason: 'spam', count: 1 }] },
      hidden: { count: 1, reasons: [{ reason: 'la plataforma lo retiró', count: 1 }] },
      blocked: { count: 1, reasons: [{ reason: 'insultos tras la disculpa', count: 1 }] },
      waiting: 2,
      // a (answered, then blocked), b and c, of six.
      coverage: 0.5,
      answerMedianMinutes: 10,
      answerP90Minutes: 30,
      mentionsPerHour: [{ hour: '2026-11-22T20:00:00.000Z', count: 1 }],
      firstSeen: {
        at: '2026-11-22T17:10:00.000Z',
        feed: 'Mastodon #miravista',
        link: 'https://mastodon.example/@a/early',
        minutesBeforeDeclared: 180,
      },
    });
  });

  it('counts an answer the platform hid afterwards as answered and hidden, covered from its answer', () => {
    const hiddenLater = [
      added('a', '2026-11-22T20:20:00.000Z'),
      settled('a', '2026-11-22T20:26:00.000Z', 'private'),
      settled('a', '2026-11-22T20:40:00.000Z', 'hidden', 'retirado'),
    ];
    expect(buildReport(plan, state, new Date(), { events: hiddenLater, mentions: [] }).comments).toMatchObject({
      received: 1,
      answeredPrivate: 1,
      hidden: { count: 1, reasons: [{ reason: 'retirado', count: 1 }] },
      blocked: { count: 0 },
      coverage: 1,
      answerMedianMinutes: 6,
    });
  });

  it("counts in a drill only the comments its script added, none of the watch's real mentions", () => {
    const drill = buildReport(plan, { ...state, drill: true }, new Date('2026-11-23T00:00:00Z'), { events, mentions });
    expect(drill.comments).toMatchObject({ received: 5, mentionsPerHour: [], firstSeen: undefined });
  });

  it('has no section when there was no comment and the watch saw nothing before', () => {
    expect(buildReport(plan, state, new Date(), { events: [], mentions: [] }).comments).toBeUndefined();
  });

  it.each([
    [
      'es',
      'Comentarios',
      'Cobertura (respondidos o revisados, de los recibidos): 50',
      '3 h antes de declarar el incidente',
      'Tiempo hasta responder',
      'mediana 10 min, percentil 90 30 min',
    ],
    [
      'en',
      'Comments',
      'Coverage (answered or reviewed, of received): 50',
      '3 h before the incident was declared',
      'Time to answer',
      'median 10 min, 90th percentile 30 min',
    ],
  ])('reads in the plan’s language (%s), in Markdown and HTML', (language, title, coverage, early, time, times) => {
    const planIn = { ...plan, brand: { ...plan.brand, language } };
    const md = renderReport('md', readFileSync(join(root, 'templates/report.md.hbs'), 'utf8'), data, planIn);
    expect(md).toContain(`## ${title}`);
    expect(md).toContain(coverage);
    expect(md).toContain(early);
    // One label for both figures.
    expect(md).toContain(`- ${time}: ${times}\n`);
    expect(md.split(time)).toHaveLength(2);
    const html = renderReport('html', readFileSync(join(root, 'templates/report.html.hbs'), 'utf8'), data, planIn);
    expect(html).toContain(`<h2>${title}</h2>`);
    expect(html).toMatch(new RegExp(`<tr><th>${time}</th><td>${times.replace(/ /g, '\\s')}</td></tr>`));
    expect(html.split(time)).toHaveLength(2);
  });

  it.each([
    ['en', 'Mentions per hour seen by the watch:\n\n- Sun, Nov 22, 2026, 9:00 PM: 1\n'],
    ['es', 'Menciones por hora vistas por la escucha:\n\n- domingo, 22 de nov de 2026, 21:00: 1\n'],
  ])('lists the mentions per hour in Markdown (%s), as the JSON carries them', (language, lines) => {
    const planIn = { ...plan, brand: { ...plan.brand, language } };
    const md = renderReport('md', readFileSync(join(root, 'templates/report.md.hbs'), 'utf8'), data, planIn);
    expect(md).toContain(lines);
    const json = JSON.parse(renderReport('json', '', data, planIn)) as typeof data;
    expect(json.comments?.mentionsPerHour).toEqual([{ hour: '2026-11-22T20:00:00.000Z', count: 1 }]);
  });
});
