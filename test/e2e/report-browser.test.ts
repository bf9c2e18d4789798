import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replay } from '../../src/escalate/replay.js';
import { buildReport, renderReport } from '../../src/report/build-report.js';
import { fixtureJournal, fixturePlan, root, type PlanName } from '../helpers.js';
import { skipReason } from './skip-reason.js';

// The HTML report as its reader opens it, in Debian's Chromium, on a phone and on a desktop:
// nothing scrolls sideways, and axe finds nothing to fix. Skipped where there is no Chromium,
// unless CRISIS_REQUIRE_CHROMIUM=1 (CI installs it).
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const present = existsSync(CHROMIUM);
if (!present && process.env.CRISIS_REQUIRE_CHROMIUM === '1')
  throw new Error(`CRISIS_REQUIRE_CHROMIUM=1 but there is no Chromium at ${CHROMIUM}`);

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const NOW = new Date('2026-12-01T00:00:00Z');
const TEMPLATE = readFileSync(join(root, 'templates/report.html.hbs'), 'utf8');

// The widest reports of the fixtures: the bakery's dense night (steps, departments, promises) and
// its hostile one (long addresses and markup in every field), and the Spanish closed incident.
const REPORTS: Array<[PlanName, string]> = [
  ['en-northside-bakery', 'dense-bakery.jsonl'],
  ['en-northside-bakery', 'bakery-hostile.jsonl'],
  ['es-optica-miravista', 'closed.jsonl'],
];

const VIEWPORTS = [
  ['phone', { width: 390, height: 844, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }],
  ['desktop', { width: 1280, height: 800 }],
] as const;

describe.skipIf(!present)(
  `the HTML report in headless Chromium${skipReason(!present && 'Chromium')}`,
  { timeout: 600_000 },
  () => {
    let browser: Browser;
    const dir = mkdtempSync(join(tmpdir(), 'crisis-report-browser-'));
    const files = new Map<string, string>();
    beforeAll(async () => {
      for (const [plan, journal] of REPORTS) {
        const playbook = fixturePlan(plan);
        const data = buildReport(playbook, replay(fixtureJournal(journal)), NOW);
        const file = join(dir, `${journal}.html`);
        writeFileSync(file, renderReport('html', TEMPLATE, data, playbook));
        files.set(journal, file);
      }
      browser = await puppeteer.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    }, 600_000);
    afterAll(async () => {
      await browser?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    const cases = REPORTS.flatMap(([, journal]) =>
      VIEWPORTS.map(([name, viewport]) => [journal, name, viewport] as const),
    );
    it.each(cases)(
      '%s at %s width: no sideways scroll, every table inside the page, no axe violation',
      async (journal, name, viewport) => {
        const tab = await browser.newPage();
        await tab.setViewport(viewport);
        await tab.goto(pathToFileURL(files.get(journal)!).href, { waitUntil: 'load' });
        const seen = await tab.evaluate(() => ({
          innerWidth: window.innerWidth,
          scrollWidth: document.documentElement.scrollWidth,
          tables: [...document.querySelectorAll('table')].map((table) =>
            Math.ceil(table.getBoundingClientRect().right),
          ),
          main: document.querySelectorAll('main').length,
        }));
        await tab.evaluate(AXE);
        const violations = await tab.evaluate(async () => {
          const axe = (
            window as unknown as {
              axe: {
                run: (
                  context: Document,
                ) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }>;
              };
            }
          ).axe;
          const result = await axe.run(document);
          return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
        });
        if (process.env.CRISIS_SCREENSHOTS)
          await tab.screenshot({
            path: join(process.env.CRISIS_SCREENSHOTS, `report-${journal}-${name}.png`),
            fullPage: true,
          });
        await tab.close();

        expect(seen.innerWidth).toBe(viewport.width);
        expect(seen.scrollWidth).toBeLessThanOrEqual(viewport.width);
        for (const right of seen.tables) expect(right).toBeLessThanOrEqual(viewport.width);
        expect(seen.main).toBe(1);
        expect(violations).toEqual([]);
      },
    );

    it.each(REPORTS.map(([, journal]) => journal))(
      '%s at phone width: no year or time of a date is broken across lines',
      async (journal) => {
        const tab = await browser.newPage();
        await tab.setViewport(VIEWPORTS[0][1]);
        await tab.goto(pathToFileURL(files.get(journal)!).href, { waitUntil: 'load' });
        const broken = await tab.evaluate(() => {
          const found: string[] = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.textContent ?? '';
            for (const match of text.matchAll(/\d{4}|\d{1,2}:\d{2}/g)) {
              const range = document.createRange();
              range.setStart(node, match.index);
              range.setEnd(node, match.index + match[0].length);
              // One box per line the token spans: two means "2 / 026".
              const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
              if (lines.size > 1) found.push(`${match[0]} in "${text}"`);
            }
          }
          return found;
        });
        await tab.close();
        expect(broken).toEqual([]);
      },
    );
  },
);
