import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import type { IncidentEvent } from '../../src/escalate/events.js';
import { replay } from '../../src/escalate/replay.js';
import { buildReport, renderReport } from '../../src/report/build-report.js';
import { root, fixturePlan, fixtureJournal, type PlanName } from '../helpers.js';

// The bakery's hostile journal: a javascript: link as the incident's, a data: address as a post's,
// HTML in the summary, a reason and a promise, a message edited after failing two checks.
const playbook = fixturePlan('en-northside-bakery');
const events = fixtureJournal('bakery-hostile.jsonl');
const data = buildReport(playbook, replay(events), new Date('2026-12-01T00:00:00Z'));
const html = renderReport('html', readFileSync(join(root, 'templates/report.html.hbs'), 'utf8'), data, playbook);
const md = renderReport('md', readFileSync(join(root, 'templates/report.md.hbs'), 'utf8'), data, playbook);
// Times keep their spaces unbreakable; shown here as plain spaces.
const plain = md.replaceAll('\u00a0', ' ');

describe('links in the HTML report', () => {
  const anchors = [...html.matchAll(/<a\b([^>]*)>([^<]*)<\/a>/g)].map(([, attributes, text]) => ({ attributes, text }));

  it('are http(s) addresses only, each opened apart from the report', () => {
    expect(anchors.map((a) => /href="([^"]*)"/.exec(a.attributes!)?.[1])).toEqual([
      // In the team's notice, written when the incident's link was still a real one.
      'https://instagram.com/p/abc_123',
      'https://northsidebakery.example/news/brownies',
      // In a message's text: the statement it links, and the post's own address.
      'https://northsidebakery.example/statement',
      'https://x.com/northsidebakery/status/9',
      'https://northsidebakery.example/statement',
      'https://instagram.com/p/xyz',
    ]);
    for (const anchor of anchors) expect(anchor.attributes).toMatch(/^ href="https:[^"]*" rel="noopener noreferrer"$/);
  });

  it('leave javascript: and data: addresses as text, escaped', () => {
    expect(html).not.toMatch(/href="(?!https?:)/);
    expect(html).toContain('<td>Instagram · javascript:alert(document.cookie)</td>');
    expect(html).toContain('<p class="muted">data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;</p>');
    expect(html).not.toMatch(/<(script|img|iframe)\b/i);
  });
});

describe('what the report says of the incident', () => {
  it('in one line at the top, then the facts a person looks for', () => {
    expect(html).toContain(
      '<p class="executive"><b>Level: Crisis. First public response: late by 5 min. 1 promise not honoured yet.</b></p>',
    );
    expect(md).toContain('| Started on | Instagram (javascript:alert(document.cookie)) |');
    expect(md).toContain('| On duty | Priya Shah |');
    // Dr Green joined the list when the level rose at 18:50 and was reached that minute: 0, not 30 min.
    expect(md).toContain('- **Time to reach everyone to notify** (each from when they were to be told): 0 min');
    expect(md).toContain('- **Time to first public response** (from first seen): 1 h 5 min');
  });

  it('labels a private reply and says which checks an edited message failed', () => {
    expect(plain).toContain('### Instagram, Sat, 21 Nov 2026, 18:35 (private reply)');
    expect(plain).toMatch(/### X, .* \(edited after failing a check: too long for the channel, a topic to avoid\)/);
  });

  it('reads "no answer" for a department silent at the close, never "pending"', () => {
    expect(data.departments.find((d) => d.department === 'cafe')?.outcome).toBe('unanswered');
    expect(plain).toMatch(/\| Café and orders \| .* \| no answer \| — \| 2 h no answer \|/);
    expect(md).not.toContain('pending');
  });
});

describe('who stood in for whom', () => {
  const miravista = fixturePlan('es-optica-miravista');
  const fixture = fixtureJournal('closed.jsonl');
  const contactsWhen = (sofiaAt: string) => {
    const changed = fixture.map((event) =>
      event.type === 'contact' && event.contact === 'sofia' ? { ...event, at: sofiaAt } : event,
    );
    return buildReport(miravista, replay(changed), new Date('2026-12-01T00:00:00Z')).contacts;
  };

  it('a backup reached after the person they replace was tried stands in for them', () => {
    expect(contactsWhen('2026-11-22T20:14:00.000Z').find((c) => c.contact === 'sofia')?.backupFor).toBe('jorge');
  });

  it('a backup reached before was called for themselves, and the list keeps the order they were tried in', () => {
    const contacts = contactsWhen('2026-11-22T20:11:00.000Z');
    expect(contacts.find((c) => c.contact === 'sofia')?.backupFor).toBeUndefined();
    expect(contacts.map((c) => c.contact)).toEqual(['sofia', 'jorge', 'agencia', 'lucia']);
  });

  it('the peak level stays beside the last, and the channel is shown by its name', () => {
    const lowered = [
      ...fixture.slice(0, -1),
      { type: 'level', at: '2026-11-22T21:30:00.000Z', level: 'posible-crisis', reason: 'Se calma' } as IncidentEvent,
      fixture.at(-1)!,
    ];
    const report = buildReport(miravista, replay(lowered), new Date('2026-12-01T00:00:00Z'));
    expect(report.incident).toMatchObject({ level: 'posible-crisis', peakLevel: 'crisis', channelName: 'X (Twitter)' });
    const text = renderReport('md', readFileSync(join(root, 'templates/report.md.hbs'), 'utf8'), report, miravista);
    expect(text).toContain('| Nivel | Posible crisis (máximo: Crisis) |');
    expect(text).toContain(
      '**Nivel: Posible crisis (máximo: Crisis). Primera respuesta pública: con un retraso de 5 min.',
    );
    expect(text).toContain('| Empezó en | X (Twitter) (<https://x.com/ana/status/1>) |');
  });
});

describe('the HTML report as a validator reads it', () => {
  const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
  const template = readFileSync(join(root, 'templates/report.html.hbs'), 'utf8');
  const reportOf = (plan: PlanName, journal: IncidentEvent[]) => {
    const plannedBy = fixturePlan(plan);
    return renderReport('html', template, buildReport(plannedBy, replay(journal), NOW), plannedBy);
  };
  const NOW = new Date('2026-12-01T00:00:00Z');
  const problems = async (page: string) => {
    const report = await validator.validateString(page);
    return report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`));
  };

  it.each([
    ['en-northside-bakery', 'bakery-hostile.jsonl'],
    ['en-northside-bakery', 'dense-bakery.jsonl'],
    ['es-optica-miravista', 'closed.jsonl'],
  ] as const)('%s with %s: no error in html-validate:recommended', async (plan, journal) => {
    expect(await problems(reportOf(plan, fixtureJournal(journal)))).toEqual([]);
  });

  it('an incident just opened (the open warning, tables with no row yet): no error either', async () => {
    expect(await problems(reportOf('es-optica-miravista', fixtureJournal('closed.jsonl').slice(0, 2)))).toEqual([]);
  });

  it("is in the plan's language, with its region, and its content in one <main>", () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en-GB">/);
    expect(html.match(/<main>/g)).toHaveLength(1);
    expect(html.indexOf('<main>')).toBeLessThan(html.indexOf('<h1>'));
  });

  it('a long summary gives a title cut at a word, that fits 70 characters as written', () => {
    const long = fixtureJournal('closed.jsonl').map((event) =>
      event.type === 'opened'
        ? {
            ...event,
            summary:
              'Un "influencer" con 200.000 seguidores dice que nuestras gafas de sol se rompen & pide reembolsos',
          }
        : event,
    );
    const title = /<title>(.*)<\/title>/.exec(reportOf('es-optica-miravista', long))![1]!;
    expect(title).toBe('Informe del incidente: Un &quot;influencer&quot; con 200.000…');
    expect(title.length).toBeLessThanOrEqual(70);
  });
});
