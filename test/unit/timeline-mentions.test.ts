import { describe, expect, it } from 'vitest';
import { brandWallClock } from '../../src/escalate/wall-clock.js';
import type { WatchedItem } from '../../src/escalate/comment-queue.js';
import { replay } from '../../src/escalate/replay.js';
import { planIndex } from '../../src/model/plan-index.js';
import type { Playbook } from '../../src/model/schema.js';
import { buildReport } from '../../src/report/build-report.js';
import type { ReportData } from '../../src/report/report-data.js';
import { timeline } from '../../src/report/timeline/svg.js';
import { layoutTimeline } from '../../src/report/timeline/layout.js';
import { timelineModel } from '../../src/report/timeline/model.js';
import { fixtureJournal, fixturePlan } from '../helpers.js';
import { expectNoOverlapInside } from '../timeline-boxes.js';

// The watch's mentions per hour as the timeline's last lane, on the axis the marks use.

const optica = fixturePlan('es-optica-miravista');
// First seen 20:05Z, declared 20:10Z, closed 22:05Z.
const state = replay(fixtureJournal('closed.jsonl'));
const NOW = new Date('2026-11-23T00:00:00Z');

const mention = (n: number, seen: string): WatchedItem => ({
  id: `m${n}`,
  feed: 'Mastodon #miravista',
  link: `https://mastodon.example/@a/${n}`,
  text: `Miravista ${n}`,
  seen,
  flagged: false,
});
const at = (hour: number, minute: number) =>
  `2026-11-22T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00.000Z`;
// 3 in the hour of 20:00 (from 20:05), 12 in that of 21:00, 2 in that of 22:00 (to the close at 22:05).
const mentions = [
  ...[6, 20, 50].map((minute, i) => mention(i, at(20, minute))),
  ...Array.from({ length: 12 }, (_, i) => mention(10 + i, at(21, i * 4))),
  ...[1, 4].map((minute, i) => mention(30 + i, at(22, minute))),
];

function laid(data: ReportData, playbook: Playbook, lang: 'en' | 'es') {
  const { levels } = planIndex(playbook);
  const ctx = { lang, brand: playbook.brand, level: (id: string) => levels.get(id) };
  const model = timelineModel(data, ctx);
  const layout = layoutTimeline(model, (instant) => brandWallClock(instant, playbook.brand.timezone));
  return { model, layout, svg: timeline(data, ctx).svg };
}

describe('mentions per hour on the timeline', () => {
  const data = buildReport(optica, state, NOW, { events: [], mentions });
  const { layout, svg } = laid(data, optica, 'es');

  it('is the last lane, above the axis, with a bar per hour cut to the incident', () => {
    expect(data.comments?.mentionsPerHour.map((h) => h.count)).toEqual([3, 12, 2]);
    expect(layout.lanes.map((lane) => lane.lane).at(-1)).toBe('mentions');
    const lane = layout.lanes.at(-1)!;
    expect(lane.top + lane.height).toBe(layout.plot.bottom);
    expect(layout.mentions.map((m) => m.bar.count)).toEqual([3, 12, 2]);
    expect(layout.mentions.map((m) => [new Date(m.bar.from).toISOString(), new Date(m.bar.to).toISOString()])).toEqual([
      ['2026-11-22T20:05:00.000Z', '2026-11-22T21:00:00.000Z'],
      ['2026-11-22T21:00:00.000Z', '2026-11-22T22:00:00.000Z'],
      ['2026-11-22T22:00:00.000Z', '2026-11-22T22:05:00.000Z'],
    ]);
    for (const m of layout.mentions) {
      expect(m.box.y).toBeGreaterThanOrEqual(lane.top);
      expect(m.box.y + m.box.height).toBeLessThanOrEqual(lane.top + lane.height);
    }
  });

  it('shares the axis: each bar spans its hour where the marks and milestones of that time stand', () => {
    const first = layout.milestones.find((m) => m.milestone.kind === 'seen')!;
    const closed = layout.milestones.find((m) => m.milestone.kind === 'closed')!;
    const [early, busiest, last] = layout.mentions;
    // Bars start at first sight and end at the close, each shy of its neighbour by a hair.
    expect(Math.abs(early!.box.x - first.x)).toBeLessThan(2);
    expect(Math.abs(last!.box.x + last!.box.width - closed.x)).toBeLessThan(2);
    expect(early!.box.x + early!.box.width).toBeLessThan(busiest!.box.x);
    expect(busiest!.box.x + busiest!.box.width).toBeLessThan(last!.box.x);
  });

  it('draws the busiest hour tallest and the others in proportion, each count above its bar when it fits', () => {
    const [early, busiest, last] = layout.mentions;
    expect(busiest!.box.height).toBeGreaterThan(early!.box.height);
    expect(early!.box.height).toBeGreaterThan(last!.box.height);
    expect(early!.box.height / busiest!.box.height).toBeCloseTo(3 / 12, 1);
    expect(busiest!.count?.text).toBe('12');
    expect(busiest!.count!.y + busiest!.count!.height).toBeLessThanOrEqual(busiest!.box.y);
  });

  it('keeps every bar, count, mark and label apart and inside the picture', () => {
    expectNoOverlapInside(layout);
  });

  it('says each hour in its tooltip and the whole in the description, in the plan’s language', () => {
    expect(svg).toContain('>Menciones por hora</text>');
    expect(svg).toContain('<title>12 menciones vistas por la escucha de 22:00 a 23:00</title>');
    expect(svg).toMatch(/<desc [^>]*>[^<]*Menciones por hora, 17 en total; la hora con más: 12 menciones vistas/);
    const english = laid(data, { ...optica, brand: { ...optica.brand, language: 'en' } }, 'en').svg;
    expect(english).toContain('>Mentions per hour</text>');
    expect(english).toMatch(/<title>2 mentions seen by the watch from 11:00\sPM to 12:00\sAM<\/title>/);
  });
});

describe('the mentions of a fortnight', () => {
  it('keep one bar per hour, side by side and never overlapping, counts left out where they do not fit', () => {
    const busy = Array.from({ length: 14 * 24 }, (_, hour) =>
      mention(hour, new Date(Date.parse(at(20, 10)) + hour * 3_600_000).toISOString()),
    );
    const open = replay(fixtureJournal('closed.jsonl').filter((event) => event.type !== 'closed'));
    const data = buildReport(optica, open, new Date(Date.parse(at(20, 10)) + 14 * 86_400_000), {
      events: [],
      mentions: busy,
    });
    const { layout } = laid(data, optica, 'es');
    expect(layout.mentions).toHaveLength(14 * 24);
    for (const [a, b] of layout.mentions.slice(1).map((m, i) => [layout.mentions[i]!, m] as const))
      expect(a.box.x + a.box.width).toBeLessThanOrEqual(b.box.x + 1e-9);
    expect(layout.mentions.every((m) => m.count === undefined)).toBe(true);
  });
});

describe('a timeline without mentions', () => {
  it('has no mentions lane, and is laid out as before, when the watch saw nothing during the incident', () => {
    const none = laid(buildReport(optica, state, NOW), optica, 'es');
    const onlyAdded = buildReport(optica, state, NOW, {
      events: [{ type: 'comment', at: at(20, 30), id: 'c1', link: 'https://x.com/c/1' }],
      // Seen the day before: the report's first sight, not a mention during the incident.
      mentions: [mention(1, at(19, 0))],
    });
    expect(onlyAdded.comments?.mentionsPerHour).toEqual([]);
    const withComments = laid(onlyAdded, optica, 'es');
    for (const { layout, svg } of [none, withComments]) {
      expect(layout.lanes.map((lane) => lane.lane)).not.toContain('mentions');
      expect(layout.mentions).toEqual([]);
      expect(svg).not.toContain('class="mention"');
      expect(svg).not.toContain('Menciones por hora');
    }
    expect(withComments.layout.height).toBe(none.layout.height);
  });
});
