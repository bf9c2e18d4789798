import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root, planDir } from '../helpers.js';
import { crisis } from './run-cli.js';
import { skipReason } from './skip-reason.js';

// The page as a reader sees it, in Debian's Chromium. Skipped where there is none, unless
// CRISIS_REQUIRE_CHROMIUM=1 (CI installs it), where a missing browser fails the run.
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const present = existsSync(CHROMIUM);
if (!present && process.env.CRISIS_REQUIRE_CHROMIUM === '1')
  throw new Error(`CRISIS_REQUIRE_CHROMIUM=1 but there is no Chromium at ${CHROMIUM}`);

const ID = '20261122-2010-abcd';
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
// A long address with no place to break, as people paste them: it must wrap, not widen the page.
const LONG = `https://miravista.example/pedidos/estado?referencia=${'MV20931'.repeat(16)}`;
const STATEMENT = `Comunicado de Óptica Miravista\n\nQueremos pedir disculpas. Estado de tu pedido: ${LONG}\n\n<script>document.title="pwned"</script>`;

function page(dir: string): string {
  cpSync(planDir(), dir, { recursive: true });
  mkdirSync(join(dir, 'incidents'));
  const lines = readFileSync(join(root, 'test/fixtures/journals/closed.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => {
      const event = JSON.parse(line);
      if (event.type === 'published' && event.channel === 'facebook') event.text = STATEMENT;
      return JSON.stringify(event);
    });
  const update = (minute: number, text: string) =>
    JSON.stringify({
      type: 'published',
      at: `2026-11-22T21:${minute}:00.000Z`,
      response: 'actualizacion',
      channel: 'x',
      text,
      edited: false,
    });
  lines.splice(-1, 0, update(15, 'Ya hemos entregado el 80 % de los pedidos.'), update(50, `Últimos envíos: ${LONG}`));
  writeFileSync(join(dir, 'incidents', `${ID}.jsonl`), `${lines.join('\n')}\n`);
  const run = crisis(['statement', '--out', 'comunicado.html'], { cwd: dir });
  expect(run.status).toBe(0);
  return join(dir, 'comunicado.html');
}

const VIEWPORTS = [
  ['phone', { width: 390, height: 844, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }],
  ['desktop', { width: 1280, height: 800 }],
  // The narrowest phones still sold: a long date or address must wrap here too.
  ['small phone', { width: 320, height: 568, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }],
] as const;

// One page for every test, written once by the built binary: its folder outlives each test.
const dir = mkdtempSync(join(tmpdir(), 'crisis-statement-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let written: string | undefined;
const statementPage = () => (written ??= page(dir));

describe('the built binary', () => {
  it('writes the page from the template it ships, wherever it is installed', () => {
    const html = readFileSync(statementPage(), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="es">/);
    expect(html).toContain('&lt;script&gt;document.title&#x3D;&quot;pwned&quot;&lt;/script&gt;');
  });
});

describe.skipIf(!present)(
  `the statement page in headless Chromium${skipReason(!present && 'Chromium')}`,
  { timeout: 600_000 },
  () => {
    let browser: Browser;
    let file: string;
    beforeAll(async () => {
      file = statementPage();
      browser = await puppeteer.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    }, 600_000);
    afterAll(async () => {
      await browser?.close();
    });

    it.each(VIEWPORTS)(
      'at %s width: nothing overflows sideways and the statement is on screen',
      async (name, viewport) => {
        const tab = await browser.newPage();
        // Nothing on the page may come from elsewhere: any request but the file itself fails the test.
        const requests: string[] = [];
        tab.on('request', (request) => requests.push(request.url()));
        await tab.setViewport(viewport);
        await tab.goto(pathToFileURL(file).href, { waitUntil: 'load' });
        const seen = await tab.evaluate(() => {
          const statement = document.getElementById('statement')!;
          const box = statement.getBoundingClientRect();
          const first = statement.querySelector('p')!.getBoundingClientRect();
          const hit = document.elementFromPoint(first.left + 2, first.top + 2);
          return {
            innerWidth: window.innerWidth,
            scrollWidth: document.documentElement.scrollWidth,
            box: { left: box.left, right: box.right, height: box.height },
            onTop: hit !== null && statement.contains(hit),
            text: statement.innerText,
            fontSize: parseFloat(getComputedStyle(statement.querySelector('p')!).fontSize),
            title: document.title,
            scripts: document.scripts.length,
          };
        });
        // axe-core, the accessibility checker, run in the page once it is read.
        await tab.evaluate(AXE);
        const violations = await tab.evaluate(async () => {
          type Axe = { run: (context: Document) => Promise<{ violations: Array<{ id: string }> }> };
          const result = await (window as unknown as { axe: Axe }).axe.run(document);
          return result.violations.map((violation) => violation.id);
        });
        if (process.env.CRISIS_SCREENSHOTS)
          await tab.screenshot({ path: join(process.env.CRISIS_SCREENSHOTS, `statement-${name}.png`), fullPage: true });
        await tab.close();

        // The layout viewport is the device's width: the viewport meta is there and honoured.
        expect(seen.innerWidth).toBe(viewport.width);
        expect(seen.scrollWidth).toBeLessThanOrEqual(seen.innerWidth);
        expect(seen.box.left).toBeGreaterThanOrEqual(0);
        expect(seen.box.right).toBeLessThanOrEqual(seen.innerWidth);
        expect(seen.box.height).toBeGreaterThan(100);
        expect(seen.onTop).toBe(true);
        expect(seen.fontSize).toBeGreaterThanOrEqual(16);
        expect(seen.text).toContain('Queremos pedir disculpas.');
        expect(seen.text).toContain(LONG.slice(0, 40));
        // The journal's <script> is text on the page, never run.
        expect(seen.text).toContain('<script>document.title="pwned"</script>');
        expect(seen).toMatchObject({ title: 'Óptica Miravista: Comunicado', scripts: 0 });
        expect(requests).toEqual([pathToFileURL(file).href]);
        expect(violations).toEqual([]);
      },
    );
  },
);
