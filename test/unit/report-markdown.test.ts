import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import type { Configuration } from 'markdownlint';
import { lint } from 'markdownlint/sync';
import { describe, expect, it } from 'vitest';
import type { IncidentEvent } from '../../src/escalate/events.js';
import { replay } from '../../src/escalate/replay.js';
import { buildReport, renderReport } from '../../src/report/build-report.js';
import { fixtureJournal, fixturePlan, root, type PlanName } from '../helpers.js';

// The bundled Markdown report, read as a renderer and a linter read it, for both bundled plans,
// with incident text that Markdown would otherwise interpret: pipes and newlines in table cells,
// raw HTML, headings, lists and links in summaries, reasons, notes and messages.

/** The Spanish fixture, made hostile where the bakery's (bakery-hostile.jsonl) is already. */
function hostileOptica(): IncidentEvent[] {
  return fixtureJournal('closed.jsonl').map((event) => {
    if (event.type === 'opened') return { ...event, summary: 'Retrasos | **urgente**\n## cabecera falsa' };
    if (event.type === 'step' && event.step === 'influencers')
      return { ...event, reason: 'No | hace falta\n- todavía <script>x</script>' };
    if (event.type === 'note') return { ...event, text: '> cita\n<iframe src="https://evil.example"></iframe>' };
    if (event.type === 'closed') return { ...event, resolution: '1. entregado\n\n\n\n| a |\n|---|', lessons: '***' };
    return event;
  });
}

const CASES = [
  { name: 'en-northside-bakery', events: fixtureJournal('bakery-hostile.jsonl') },
  { name: 'es-optica-miravista', events: hostileOptica() },
  {
    name: 'es-optica-miravista (fixture as it is)',
    plan: 'es-optica-miravista',
    events: fixtureJournal('closed.jsonl'),
  },
];

const template = readFileSync(join(root, 'templates/report.md.hbs'), 'utf8');
const render = (c: (typeof CASES)[number]) => {
  const playbook = fixturePlan((c.plan ?? c.name) as PlanName);
  return renderReport(
    'md',
    template,
    buildReport(playbook, replay(c.events), new Date('2026-12-01T00:00:00Z')),
    playbook,
  );
};

// Structure rules of markdownlint (https://github.com/DavidAnson/markdownlint): only those the
// report must keep whatever the incident says. Line length (MD013) and bare URLs (MD034, in
// messages as they went out) are left to the reader.
const RULES: Configuration = {
  default: false,
  MD001: true, // heading levels go up one at a time
  MD003: { style: 'atx' },
  MD009: { br_spaces: 2 }, // no trailing spaces but a hard break's two
  MD012: true, // no multiple blank lines
  MD018: true,
  MD019: true,
  MD022: true, // blank lines around headings
  MD023: true,
  MD025: true, // one top heading
  MD031: true,
  MD032: true, // blank lines around lists
  MD047: true, // a final newline
  MD055: true,
  MD056: true, // every table row has the header's number of cells
  MD058: true, // blank lines around tables
};

describe.each(CASES)('the Markdown report of $name', (c) => {
  const text = render(c);
  const tokens = new MarkdownIt({ html: true }).parse(text, {});
  const all = tokens.flatMap((token) => [token, ...(token.children ?? [])]);

  it('passes markdownlint: blank lines around headings, lists and tables, none doubled, a final newline', () => {
    const { report } = lint({ strings: { report: text }, config: RULES });
    expect(
      report!.map((e) => `${e.lineNumber}: ${e.ruleNames[0]} ${e.ruleDescription} ${e.errorContext ?? ''}`),
    ).toEqual([]);
    expect(text.endsWith('\n')).toBe(true);
    expect(text).not.toMatch(/\n\n\n/);
  });

  it('gives a CommonMark renderer no HTML of its own and no link but http(s) autolinks', () => {
    expect(all.filter((token) => token.type.startsWith('html_')).map((token) => token.content)).toEqual([]);
    for (const link of all.filter((token) => token.type === 'link_open')) {
      expect(link.attrGet('href')).toMatch(/^https?:\/\//);
      expect(link.markup).toBe('autolink');
    }
  });

  it('keeps every table row to its header, and its own headings only', () => {
    expect(tokens.filter((token) => token.type === 'table_open').length).toBeGreaterThanOrEqual(2);
    let rows = 0;
    let inTable = false;
    let cells = 0;
    let header = 0;
    for (const token of tokens) {
      if (token.type === 'table_open') [inTable, header] = [true, 0];
      if (token.type === 'table_close') inTable = false;
      if (!inTable) continue;
      if (token.type === 'tr_open') cells = 0;
      if (token.type === 'th_open' || token.type === 'td_open') cells += 1;
      if (token.type === 'tr_close') {
        rows += 1;
        if (header === 0) header = cells;
        else expect(cells).toBe(header);
      }
    }
    expect(rows).toBeGreaterThan(5);
    const headings = tokens.filter((token) => token.type === 'heading_open').map((token) => token.tag);
    expect(headings.filter((tag) => tag === 'h1')).toHaveLength(1);
    expect(tokens.filter((token) => token.type === 'hr')).toHaveLength(0);
    expect(tokens.filter((token) => token.type === 'code_block')).toHaveLength(0);
    expect(tokens.filter((token) => token.type === 'blockquote_open')).toHaveLength(0);
  });
});

describe('incident text in the Markdown report', () => {
  const [bakery, optica] = CASES.map(render);
  it('reads as it was written once rendered', () => {
    const html = new MarkdownIt().render(bakery!);
    expect(html).toContain('Brownie | &quot;nut-free&quot; | &lt;script&gt;alert(1)&lt;/script&gt; # forged heading');
    expect(html).toContain('Jo | briefed by phone &lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('javascript:alert(document.cookie)');
    expect(new MarkdownIt().render(optica!)).toContain('Retrasos | **urgente** ## cabecera falsa');
  });
});

describe('the Markdown report as a person searches and copies it', () => {
  const playbook = fixturePlan('en-northside-bakery');
  // A closing message with addresses as people type them: no path, a capital in the host, a port.
  const TEXT =
    'Thank you all. Everything is at https://NorthsideBakery.example and https://northsidebakery.example:8443?x=1.';
  const events = fixtureJournal('bakery-hostile.jsonl').map((event) =>
    event.type === 'published' && event.channel === 'website' && event.at.startsWith('2026-11-21T20:20')
      ? { ...event, text: TEXT, url: 'https://northsidebakery.example' }
      : event,
  );
  const reportIn = (language: string) => {
    const plan = { ...playbook, brand: { ...playbook.brand, language } };
    return renderReport('md', template, buildReport(plan, replay(events), new Date('2026-12-01T00:00:00Z')), plan);
  };
  const text = reportIn('en-GB');

  it('writes an address as it was typed, so the message reads word for word, and still links it', () => {
    expect(text).toContain(
      'Thank you all. Everything is at <https://NorthsideBakery.example> and <https://northsidebakery.example:8443?x=1>.',
    );
    expect(text).toContain('\n<https://northsidebakery.example>\n');
    const paragraph = new MarkdownIt()
      .parse(text, {})
      .find((token) => token.type === 'inline' && token.content.startsWith('Thank you all.'));
    // Read back as text, the links' text included, the message is the one that went out.
    const read = paragraph!.children!.filter((child) => child.type === 'text').map((child) => child.content);
    expect(read.join('')).toBe(TEXT);
    const links = paragraph!
      .children!.filter((child) => child.type === 'link_open')
      .map((child) => child.attrGet('href'));
    expect(links).toEqual(['https://NorthsideBakery.example', 'https://northsidebakery.example:8443?x=1']);
  });

  it.each([
    ['angle brackets', 'https://x.com/a/status/1?q=<b>x</b>', 'https://x.com/a/status/1?q=%3Cb%3Ex%3C/b%3E'],
    ['a space', 'https://x.com/a b', 'https://x.com/a%20b'],
  ])('links an address with %s whole, for the incident and for a message', (_, address, href) => {
    const odd = fixtureJournal('bakery-hostile.jsonl').map((event) =>
      event.type === 'opened' || event.type === 'published' ? { ...event, link: address, url: address } : event,
    );
    const report = renderReport(
      'md',
      template,
      buildReport(playbook, replay(odd as IncidentEvent[]), new Date('2026-12-01T00:00:00Z')),
      playbook,
    );
    const links = new MarkdownIt()
      .parse(report, {})
      .flatMap((token) => token.children ?? [])
      .filter((child) => child.type === 'link_open')
      .map((child) => child.attrGet('href'));
    expect(report).toContain(`(<${href}>)`);
    expect(report).toContain(`\n<${href}>\n`);
    expect(links).toContain(href);
    expect(links.filter((link) => String(link).startsWith('https://x.com/')).every((link) => link === href)).toBe(true);
  });

  it.each(['en-GB', 'en-US', 'es-ES'])('in %s, dates and times have plain spaces: a search finds them', (language) => {
    const report = reportIn(language);
    expect(report).not.toMatch(/[\u00a0\u202f]/);
    expect(report).toMatch(
      language === 'en-US'
        ? /Nov 21, 2026, 6:05 PM/
        : language === 'es-ES'
          ? /21 de nov de 2026, 18:05/
          : /21 Nov 2026, 18:05/,
    );
  });

  it('opens with a table whose header says which incident it is, never an empty header row', () => {
    const tokens = new MarkdownIt().parse(text, {});
    const start = tokens.findIndex((token) => token.type === 'thead_open');
    const header = tokens
      .slice(
        start,
        tokens.findIndex((token) => token.type === 'thead_close'),
      )
      .filter((token) => token.type === 'inline')
      .map((token) => token.content);
    expect(header).toEqual(['Incident', '20261121-1820-beef']);
  });
});
