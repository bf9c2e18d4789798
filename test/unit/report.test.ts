import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IncidentEvent } from '../../src/escalate/events.js';
import { replay } from '../../src/escalate/replay.js';
import { buildReport, renderReport } from '../../src/report/build-report.js';
import { redact, redactText } from '../../src/report/redact.js';
import type { Playbook } from '../../src/model/schema.js';
import { countOperations } from '../count-operations.js';
import { root, fixturePlan, fixtureJournal, minimal } from '../helpers.js';

const playbook = fixturePlan('es-optica-miravista');
const events = fixtureJournal('closed.jsonl');
const data = buildReport(playbook, replay(events), new Date('2026-11-30T00:00:00Z'));
const template = (format: string) => readFileSync(join(root, `templates/report.${format}.hbs`), 'utf8');

describe('the metrics of a closed incident (fixture journal, fixed times)', () => {
  it('are computed from the journal alone', () => {
    expect(data.metrics).toEqual({
      firstResponseMinutes: 35, // first seen 20:05, statement on Facebook 20:40
      reachEveryoneMinutes: 8, // declared 20:10, last contact reached 20:18
      notReached: ['jorge'], // Sofía, his backup, was reached for him
      statementMinutes: 35,
      durationMinutes: 120, // 20:05 to 22:05
      // Met: logística (34 min of 1h). Missed: the first response, reunir and pedir-datos (15m from
      // 20:05, done 20:25/20:26), comunicado and aviso-corto (30m, done 20:40/20:42). Atención never
      // answered, but the incident closed (22:05) before its 2h ran out (22:26): no answer, not late.
      deadlinesMet: 1,
      deadlinesMissed: 5,
      // Updates (crisis: every 20m) from the statement at 20:40: the short apology at 20:42 is part
      // of the first response, no update; then silence to the close at 22:05, an update owed since 21:02.
      updatesOnTime: 0,
      updatesDue: 1,
      longestSilenceMinutes: 83,
    });
  });
  it('judge the first response against its level (crisis: 30 min from first sight)', () => {
    expect(data.firstResponse).toEqual({
      due: '2026-11-22T20:35:00.000Z',
      at: '2026-11-22T20:40:00.000Z',
      kind: 'apology',
      channel: 'facebook',
      channelName: 'Facebook',
      outcome: 'missed',
      lateMinutes: 5,
    });
  });
  it('do not count a private reply or a notice to the team as the first public response, and label them', () => {
    const state = replay(events);
    const first = state.published[0]!;
    const earlier = {
      ...state,
      published: [
        {
          ...first,
          at: '2026-11-22T20:20:00.000Z',
          response: 'respuesta-privada',
          channel: 'x',
          audience: 'private' as const,
        },
        {
          ...first,
          at: '2026-11-22T20:21:00.000Z',
          response: 'aviso-interno',
          channel: 'team',
          audience: 'internal' as const,
        },
        ...state.published,
      ],
    };
    const report = buildReport(playbook, earlier, new Date('2026-11-30T00:00:00Z'));
    expect(report.firstResponse).toMatchObject({ at: '2026-11-22T20:40:00.000Z', kind: 'apology', outcome: 'missed' });
    expect(report.messages.slice(0, 2).map((m) => `${m.kind}/${m.audience}`)).toEqual([
      'private-reply/private',
      'internal/internal',
    ]);
    const markdown = renderReport('md', template('md'), report, playbook);
    expect(markdown).toContain('(mensaje privado)');
    expect(markdown).toContain('### El equipo');
    expect(markdown).toContain('disculpa en Facebook');
  });
  it('time each department against its commitment, until the close', () => {
    expect(data.departments.map((d) => [d.department, d.tookMinutes, d.outcome])).toEqual([
      ['atencion', undefined, 'unanswered'],
      ['logistica', 34, 'met'],
    ]);
    // Closed later, after atención's 2h: late. Still open, however late it is now: pending, until its time runs out.
    const state = replay(events);
    const late = { ...state, closed: { ...state.closed!, at: '2026-11-22T23:00:00.000Z' } };
    expect(buildReport(playbook, late, new Date('2026-11-30T00:00:00Z')).departments[0]!.outcome).toBe('missed');
    const open = { ...state, closed: undefined };
    expect(buildReport(playbook, open, new Date('2026-11-22T21:00:00Z')).departments[0]!.outcome).toBe('pending');
    expect(buildReport(playbook, open, new Date('2026-11-22T23:00:00Z')).departments[0]!.outcome).toBe('missed');
  });
  it('show who stood in for whom, open promises, and steps left undone', () => {
    expect(data.contacts.find((c) => c.contact === 'sofia')).toMatchObject({ status: 'reached', backupFor: 'jorge' });
    expect(data.promises.map((p) => [p.to, p.honoured])).toEqual([
      ['<script>alert(1)</script>', false],
      ['@pepe', true],
    ]);
    expect(data.stepsUndone.map((s) => s.step)).toEqual(['cierre']);
  });
});

describe('the Markdown report', () => {
  it("reads as the team expects, in the playbook's language and timezone", () => {
    // One format for every date, with the year: a report is read long after the night.
    const md = renderReport('md', template('md'), data, playbook);
    expect(md.split('\n').slice(0, 24).join('\n')).toMatchInlineSnapshot(`
      "# Informe del incidente: Un cliente denuncia retrasos

      **Nivel: Crisis. Primera respuesta pública: con un retraso de 5 min. 1 promesa sin cumplir.**

      | Incidente | 20261122-2010-abcd |
      | --- | --- |
      | Empezó en | X (Twitter) (<https://x.com/ana/status/1>) |
      | Visto por primera vez | domingo, 22 de nov de 2026, 21:05 |
      | Declarado | domingo, 22 de nov de 2026, 21:10 |
      | Cerrado | domingo, 22 de nov de 2026, 23:05 |
      | Nivel | Crisis |

      Horas en Europe/Madrid.

      ## Métricas

      - **Tiempo hasta la primera respuesta pública** (desde que se vio): 35 min
      - **Tiempo hasta localizar a todos los avisados** (cada uno desde que había que avisarle): 8 min; sin localizar: Jorge Ibáñez
      - **Tiempo hasta publicar el comunicado** (desde que se vio): 35 min
      - **Duración total** (desde que se vio): 2 h
      - **Plazos de la primera respuesta, los pasos y los departamentos**: 1 cumplido, 5 incumplidos
      - **Actualizaciones a tiempo (desde la primera respuesta pública)**: 0 de 1
      - **Silencio más largo (desde la primera respuesta pública)**: 1 h 23 min
      "
    `);
    expect(md).toContain('- Plazo: domingo, 22 de nov de 2026, 21:35, **incumplido** (con un retraso de 5 min)');
    // The fixture's journal is older than due dates: its promises have none, and still read.
    expect(md).toContain('- **aún pendiente**: \\<script>alert(1)\\</script>: Cambio de lentes gratis');
    expect(md).toContain('Plazo: sin fecha límite)');
    expect(md).toContain(
      'Lamentamos el retraso. <https://miravista.example/comunicado> #MiravistaInforma\n\n<https://x.com/miravista/status/2>',
    );
  });
});

describe("a report template of one's own", () => {
  it('reads the data variables in its loops (@index, @first, @last, @key, @root), as Handlebars gives them', () => {
    const own =
      '{{#each levels}}{{@index}}{{#if @first}}<{{/if}}{{name}}{{#if @last}}>{{/if}}@{{@root.incident.id}} {{/each}}' +
      '{{#each labels}}{{#if @first}}{{@key}}{{/if}}{{/each}}';
    expect(renderReport('md', own, data, playbook)).toBe('0<Crisis>@20261122-2010-abcd title');
  });
});

describe('the HTML report', () => {
  const html = renderReport('html', template('html'), data, playbook);
  it('escapes every piece of incident text', () => {
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;b&gt;El periodista&lt;/b&gt;');
  });
  it('is one self-contained file: no external script, stylesheet, image or font', () => {
    expect(html).not.toMatch(/<(link|script|img|iframe)\b/i);
    expect(html).not.toMatch(/src\s*=/i);
    // The only addresses are links a person clicks, to http(s) pages, opened apart from the report.
    const hrefs = [...html.matchAll(/<(\w+)[^>]*\shref="([^"]*)"([^>]*)>/g)];
    expect(hrefs.length).toBeGreaterThan(0);
    for (const [tag, name, href, rest] of hrefs) {
      expect(name, tag).toBe('a');
      expect(href, tag).toMatch(/^https?:\/\//);
      expect(rest, tag).toContain('rel="noopener noreferrer"');
    }
    expect(html).not.toMatch(/url\(|@import/);
    expect(html).toMatch(/<style>[\s\S]*@media print[\s\S]*<\/style>/);
  });
  it('draws the timeline: a band per level, a mark per event, the deadline as a missed line', () => {
    const svg = html.slice(html.indexOf('<svg'), html.indexOf('</svg>') + 6);
    expect(svg.match(/<rect class="band"/g)).toHaveLength(1);
    expect(svg.match(/class="mark message public"/g)).toHaveLength(2);
    expect(svg.match(/class="mark contact (reached|unreachable)"/g)).toHaveLength(4);
    expect(svg).toMatch(/<g class="milestone deadline missed"><line [^>]*stroke="#b91c1c"/);
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('--redact', () => {
  it.each([
    ['Llamad al +34 611 222 333', 'Llamad al [phone]'],
    ['o al 963 000 111.', 'o al [phone].'],
    ['escribid a sofia@miravista.example', 'escribid a [email]'],
    ['el 2026-11-22 a las 21:05, pedido MV-20931', 'el 2026-11-22 a las 21:05, pedido MV-20931'],
    ['@ana_lopez', '[handle]'],
  ])('%s → %s', (text, expected) => {
    expect(redactText(text, 'ES')).toBe(expected);
  });
  it('leaves no phone or email anywhere in the report', () => {
    const hidden = redact(data, 'ES');
    const all = [
      renderReport('md', template('md'), hidden, playbook),
      renderReport('html', template('html'), hidden, playbook),
      renderReport('json', '', hidden, playbook),
    ].join('\n');
    for (const contact of playbook.contacts) {
      if (contact.phone) expect(all).not.toContain(contact.phone);
      if (contact.email) expect(all).not.toContain(contact.email);
    }
    expect(all).toContain('[phone]');
  });
});

describe('promises against their due time', () => {
  // Made at 20:30 UTC; the report is made on 30 Nov.
  const promise = (id: string, due: string | undefined, doneAt?: string): IncidentEvent[] => [
    {
      type: 'promise',
      at: '2026-11-22T20:30:00.000Z',
      promise: id,
      to: `@${id}`,
      what: 'Reembolso',
      approved_by: 'jorge',
      due,
    },
    ...(doneAt ? [{ type: 'promise-done' as const, at: doneAt, promise: id }] : []),
  ];
  const withPromises = [
    ...events.filter((event) => event.type !== 'promise' && event.type !== 'promise-done'),
    ...promise('a', '2026-11-24T20:30:00.000Z', '2026-11-24T10:00:00.000Z'), // kept 10h30m early
    ...promise('b', '2026-11-24T20:30:00.000Z', '2026-11-25T00:30:00.000Z'), // kept 4h late
    ...promise('c', '2026-11-29T18:00:00.000Z'), // open, not due at the close (22 Nov, 22:05)
    ...promise('d', '2026-12-05T20:30:00.000Z'), // open, not due yet
  ];
  const report = buildReport(playbook, replay(withPromises), new Date('2026-11-30T00:00:00Z'));

  it.each([
    ['a', 'kept', undefined],
    ['b', 'kept-late', 240],
    ['c', 'open', undefined],
    ['d', 'open', undefined],
  ])('%s is %s (late by %s min)', (id, outcome, late) => {
    const found = report.promises.find((p) => p.id === id)!;
    expect(found.outcome).toBe(outcome);
    expect(found.lateMinutes).toBe(late);
  });

  it('say so in each format, the due time beside each', () => {
    const md = renderReport('md', template('md'), report, playbook).replaceAll('\u00a0', ' ');
    expect(md).toContain(
      '- cumplida a tiempo (martes, 24 de nov de 2026, 11:00): @a: Reembolso (Aprobada por Jorge Ibáñez, domingo, 22 de nov de 2026, 21:30; Plazo: martes, 24 de nov de 2026, 21:30)',
    );
    expect(md).toContain('- **cumplida con 4 h de retraso** (miércoles, 25 de nov de 2026, 01:30): @b');
    expect(md).toContain('- **aún pendiente**: @c');
    expect(md).toContain(
      '- **aún pendiente**: @d: Reembolso (Aprobada por Jorge Ibáñez, domingo, 22 de nov de 2026, 21:30; Plazo: sábado, 5 de dic de 2026, 21:30)',
    );
    const html = renderReport('html', template('html'), report, playbook).replaceAll('\u00a0', ' ');
    expect(html).toContain(
      '<td data-label="Plazo">martes, 24 de nov de 2026, 21:30</td><td data-label="Estado"><span class="open-promise">cumplida con 4 h de retraso</span> · miércoles, 25 de nov de 2026, 01:30</td>',
    );
    const json = JSON.parse(renderReport('json', '', report, playbook));
    expect(json.promises.find((p: { id: string }) => p.id === 'c')).toMatchObject({
      due: '2026-11-29T18:00:00.000Z',
      outcome: 'open',
      honoured: false,
    });
  });

  it('read the same any day once the incident is closed: judged as of the close', () => {
    const later = buildReport(playbook, replay(withPromises), new Date('2027-03-01T00:00:00Z'));
    expect(later.promises).toEqual(report.promises);
    expect({ ...later, generatedAt: '' }).toEqual({ ...report, generatedAt: '' });
  });
});

describe('a report of thousands of notified contacts', () => {
  /** The minimal plan with `count` more contacts, each notified at the crisis level, each the next one's backup, tried in turn. */
  function incident(count: number) {
    const plan = minimal();
    const ids = Array.from({ length: count }, (_, i) => `c${i}`);
    plan.contacts.push(
      ...ids.map((id, i) => ({
        id,
        name: `C ${i}`,
        role: 'R',
        phone: '+34 600 111 222',
        backup: ids[(i + 1) % count],
      })),
    );
    plan.levels[1].notify = ids;
    const start = Date.UTC(2026, 10, 22, 20, 0);
    const at = (seconds: number) => new Date(start + seconds * 1000).toISOString();
    const journal: IncidentEvent[] = [
      { type: 'opened', at: at(0), id: 'x', summary: 'S', channel: 'twitter', detected_at: at(0) },
      {
        type: 'triaged',
        at: at(1),
        answers: [{ question: 'spread', option: 'Se ha hecho viral', level: 'crisis' }],
        level: 'crisis',
      },
      ...ids.map((contact, i): IncidentEvent => ({
        type: 'contact',
        at: at(2 + i),
        contact,
        status: i % 2 ? 'unreachable' : 'reached',
      })),
      { type: 'closed', at: at(count + 10), resolution: 'R' },
    ];
    return { plan: plan as Playbook, state: replay(journal) };
  }
  /** What going from n to 4n adds, over what going from n to 2n adds: 3 when linear, 5 when it grows with the square. */
  const growth = (work: (size: number) => void, n: number) => {
    work(n);
    const [one, two, four] = [n, 2 * n, 4 * n].map((size) => countOperations(() => work(size)));
    return (four! - one!) / (two! - one!);
  };

  it.each(['md', 'html'] as const)('costs in proportion to them (%s)', (format) => {
    const ratio = growth((size) => {
      const { plan, state } = incident(size);
      renderReport(format, template(format), buildReport(plan, state, new Date(Date.UTC(2027, 0, 1))), plan);
    }, 500);
    expect(ratio).toBeLessThan(3.5);
  });

  it('names who stood in for whom', () => {
    const { plan, state } = incident(4);
    const contacts = buildReport(plan, state, new Date()).contacts;
    // c1 and c3 were unreachable: their backups c2 and c0 (tried before c3) stood in only when tried after them.
    expect(contacts.map((c) => [c.contact, c.backupFor])).toEqual([
      ['c0', undefined],
      ['c1', undefined],
      ['c2', 'c1'],
      ['c3', undefined],
    ]);
  });
});
