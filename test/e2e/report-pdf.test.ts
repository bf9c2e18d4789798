import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/cli/find-browser.js';
import { root, type PlanName, example, planDir } from '../helpers.js';
import { crisis as inProcess } from '../integration/run-cli.js';
import { skipReason } from './skip-reason.js';

// `crisis report --format pdf` with the machine's Chromium, read back with poppler: the paper,
// the pages, and where they break. Skipped without Chromium and poppler unless
// CRISIS_REQUIRE_CHROMIUM=1 (CI), which makes their absence a failure.

const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const READY = findBrowser(process.env) !== undefined && has('pdfinfo') && has('pdftotext');
const REQUIRED = process.env.CRISIS_REQUIRE_CHROMIUM === '1';

const PLANS = [
  {
    plan: 'en-northside-bakery',
    script: 'northside-allergen.yaml',
    sweep: 'Letter, to a pipe, with the plan written for the US',
  },
  {
    plan: 'es-optica-miravista',
    script: 'crisis-miravista.yaml',
    sweep: 'A4, to a file',
  },
] as const;

/**
 * Runs the built binary; printing starts a browser, so it gets more time than test/e2e/run-cli.ts
 * gives. `tmp`: the temporary folder it is given (TMPDIR), where the browser's profile goes.
 */
function crisis(args: string[], cwd: string, tmp?: string) {
  const run = spawnSync(process.execPath, [join(root, 'bin/crisis.js'), ...args], {
    cwd,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NO_COLOR: '1',
      CHROME_PATH: process.env.CHROME_PATH,
      ...(tmp && { TMPDIR: tmp }),
    },
    timeout: 600_000,
    // The sweep's PDF, piped, is over the 1 MB spawnSync keeps by default.
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr.toString('utf8') };
}

/** What the bundle does besides printing (the drill, the facts read from the HTML and JSON reports), in this process. */
const inThePlansLanguage = (args: string[], cwd: string) => inProcess(args, { cwd, env: { CRISIS_LANG: undefined } });

// The drill and the reports read from it, made once per plan and shared by the tests that only
// add files of their own beside it (a PDF, a template): each print is a process and a browser.
type Drilled = { dir: string; facts: Awaited<ReturnType<typeof facts>> };
const shared = new Map<PlanName, Drilled>();
const sharedRoot = mkdtempSync(join(tmpdir(), 'crisis-pdf-test-'));
afterAll(() => rmSync(sharedRoot, { recursive: true, force: true }));
async function drilled(plan: PlanName, script: string): Promise<Drilled> {
  let found = shared.get(plan);
  if (!found) {
    const dir = join(sharedRoot, plan);
    cpSync(planDir(plan), dir, { recursive: true });
    const run = await inThePlansLanguage(['escalate', '--script', join(root, 'test/fixtures/scripts', script)], dir);
    expect(run.stderr).not.toContain('✖');
    expect(run.status).toBe(0);
    shared.set(plan, (found = { dir, facts: await facts(dir) }));
  }
  return found;
}

/** The browser profiles left in a temporary folder (Node 22+ keeps its compile cache there too). */
const profiles = (temporary: string) =>
  readdirSync(temporary).filter((name) => /^(crisis-pdf-|puppeteer_dev_chrome_profile-)/.test(name));

// The sweep's PDF has some 80 pages: its boxes run past execFileSync's 1 MB default.
const READ = { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 } as const;

/** A PDF as poppler reads it: its paper in points, and each page's text and words with their size. */
function pdf(file: string) {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const [, width, height] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info) ?? [];
  const count = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  // One call each for the whole file: pdftotext ends each page with a form feed, -bbox wraps each in <page>.
  const texts = execFileSync('pdftotext', ['-layout', file, '-'], READ).split('\f');
  const boxes = execFileSync('pdftotext', ['-bbox', file, '-'], READ).split('<page ').slice(1);
  expect({ texts: texts.length - 1, boxes: boxes.length }).toEqual({ texts: count, boxes: count });
  const pages = boxes.map((box, index) => ({
    text: texts[index]!,
    // A word's box is its font size plus the ascent and descent: about 1.16 em in DejaVu Sans.
    words: [...box.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</g)].map(
      ([, top, bottom, word]) => ({
        word,
        pt: Math.round(((Number(bottom) - Number(top)) / 1.16) * 10) / 10,
      }),
    ),
  }));
  return { size: `${Math.round(Number(width))}x${Math.round(Number(height))}`, pages };
}

const lines = (page: string) =>
  page
    .split('\n')
    .map((line) => line.trim().replace(/\s+/g, ' '))
    .filter((line) => line !== '');
const words = (text: string) => text.trim().replace(/\s+/g, ' ');
const lastWords = (text: string) => words(text).split(' ').slice(-6).join(' ');

/** The table header rows as the HTML report writes them (so a column added later is followed), and the messages with a link. */
async function facts(dir: string) {
  const html = (await inThePlansLanguage(['report', '--format', 'html'], dir)).stdout;
  const headers = [...html.matchAll(/<table[^>]*>(?:<thead>)?<tr>((?:<th[^>]*>.*?<\/th>)+)<\/tr>/g)].map((row) =>
    words([...row[1]!.matchAll(/<th[^>]*>(.*?)<\/th>/g)].map((cell) => cell[1]).join(' ')),
  );
  const { messages } = JSON.parse((await inThePlansLanguage(['report', '--format', 'json'], dir)).stdout) as {
    messages: Array<{ text: string; url?: string }>;
  };
  return { headers, linked: messages.filter((message) => message.url) };
}

// The page number in the bottom margin (@page @bottom-right): "2 / 4", read as "2/4".
const FOOTER = /^(\d+) ?\/ ?(\d+)$/;

const MISSING = !READY && !REQUIRED && 'Chromium, or poppler (pdfinfo, pdftotext),';

// Minutes, not seconds: each test prints through a real browser, which a loaded machine slows
// several times over; the limit only stops a run that hangs.
describe.runIf(READY || REQUIRED)(
  `crisis report --format pdf, printed by Chromium${skipReason(MISSING)}`,
  { timeout: 600_000 },
  () => {
    // The shipped template as it is, once: the bakery's report is printed within its sweep below
    // (the sweep's first copy is the report as it is), where the same checks run on every page.
    const { plan, script } = PLANS[1];
    it(`prints '${plan}' on A4: headers never alone at the foot of a page, messages with their links, no tiny text, no browser profile left`, async () => {
      const { dir, facts: known } = await drilled(plan, script);
      const temporary = mkdtempSync(join(dir, 'tmp-'));
      const run = crisis(['report', '--format', 'pdf', '--out', 'report.pdf'], dir, temporary);
      // The report speaks the plan's language, as the walkthrough does.
      expect(run.stderr).toContain('Informe escrito en report.pdf.');
      expect(run.status).toBe(0);
      expect(profiles(temporary)).toEqual([]);
      const { size, pages } = pdf(join(dir, 'report.pdf'));
      expect(size).toBe('595x842');
      expect(pages.length).toBeGreaterThanOrEqual(2);
      expect(pages.length).toBeLessThanOrEqual(8);
      pages.forEach((page, index) => expect(lines(page.text).at(-1)).toBe(`${index + 1}/${pages.length}`));

      // The header rows, as the HTML report writes them (so a column added later is followed).
      const { headers, linked } = known;
      expect(headers.length).toBeGreaterThanOrEqual(3);
      for (const page of pages) {
        const content = lines(page.text).filter((line) => !FOOTER.test(line));
        expect(headers).not.toContain(content.at(-1));
      }

      // A message and its link on one page: the page that shows the link shows the message's end.
      expect(linked.length).toBeGreaterThanOrEqual(2);
      for (const { text, url } of linked) {
        const page = pages.find((candidate) => candidate.text.includes(url!));
        expect(page, url).toBeDefined();
        expect(words(page!.text)).toContain(words(text).split(' ').slice(-6).join(' '));
      }

      // Legible on paper, the timeline's labels included: no word set under 6 pt.
      const tiny = pages.flatMap((page) => page.words).filter(({ pt }) => pt < 6);
      expect(tiny).toEqual([]);
    });

    // The same checks wherever the page breaks fall: the report's body again and again on one
    // document, each copy on a new page after a gap 0 to 225 mm high, so a break lands at each
    // table row, heading and message in turn. The bakery's sweep runs with its plan written for the
    // US and goes to a pipe: the paper follows the plan as it is now, and stdout takes a PDF, in the
    // same browser start.
    it.each(PLANS)(
      'keeps headers and links with their rows and messages wherever $plan breaks, on $sweep',
      async ({ plan, script }) => {
        const { dir: drilledDir, facts: known } = await drilled(plan, script);
        const american = plan === PLANS[0].plan;
        const dir = american
          ? example(plan, { plan: (yaml) => yaml.replace('language: en-GB', 'language: en-US') })
          : drilledDir;
        if (american) cpSync(join(drilledDir, 'incidents'), join(dir, 'incidents'), { recursive: true });
        const template = readFileSync(join(root, 'templates/report.html.hbs'), 'utf8');
        const [head, rest] = template.split('<body>') as [string, string];
        const [body, tail] = rest.split('</body>') as [string, string];
        const gaps = Array.from({ length: 16 }, (_, index) => index * 15);
        const copies = gaps.map((gap) => `<div style="break-before: page; height: ${gap}mm"></div>${body}`);
        writeFileSync(join(dir, 'sweep.hbs'), `${head}<body>${copies.join('')}</body>${tail}`);
        const args = ['report', '--format', 'pdf', '--template', 'sweep.hbs'];
        const run = crisis(american ? args : [...args, '--out', 'sweep.pdf'], dir);
        expect(run.status).toBe(0);
        if (american) {
          expect(run.stdout.subarray(0, 5).toString('latin1')).toBe('%PDF-');
          writeFileSync(join(dir, 'sweep.pdf'), run.stdout);
        }
        const { size, pages } = pdf(join(dir, 'sweep.pdf'));
        expect(size).toBe(american ? '612x792' : '595x842');
        expect(pages.length).toBeGreaterThan(gaps.length * 2);
        // Each copy starts a page with the report's title; the first, with no gap, is the report
        // as it is printed: two to eight pages.
        const title = lines(pages[0]!.text)[0];
        const starts = pages.flatMap((page, index) => (lines(page.text)[0] === title ? [index] : []));
        expect(starts).toHaveLength(gaps.length);
        expect(starts[1]).toBeGreaterThanOrEqual(2);
        expect(starts[1]).toBeLessThanOrEqual(8);
        // pdftotext may set wide numbers apart: "1 / 100".
        const footers = pages.map((page) => lines(page.text).at(-1)!.replace(/ /g, ''));
        expect(footers).toEqual(pages.map((_, index) => `${index + 1}/${pages.length}`));
        // Legible on paper, the timeline's labels included: no word set under 6 pt.
        expect(pages.flatMap((page) => page.words).filter(({ pt }) => pt < 6)).toEqual([]);
        const { headers, linked } = known;
        const orphans = pages
          .map((page, index) => ({
            page: index + 1,
            last: lines(page.text)
              .filter((line) => !FOOTER.test(line))
              .at(-1),
          }))
          .filter(({ last }) => headers.includes(last!));
        expect(orphans).toEqual([]);
        const apart = linked.flatMap(({ text, url }) =>
          pages
            .map((page, index) => ({ page: index + 1, text: page.text }))
            .filter((page) => page.text.includes(url!) && !words(page.text).includes(lastWords(text)))
            .map(({ page }) => ({ page, url })),
        );
        expect(apart).toEqual([]);
      },
    );

    // Printed to the end, it leaves no profile either: the A4 tests above check it.
    it('leaves nothing in the temporary folder when stopped with Ctrl-C', async () => {
      const { dir } = await drilled(PLANS[1].plan, PLANS[1].script);
      const temporary = mkdtempSync(join(dir, 'tmp-'));
      const env = { ...process.env, NO_COLOR: '1', TMPDIR: temporary };
      // Ctrl-C as soon as the profile folder exists (before the browser starts), then once the browser
      // writes in it: exit 130 each time, and no profile folder left behind.
      const moments = [
        () => profiles(temporary).length > 0,
        () => profiles(temporary).some((name) => readdirSync(join(temporary, name)).length > 0),
      ];
      for (const [index, ready] of moments.entries()) {
        const child = spawn(
          process.execPath,
          [join(root, 'bin/crisis.js'), 'report', '--format', 'pdf', '--out', `r${index}.pdf`],
          { cwd: dir, env },
        );
        // Waits for a moment, up to the suite's limit: a loaded machine may take long to reach it.
        const deadline = Date.now() + 300_000;
        while (!ready() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
        expect(ready()).toBe(true);
        child.kill('SIGINT');
        const code = await new Promise((resolve) => child.on('exit', (status, signal) => resolve(status ?? signal)));
        expect(code).toBe(130);
        expect(profiles(temporary)).toEqual([]);
      }
    });
  },
);

describe.runIf(REQUIRED && !READY)('crisis report --format pdf', () => {
  it('needs Chromium and poppler (CRISIS_REQUIRE_CHROMIUM=1)', () => {
    expect.fail(
      'Install Chromium and poppler-utils (apt install chromium poppler-utils), or unset CRISIS_REQUIRE_CHROMIUM.',
    );
  });
});
