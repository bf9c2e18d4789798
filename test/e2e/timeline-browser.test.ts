import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { textWidth } from '../../src/report/timeline/geometry.js';
import { root, planFile, type PlanName, tempDir } from '../helpers.js';
import { crisis } from '../integration/run-cli.js';
import { skipReason } from './skip-reason.js';

// The layout is checked on computed boxes (test/unit/timeline.test.ts); this looks at what a
// browser draws from the test plans' drills: real fonts, real text widths. The drill and the
// report run in-process: the browser is what this file is about.
const CHROMIUM = ['chromium', 'chromium-browser', 'google-chrome'].find(
  (name) => spawnSync(name, ['--version'], { encoding: 'utf8' }).status === 0,
);
const required = process.env.CRISIS_REQUIRE_CHROMIUM === '1';

// One page holds each plan's picture: one browser start for both.
const PROBE = `<script>
const probe = (svg) => {
const vb = svg.viewBox.baseVal;
const box = (el) => { const b = el.getBBox(); return { x: b.x, y: b.y, w: b.width, h: b.height }; };
const texts = [...svg.querySelectorAll('text')].map((t) => ({
  text: t.textContent, size: Number(t.getAttribute('font-size')), bold: t.getAttribute('font-weight') === '600',
  number: t.parentNode.classList.contains('mark') && t === t.parentNode.querySelector('text'),
  mark: t.parentNode.classList.contains('mark') ? [...svg.querySelectorAll('g.mark')].indexOf(t.parentNode) : -1,
  ...box(t),
}));
const marks = [...svg.querySelectorAll('g.mark')].map((g) => box(g.children[1]));
return { width: vb.width, height: vb.height, texts, marks };
};
const probes = [...document.querySelectorAll('div.plan')].map((div) => probe(div.querySelector('svg')));
document.getElementById('out').textContent = JSON.stringify(probes);
</script>`;

interface Probe {
  width: number;
  height: number;
  texts: Array<{
    text: string;
    size: number;
    bold: boolean;
    number: boolean;
    mark: number;
    x: number;
    y: number;
    w: number;
    h: number;
  }>;
  marks: Array<{ x: number; y: number; w: number; h: number }>;
}

const PLANS = [
  ['en-northside-bakery', 'test/fixtures/scripts/drill-northside.yaml'],
  ['es-optica-miravista', 'test/fixtures/scripts/crisis-miravista.yaml'],
] as const;

/** The timeline of a plan's drill, as the HTML report draws it. */
async function timeline(playbook: PlanName, script: string): Promise<string> {
  const dir = tempDir();
  const plan = planFile(playbook);
  const ran = await crisis(['escalate', '--playbook', plan, '--incidents-dir', dir, '--script', join(root, script)]);
  expect(ran.status, ran.stderr).toBe(0);
  expect(readdirSync(dir).some((f) => f.endsWith('.jsonl'))).toBe(true);
  // Beside the incidents folder, not in it: no output may go there.
  const out = join(tempDir(), 'report.html');
  const report = await crisis(['report', '--playbook', plan, '--incidents-dir', dir, '--format', 'html', '--out', out]);
  expect(report.status, report.stderr).toBe(0);
  const html = readFileSync(out, 'utf8');
  return html.slice(html.indexOf('<svg'), html.indexOf('</svg>') + 6);
}

/** Each plan's timeline as Chromium lays it out, in PLANS' order, from one page. */
async function drawAll(): Promise<Probe[]> {
  const svgs = await Promise.all(PLANS.map(([plan, script]) => timeline(plan, script)));
  const page = join(pages, 'page.html');
  const body = svgs.map((svg) => `<div class="plan">${svg}</div>`).join('');
  writeFileSync(page, `<!doctype html><meta charset="utf-8"><body>${body}<pre id="out"></pre>${PROBE}</body>`);
  const dump = spawnSync(CHROMIUM!, ['--headless', '--no-sandbox', '--disable-gpu', '--dump-dom', `file://${page}`], {
    encoding: 'utf8',
    timeout: 600_000,
  });
  const json = /<pre id="out">([^<]*)<\/pre>/.exec(dump.stdout)?.[1] ?? '';
  expect(json, dump.stderr).not.toBe('');
  const probes = JSON.parse(json.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&')) as Probe[];
  expect(probes).toHaveLength(PLANS.length);
  return probes;
}

const pages = mkdtempSync(join(tmpdir(), 'crisis-timeline-'));
afterAll(() => rmSync(pages, { recursive: true, force: true }));
let drawing: Promise<Probe[]> | undefined;
const drawn = async (index: number) => (await (drawing ??= drawAll()))[index]!;

const apart = (a: Probe['marks'][number], b: Probe['marks'][number]) =>
  a.x + a.w <= b.x + 0.5 || b.x + b.w <= a.x + 0.5 || a.y + a.h <= b.y + 0.5 || b.y + b.h <= a.y + 0.5;

describe.skipIf(!CHROMIUM && !required)(
  `the timeline as Chromium draws it${skipReason(!CHROMIUM && !required && 'Chromium')}`,
  { timeout: 600_000 },
  () => {
    it.each(PLANS.map(([plan], index) => [plan, index] as const))(
      '%s: every text inside the picture, no text over another or over a mark, none wider than measured',
      async (_plan, index) => {
        expect(CHROMIUM, 'CRISIS_REQUIRE_CHROMIUM=1 but no chromium on PATH').toBeDefined();
        const probe = await drawn(index);
        const problems: string[] = [];
        const free = probe.texts.filter((t) => !t.number);
        for (const t of probe.texts) {
          if (t.x < -0.5 || t.y < -0.5 || t.x + t.w > probe.width + 0.5 || t.y + t.h > probe.height + 0.5)
            problems.push(`"${t.text}" leaves the picture`);
          if (t.w > textWidth(t.text, t.size, t.bold) + 0.5) problems.push(`"${t.text}" is wider than measured`);
        }
        free.forEach((t, i) => {
          for (const other of free.slice(i + 1)) if (!apart(t, other)) problems.push(`"${t.text}" × "${other.text}"`);
          probe.marks.forEach((m, j) => {
            if (!apart(t, m)) problems.push(`"${t.text}" × mark ${j + 1}`);
          });
        });
        probe.marks.forEach((m, i) => {
          for (const other of probe.marks.slice(i + 1))
            if (!apart(m, other)) problems.push(`two marks overlap at ${m.x}`);
        });
        for (const t of probe.texts.filter((t) => t.number)) {
          const m = probe.marks[t.mark]!;
          if (t.x < m.x - 0.5 || t.x + t.w > m.x + m.w + 0.5) problems.push(`number ${t.text} spills out of its mark`);
        }
        expect(problems).toEqual([]);
        expect(probe.marks.length).toBeGreaterThan(15);
      },
    );
  },
);
