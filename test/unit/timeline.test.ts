import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brandWallClock } from '../../src/escalate/wall-clock.js';
import { replay } from '../../src/escalate/replay.js';
import type { Playbook } from '../../src/model/schema.js';
import { planIndex } from '../../src/model/plan-index.js';
import { buildReport, renderReport } from '../../src/report/build-report.js';
import type { ReportData } from '../../src/report/report-data.js';
import { timeline } from '../../src/report/timeline/svg.js';
import { axisFor, chooseTickStep } from '../../src/report/timeline/groups.js';
import { overlaps, textWidth } from '../../src/report/timeline/geometry.js';
import { layoutTimeline, type TimelineLayout } from '../../src/report/timeline/layout.js';
import { timelineModel, type TimelineModel } from '../../src/report/timeline/model.js';
import { root, fixturePlan, fixtureJournal } from '../helpers.js';
import { expectNoOverlapInside } from '../timeline-boxes.js';

const bakery = fixturePlan('en-northside-bakery');
const optica = fixturePlan('es-optica-miravista');
const NOW = new Date('2026-11-30T00:00:00Z');

function laid(data: ReportData, playbook: Playbook): { model: TimelineModel; layout: TimelineLayout } {
  const { levels } = planIndex(playbook);
  const lang = playbook.brand.language.startsWith('es') ? 'es' : 'en';
  const model = timelineModel(data, { lang, brand: playbook.brand, level: (id) => levels.get(id) });
  return { model, layout: layoutTimeline(model, (at) => brandWallClock(at, playbook.brand.timezone)) };
}

// 22 minutes: 3 contacts in the same minute, a promise and a note in the same minute, four levels.
const dense = buildReport(bakery, replay(fixtureJournal('dense-bakery.jsonl')), NOW);

describe('the timeline of a dense incident', () => {
  const { model, layout } = laid(dense, bakery);
  it('has every event as a mark, numbered in time order', () => {
    expect(dense.metrics.durationMinutes).toBe(22);
    expect(layout.marks).toHaveLength(
      dense.levels.length + dense.contacts.length + dense.steps.length + dense.messages.length + 2 + 1,
    );
    expect(layout.marks.map((m) => m.event.n).sort((a, b) => a - b)).toEqual(layout.marks.map((_, i) => i + 1));
    const times = [...layout.marks].sort((a, b) => a.event.n - b.event.n).map((m) => m.event.at);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });
  it('lays marks and labels out so no two overlap and all stay inside the picture', () => {
    const boxes = expectNoOverlapInside(layout);
    expect(boxes.length).toBeGreaterThan(40);
  });
  it('puts the three contacts of one minute, and the promise and note of one minute, apart', () => {
    const contacts = layout.marks.filter((m) => m.event.lane === 'contacts');
    expect(new Set(contacts.map((m) => m.event.at)).size).toBe(1);
    expect(new Set(contacts.map((m) => m.box.y)).size).toBe(3);
    const [promise, note] = ['promiseKept', 'note'].map((style) =>
      layout.marks.find((m) => m.event.style === style || (style === 'promiseKept' && m.event.style === 'promiseOpen')),
    );
    expect(promise!.event.at).toBe(note!.event.at);
    expect(overlaps(promise!.box, note!.box)).toBe(false);
  });
  it('starts each level band at its declaration, and ends it at the next change or the close', () => {
    const declared = Date.parse(dense.incident.declaredAt);
    expect(declared).toBeGreaterThan(Date.parse(dense.incident.detectedAt));
    expect(model.bands.map((b) => [new Date(b.from).toISOString(), new Date(b.to).toISOString()])).toEqual([
      ['2026-11-21T10:04:00.000Z', '2026-11-21T10:16:00.000Z'],
      ['2026-11-21T10:16:00.000Z', '2026-11-21T10:19:00.000Z'],
      ['2026-11-21T10:19:00.000Z', '2026-11-21T10:21:00.000Z'],
      ['2026-11-21T10:21:00.000Z', '2026-11-21T10:22:00.000Z'],
    ]);
    const seen = layout.milestones.find((m) => m.milestone.kind === 'seen')!;
    const closed = layout.milestones.find((m) => m.milestone.kind === 'closed')!;
    expect(layout.bands[0]!.x).toBeGreaterThan(seen.x + 10);
    const last = layout.bands.at(-1)!;
    expect(last.x + last.width).toBeCloseTo(closed.x, 5);
    // A level change is a mark of its own, where its band starts.
    const levelMarks = layout.marks.filter((m) => m.event.lane === 'levels');
    levelMarks.forEach((m, i) => expect(m.box.x + m.box.width / 2).toBeCloseTo(layout.bands[i]!.x, 5));
  });
  it('marks first sight, the deadline, the first public response and the close, labels inside the picture', () => {
    expect(layout.milestones.map((m) => m.label.text)).toEqual([
      'First seen 10:00',
      'First public response 10:12',
      'Closed 10:22',
      'Deadline 10:30: met',
    ]);
    const deadline = layout.milestones.at(-1)!;
    expect(deadline.x).toBeCloseTo(layout.plot.right, 5);
    expect(deadline.label.x + deadline.label.width).toBeLessThanOrEqual(layout.width);
  });
  it('reads the axis every 5 minutes, on the wall clock', () => {
    expect(layout.axis.stepMinutes).toBe(5);
    expect(layout.axis.ticks.map((t) => t.time?.text)).toEqual([
      '10:00',
      '10:05',
      '10:10',
      '10:15',
      '10:20',
      '10:25',
      '10:30',
    ]);
    expect(layout.axis.ticks[0]!.date?.text).toBe('Sat\u00a021\u00a0Nov');
  });
  it('has a legend for every kind of mark shown and every level band', () => {
    const names = layout.legend.map((l) => l.label.text);
    expect(names).toEqual(
      expect.arrayContaining([
        'Level change',
        'Contact reached',
        'Contact not reached',
        'Step done',
        'Public message',
        'Note',
      ]),
    );
    expect(names).toEqual(
      expect.arrayContaining(['Level: Negative comment', 'Level: Possible crisis', 'Level: Crisis']),
    );
    expect(names).not.toContain('Step done late');
  });
});

describe('tick steps', () => {
  it.each([
    [3, 1],
    [15, 2],
    [22, 5],
    [50, 5],
    [55, 10],
    [100, 10],
    [125, 30],
    [300, 30],
    [330, 60],
    [600, 60],
    [1200, 120],
    [1800, 180],
    [2880, 360],
    [5760, 720],
    [10080, 1440],
    [4 * 10080, 10080],
  ])('a span of %i minutes gets a tick every %i', (span, step) => {
    expect(chooseTickStep(span, 10)).toBe(step);
  });
  it("fall on the brand's wall clock, not UTC's: hours of Madrid, midnights of Madrid", () => {
    const wall = (at: number) => brandWallClock(at, 'Europe/Madrid');
    const hours = axisFor(Date.parse('2026-11-22T20:05:00Z'), Date.parse('2026-11-22T22:10:00Z'), 60, wall);
    expect(hours.ticks.map((t) => new Date(t).toISOString().slice(11, 16))).toEqual([
      '20:00',
      '21:00',
      '22:00',
      '23:00',
    ]);
    const days = axisFor(Date.parse('2026-11-22T20:05:00Z'), Date.parse('2026-11-24T10:00:00Z'), 1440, wall);
    expect(days.ticks.map((t) => new Date(t).toISOString())).toEqual([
      '2026-11-21T23:00:00.000Z',
      '2026-11-22T23:00:00.000Z',
      '2026-11-23T23:00:00.000Z',
      '2026-11-24T23:00:00.000Z',
    ]);
  });
});

describe('the timeline of the Spanish optician', () => {
  const data = buildReport(optica, replay(fixtureJournal('closed.jsonl')), NOW);
  const { svg, key } = timeline(data, {
    lang: 'es',
    brand: optica.brand,
    level: (id) => planIndex(optica).levels.get(id),
  });
  it('speaks Spanish everywhere: tooltips, lanes, milestones, legend', () => {
    expect(svg).toContain('Jorge Ibáñez: no localizado');
    expect(svg).toMatch(/Sofía Martín: localizado/);
    for (const word of [
      'Avisos',
      'Pasos',
      'Mensajes',
      'Promesas, notas',
      'Plazo 21:35: incumplido',
      'Cerrado 23:05',
      'Contacto localizado',
      'Nivel: Crisis',
    ])
      expect(svg).toContain(word);
    const words = svg.replace(/<[^>]*>/g, ' ');
    for (const english of ['reached', 'unreachable', 'Contacts', 'Deadline', 'Closed', 'Step', 'Level', 'Note'])
      expect(words).not.toContain(english);
    expect(key.map((k) => k.text)).toContain('Disculpa en Facebook');
    const interrupted = {
      ...data,
      steps: [{ ...data.steps[0]!, status: 'later' as const, outcome: undefined, reason: 'level-change' }],
    };
    const later = timeline(interrupted, { lang: 'es', brand: optica.brand, level: () => undefined }).key;
    // Closed, so "not done", in the words of the report's steps table (one step, one description).
    expect(later.find((k) => k.text.startsWith('Paso'))!.text).toMatch(
      /: sin hacer \(interrumpido por el cambio de nivel\)$/,
    );
    const stillOpen = timeline(
      { ...interrupted, incident: { ...interrupted.incident, open: true } },
      { lang: 'es', brand: optica.brand, level: () => undefined },
    ).key;
    expect(stillOpen.find((k) => k.text.startsWith('Paso'))!.text).toMatch(
      /: pendiente \(interrumpido por el cambio de nivel\)$/,
    );
  });
  it('has an accessible name and description of the whole incident', () => {
    expect(svg).toMatch(
      /^<svg [^>]*role="img" aria-labelledby="timeline-title-20261122-2010-abcd" aria-describedby="timeline-desc-20261122-2010-abcd"/,
    );
    const title = /<title id="timeline-title-[^"]+">([^<]*)<\/title>/.exec(svg)![1];
    const desc = /<desc id="timeline-desc-[^"]+">([^<]*)<\/desc>/.exec(svg)![1];
    expect(title).toBe('Cronología del incidente, de domingo,\u00a022\u00a0nov,\u00a021:05 a 23:05 (2 h)');
    expect(desc).toContain('Niveles: Crisis desde 21:10.');
    expect(desc).toContain('4 contactos avisados, 5 pasos, 2 mensajes, 2 promesas, 1 nota.');
    expect(desc).toContain('Primera respuesta pública: 21:40, plazo 21:35: incumplido.');
  });
  it('numbers each mark as the key below the picture does', () => {
    const numbers = [...svg.matchAll(/<g class="mark [^"]+"><title>(\d+) · ([^<]*)<\/title>/g)];
    expect(numbers.map((m) => Number(m[1])).sort((a, b) => a - b)).toEqual(key.map((_, i) => i + 1));
    for (const [, n, rest] of numbers) {
      const entry = key[Number(n) - 1]!;
      expect(rest).toBe(
        `${entry.time} · ${entry.text}`
          .replace(/&/g, '&amp;')
          .replace(/</g, '&lt;')
          .replace(/>/g, '&gt;')
          .replace(/"/g, '&quot;')
          .replace(/'/g, '&#39;'),
      );
    }
    const html = renderReport('html', readFileSync(join(root, 'templates/report.html.hbs'), 'utf8'), data, optica);
    const list =
      /<h3 class="key-title">Marcas de la cronología, por número<\/h3>\n<ol class="timeline-key">([\s\S]*?)<\/ol>/.exec(
        html,
      )![1]!;
    expect(list.match(/<li>/g)).toHaveLength(key.length);
    expect(list).toContain('<li>21:12 · Jorge Ibáñez: no localizado</li>');
  });
  it('keeps everything apart and inside', () => {
    expectNoOverlapInside(laid(data, optica).layout);
  });
});

describe('timelines of other shapes', () => {
  const base = buildReport(bakery, replay(fixtureJournal('dense-bakery.jsonl')), NOW);
  const shifted = (data: ReportData, minutes: number): ReportData => {
    const firstSeen = Date.parse(data.incident.detectedAt);
    // Spread every event over `minutes` instead of the 22 the incident took.
    const spread = (iso: string) =>
      new Date(firstSeen + ((Date.parse(iso) - firstSeen) / (22 * 60_000)) * minutes * 60_000).toISOString();
    return {
      ...data,
      incident: {
        ...data.incident,
        declaredAt: spread(data.incident.declaredAt),
        closedAt: spread(data.incident.closedAt!),
      },
      levels: data.levels.map((l) => ({ ...l, at: spread(l.at) })),
      contacts: data.contacts.map((c) => ({ ...c, at: spread(c.at) })),
      steps: data.steps.map((s) => ({ ...s, at: spread(s.at) })),
      messages: data.messages.map((m) => ({ ...m, at: spread(m.at) })),
      promises: data.promises.map((p) => ({ ...p, at: spread(p.at) })),
      notes: data.notes.map((n) => ({ ...n, at: spread(n.at) })),
      firstResponse: data.firstResponse && {
        ...data.firstResponse,
        due: spread(data.firstResponse.due),
        at: spread(data.firstResponse.at!),
      },
      metrics: { ...data.metrics, durationMinutes: minutes },
    };
  };
  it.each([4, 22, 95, 600, 2 * 1440, 9 * 1440])(
    'a %i-minute incident keeps marks and labels apart and inside',
    (minutes) => {
      const { layout } = laid(shifted(base, minutes), bakery);
      expectNoOverlapInside(layout);
      expect(layout.axis.ticks.length).toBeLessThanOrEqual(12);
    },
  );
  it('keeps 12-hour ticks ("10:05 AM") apart, in New York', () => {
    const us = { ...bakery, brand: { ...bakery.brand, language: 'en-US', timezone: 'America/New_York' } };
    const { layout } = laid(shifted(base, 95), us);
    expectNoOverlapInside(layout);
    expect(layout.axis.ticks[0]!.time!.text).toBe('5:00\u00a0AM');
  });
  it('draws an incident that has only just been opened', () => {
    const opened = fixtureJournal('dense-bakery.jsonl').filter((e) => e.type === 'opened');
    const data = buildReport(bakery, replay(opened), new Date('2026-11-21T10:05:00Z'));
    const { layout } = laid(data, bakery);
    expect(layout.marks).toEqual([]);
    expectNoOverlapInside(layout);
  });
  it('cuts a long level name to its band rather than letting it run out', () => {
    const long = {
      ...base,
      levels: base.levels.map((l) => ({ ...l, name: `${l.name} with a very long name indeed` })),
    };
    const { layout } = laid(long, bakery);
    expectNoOverlapInside(layout);
    expect(layout.marks.filter((m) => m.label).some((m) => m.label!.text.endsWith('…'))).toBe(true);
  });
  it('ends the last band at "now" while the incident is open, and says so', () => {
    const state = replay(fixtureJournal('dense-bakery.jsonl').filter((e) => e.type !== 'closed'));
    const open = buildReport(bakery, state, new Date('2026-11-21T10:40:00Z'));
    const { model, layout } = laid(open, bakery);
    expect(new Date(model.bands.at(-1)!.to).toISOString()).toBe('2026-11-21T10:40:00.000Z');
    expect(model.milestones.at(-1)!.label).toBe('Still open at 10:40');
    expect(model.title).toContain('still open');
    expectNoOverlapInside(layout);
  });
  it('shows an update sent late apart from the others, when the report marks it', () => {
    const late = { ...base, messages: base.messages.map((m, i) => (i === 1 ? { ...m, late: true as const } : m)) };
    const { svg } = timeline(late, {
      lang: 'en',
      brand: bakery.brand,
      level: (id) => planIndex(bakery).levels.get(id),
    });
    expect(svg.match(/class="mark message late"/g)).toHaveLength(1);
    expect(svg).toContain('Update sent late');
  });
  it('measures text on the wide side', () => {
    expect(textWidth('First public response 10:30', 11)).toBeGreaterThan(150);
    expect(textWidth('ra respuesta pública', 11)).toBeCloseTo(textWidth('ra respuesta publica', 11), 5);
  });
});

describe('the timeline of a very long incident', () => {
  const base = buildReport(bakery, replay(fixtureJournal('dense-bakery.jsonl')), NOW);
  const start = Date.parse(base.incident.detectedAt);
  // Notes and messages every few seconds for two days, as bench/big-journal.js writes them.
  const huge = (count: number): ReportData => ({
    ...base,
    incident: { ...base.incident, closedAt: new Date(start + count * 1000).toISOString() },
    notes: Array.from({ length: count }, (_, i) => ({
      at: new Date(start + i * 900).toISOString(),
      text: `note ${i}`,
    })),
    messages: [
      ...base.messages,
      ...Array.from({ length: count / 10 }, (_, i) => ({
        ...base.messages[0]!,
        at: new Date(start + 60_000 + i * 9000).toISOString(),
      })),
    ],
    metrics: { ...base.metrics, durationMinutes: Math.round(count / 60) },
  });
  it('builds 200,000 events without overflowing the stack', () => {
    const data = huge(200_000);
    expect(() => laid(data, bakery)).not.toThrow();
    const { model } = laid(data, bakery);
    expect(model.desc).toContain('200000 notes');
  });
  it('shows a crowded lane as count marks, apart and inside, their key entries summing them up', () => {
    const data = huge(40_000);
    const { model, layout } = laid(data, bakery);
    expect(layout.marks.length).toBeLessThan(60);
    expectNoOverlapInside(layout);
    for (const mark of layout.marks)
      if (mark.count) expect(mark.count.x + mark.count.width).toBeLessThanOrEqual(mark.box.x + mark.box.width);
    const groups = model.events.filter((e) => e.group);
    // Every note and promise is in a count mark or has its own: none lost, none counted twice.
    const lane = model.events.filter((e) => e.lane === 'promises');
    expect(lane.reduce((n, e) => n + (e.group?.count ?? 1), 0)).toBe(data.notes.length + data.promises.length);
    expect(model.key[groups[0]!.n - 1]!.text).toMatch(/^\d+ (promises and notes|messages) from .+ to .+ \(.+: \d+/);
    // The first public response keeps a mark of its own; the level changes too.
    const first = Date.parse(data.firstResponse!.at!);
    expect(model.events.some((e) => !e.group && e.lane === 'messages' && e.at === first)).toBe(true);
    expect(model.events.filter((e) => e.lane === 'levels' && !e.group)).toHaveLength(data.levels.length);
    const { svg, key } = timeline(data, { lang: 'es', brand: bakery.brand, level: () => undefined });
    expect(svg).toMatch(/class="mark group promise note"><title>\d+ · [^<]* · \d+ promesas y notas de /);
    expect(
      [...svg.matchAll(/<g class="mark [^"]+"><title>(\d+) · /g)].map((m) => Number(m[1])).sort((a, b) => a - b),
    ).toEqual(key.map((_, i) => i + 1));
  });
});
