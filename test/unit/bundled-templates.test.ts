import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bigJournal } from '../../bench/big-journal.js';
import { replay } from '../../src/escalate/replay.js';
import { buildReport, renderReport } from '../../src/report/build-report.js';
import type { ReportFormat } from '../../src/report/formats.js';
import { bundledTemplatesModule } from '../../src/report/template-spec.js';
import { root, fixturePlan, fixtureJournal, tempDir } from '../helpers.js';

// The bundle carries the report templates compiled at build time (scripts/build.js): a report
// from them must be the report the same template compiled at run time gives, byte for byte.
const playbook = fixturePlan('es-optica-miravista');
const template = (format: ReportFormat) => readFileSync(join(root, `templates/report.${format}.hbs`), 'utf8');
const fixture = fixtureJournal('closed.jsonl');
const NOW = new Date('2026-11-30T00:00:00Z');
const journals = { fixture, long: bigJournal(2_000), open: bigJournal(500, { closed: false }) };

/** renderReport as the bundle has it: bundled-templates.ts as the build writes it. */
async function bundledRenderReport(): Promise<typeof renderReport> {
  const file = join(tempDir(), 'bundled-templates.mjs');
  writeFileSync(file, bundledTemplatesModule(template));
  const { BUNDLED_TEMPLATES } = (await import(pathToFileURL(file).href)) as { BUNDLED_TEMPLATES: object };
  expect(Object.keys(BUNDLED_TEMPLATES)).toEqual(['md', 'html']);
  vi.resetModules();
  vi.doMock('../../src/report/bundled-templates.js', () => ({ BUNDLED_TEMPLATES }));
  return (await import('../../src/report/build-report.js')).renderReport;
}

afterEach(() => {
  vi.doUnmock('../../src/report/bundled-templates.js');
  vi.resetModules();
});

describe('the report templates compiled at build time', () => {
  it.each(Object.keys(journals).flatMap((journal) => [`${journal} md`, `${journal} html`]))(
    'give the same %s report as compiled at run time',
    async (name) => {
      const [journal, format] = name.split(' ') as [keyof typeof journals, ReportFormat];
      const data = buildReport(playbook, replay(journals[journal]), NOW);
      const bundled = await bundledRenderReport();
      expect(bundled(format, template(format), data, playbook)).toBe(
        renderReport(format, template(format), data, playbook),
      );
    },
  );

  it('are used for the bundled template only: an edited one is checked and compiled as written', async () => {
    const bundled = await bundledRenderReport();
    const data = buildReport(playbook, replay(fixture), NOW);
    const edited = `${template('md')}\nEditado: {{incident.id}}\n`;
    expect(bundled('md', edited, data, playbook)).toMatch(/\nEditado: [\w-]+\n$/);
    expect(() => bundled('md', `${template('md')}{{#each}}`, data, playbook)).toThrow();
  });
});
