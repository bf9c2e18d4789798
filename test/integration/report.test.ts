import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withJournal, CLOSED_ID } from '../helpers.js';
import { crisis } from './run-cli.js';

const ID = CLOSED_ID;

describe('crisis report', () => {
  it('writes the most recent incident as Markdown on stdout', async () => {
    const run = await crisis(['report'], { cwd: withJournal() });
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(run.stdout).toMatch(/^# Informe del incidente: Un cliente denuncia retrasos\n/);
  });

  it('writes one self-contained HTML file with --out', async () => {
    const dir = withJournal();
    const run = await crisis(['report', ID, '--format', 'html', '--out', 'informe.html'], { cwd: dir });
    expect(run).toMatchObject({ status: 0, stdout: '', stderr: 'Report written to informe.html.\n' });
    const html = readFileSync(join(dir, 'informe.html'), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
  });

  it('gives the same facts as JSON, and hides phones and emails with --redact', async () => {
    const dir = withJournal();
    const json = JSON.parse((await crisis(['report', '--format', 'json'], { cwd: dir })).stdout);
    expect(json.metrics).toMatchObject({ firstResponseMinutes: 35, durationMinutes: 120 });
    const redacted = (await crisis(['report', '--format', 'json', '--redact'], { cwd: dir })).stdout;
    expect(redacted).not.toMatch(/\+34 6|@miravista\.example/);
    // The plan is Spanish, and so is its report: what was hidden says so in Spanish.
    expect(redacted).toContain('Llamad al [teléfono] o escribid a [correo]');
    expect(redacted).not.toMatch(/\[(phone|email|handle)\]/);
    // HTML escapes nothing of it: no entity for the brackets or the accent.
    const html = (await crisis(['report', '--format', 'html', '--redact'], { cwd: dir })).stdout;
    expect(html).toContain('Llamad al [teléfono] o escribid a [correo]');
  });

  it.each(['md', 'html', 'json'])(
    "keeps the brand's own phone and accounts with --redact, and hides a customer's handle, in %s",
    async (format) => {
      const dir = withJournal();
      const journal = join(dir, 'incidents', `${ID}.jsonl`);
      // The statement as the plan's template words it: the shop's public number, and its account.
      const brandSays = 'Llamad al 963 000 111 o escribid a @miravista';
      writeFileSync(journal, readFileSync(journal, 'utf8').replace('Llamad al +34 611 222 333', brandSays));
      const run = await crisis(['report', '--format', format, '--redact'], { cwd: dir });
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('963 000 111');
      expect(run.stdout).toContain('@miravista');
      // The promise was made to a customer, @pepe: a handle is personal data.
      expect(run.stdout).not.toContain('@pepe');
      // In the plan's language; Markdown escapes the brackets, HTML leaves them and the accent as they are.
      expect(run.stdout).toMatch(/\\?\[usuario\\?\]/);
      if (format === 'html') expect(run.stdout).toContain('[usuario]');
    },
  );

  it('uses a template of your own with --template', async () => {
    const dir = withJournal();
    writeFileSync(join(dir, 'mine.hbs'), '{{incident.summary}}: {{#each metrics}}{{label}}={{value}};{{/each}}');
    const run = await crisis(['report', '--template', 'mine.hbs'], { cwd: dir });
    expect(run.stdout).toMatch(/^Un cliente denuncia retrasos: Tiempo hasta la primera respuesta pública=35 min;/);
  });

  it('still reports an open incident with a partial last line, with warnings', async () => {
    const dir = withJournal();
    const journal = join(dir, 'incidents', `${ID}.jsonl`);
    writeFileSync(journal, readFileSync(journal, 'utf8').replace(/\{"type":"closed".*\n/, ''));
    appendFileSync(journal, '{"type":"note","at":"2026-11-2');
    const run = await crisis(['report'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('ends with a partial line');
    expect(run.stderr).toContain(`Incident ${ID} is still open`);
    // As of when the report was made.
    expect(run.stdout).toMatch(/\| Cerrado \| en curso, a \S+\s\d+\sde\s\S+\sde\s\d{4},\s\d\d:\d\d \|/);
  });

  it('names the incidents there are when the id is wrong', async () => {
    const run = await crisis(['report', 'nope'], { cwd: withJournal() });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`Incidents: ${ID}.`);
  });
});
