import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { root, example } from '../helpers.js';
import { crisis } from './run-cli.js';

const ID = '20261122-2010-abcd';
const CLOSED = readFileSync(join(root, 'test/fixtures/journals/closed.jsonl'), 'utf8').trim().split('\n');
const HOSTILE = '<script>alert("x")</script> \'quoted\' {{brand.name}}';

/** The closed fixture (statement on Facebook at 21:40 Madrid time) with two updates and a closing before it closes. */
function journal(id = ID, { open = false, statement = true } = {}): string {
  const update = (minute: number, response: string, channel: string, text: string) =>
    JSON.stringify({
      type: 'published',
      at: `2026-11-22T21:${minute}:00.000Z`,
      response,
      channel,
      text,
      edited: false,
    });
  const lines = CLOSED.filter((line) => !(statement === false && line.includes('"channel":"facebook"')))
    .map((line) => line.replace(ID, id))
    .filter((line) => !(open && line.includes('"type":"closed"')));
  lines.splice(
    lines.findIndex((line) => line.includes('"type":"closed"')) >>> 0,
    0,
    update(15, 'actualizacion', 'x', 'Actualización: ya hemos entregado el 80 % de los pedidos.'),
    update(30, 'actualizacion', 'facebook', HOSTILE),
    update(55, 'cierre', 'x', 'Gracias por vuestra paciencia: todos los pedidos están entregados.'),
  );
  return `${lines.join('\n')}\n`;
}

function withIncidents(...journals: Array<[string, string]>): string {
  const dir = example();
  mkdirSync(join(dir, 'incidents'));
  for (const [id, text] of journals.length ? journals : [[ID, journal()] as [string, string]])
    writeFileSync(join(dir, 'incidents', `${id}.jsonl`), text);
  return dir;
}

// Times are written with no-break spaces, so that a time never wraps across two lines.
const plain = (text: string) => text.replaceAll('\u00a0', ' ');

const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
async function problems(html: string): Promise<string[]> {
  const report = await validator.validateString(html);
  return report.results.flatMap((result) =>
    result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`),
  );
}

describe('crisis statement', () => {
  it('writes one page with --out, says where to upload it, and the page validates as HTML', async () => {
    const dir = withIncidents();
    const run = await crisis(['statement', '--out', 'comunicado.html'], { cwd: dir, env: { TZ: 'Asia/Tokyo' } });
    expect(run).toMatchObject({
      status: 0,
      stdout: '',
      stderr: 'Statement page written to comunicado.html. Upload it to https://miravista.example/comunicado.\n',
    });
    const html = readFileSync(join(dir, 'comunicado.html'), 'utf8');
    expect(await problems(html)).toEqual([]);
    const text = plain(html);
    expect(text).toContain('<html lang="es">');
    expect(text).toContain('<p class="brand">Óptica Miravista</p>');
    // The brand's clock (Madrid), whatever the machine's (Tokyo here).
    expect(text).toContain(
      'Publicado el <time datetime="2026-11-22T20:40:00.000Z">22 de noviembre de 2026 a las 21:40 CET</time>',
    );
    expect(text).toContain('<p>Comunicado de Óptica Miravista. Llamad al +34 611 222 333');
    // Newest first: the closing, then the update written hostile, then the first update.
    const order = ['todos los pedidos están entregados', '&lt;script&gt;', 'el 80 % de los pedidos'].map((s) =>
      text.indexOf(s),
    );
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).not.toContain('<script>');
    expect(text).toContain('&#x27;quoted&#x27; {{brand.name}}');
    expect(text).toContain('<span class="hashtag">#MiravistaInforma</span>');
  });

  it('writes to stdout without --out', async () => {
    const run = await crisis(['statement', ID], { cwd: withIncidents() });
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(run.stdout).toMatch(/^<!DOCTYPE html>\n<html lang="es">/);
  });

  it('takes the newest open incident without an id, else the newest', async () => {
    const older = '20261121-0900-0001';
    const newer = '20261123-0900-0002';
    const shift = (text: string, day: string) => text.replaceAll('2026-11-22T', `2026-11-${day}T`);
    const dir = withIncidents(
      [older, shift(journal(older, { open: true }), '21')],
      [newer, shift(journal(newer), '23')],
    );
    expect(plain((await crisis(['statement'], { cwd: dir })).stdout)).toContain('21 de noviembre de 2026');
    const closedOnly = withIncidents([older, shift(journal(older), '21')], [newer, shift(journal(newer), '23')]);
    expect(plain((await crisis(['statement'], { cwd: closedOnly })).stdout)).toContain('23 de noviembre de 2026');
  });

  it('before the statement, writes the page with the public messages so far, and says what to publish', async () => {
    const dir = withIncidents([ID, journal(ID, { open: true, statement: false })]);
    const run = await crisis(['statement', '--out', 'page.html'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(
      `Incident ${ID} has no statement published yet, so the page shows the public messages so far. Publish the statement (a response of kind apology: comunicado, on a long channel: Facebook, Blog de la web), then write the page again.\n`,
    );
    const html = readFileSync(join(dir, 'page.html'), 'utf8');
    expect(await problems(html)).toEqual([]);
    expect(html).toContain('<p>Publicaremos el comunicado completo en esta página.');
    // The short apology, without the address of this very page it ended with.
    expect(html).toContain('<p>Lamentamos el retraso.</p>');
    expect(html).not.toContain('Lamentamos el retraso. https://');
    expect(html).toContain('todos los pedidos están entregados');
  });

  it('says what to publish first when nothing public is out yet, and exits 1', async () => {
    const quiet = journal(ID, { open: true, statement: false })
      .split('\n')
      .filter((line) => !line.includes('"type":"published"'))
      .join('\n');
    const run = await crisis(['statement', '--out', 'page.html'], { cwd: withIncidents([ID, quiet]) });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `✖ Incident ${ID} has no statement published yet. The page shows the long apology as published: a response of kind apology (comunicado) on a long channel (Facebook, Blog de la web). Publish it with \`crisis escalate --resume ${ID}\`, then run this again.\n`,
    );
  });

  it.each([
    [
      'a field the page does not have',
      '<p>{{statement.titel}}</p>',
      /^✖ Statement template mine\.hbs:1:6: "statement\.titel" is not a field of the page\. Its fields: lang, labels, brand, statement, updates, updated/,
    ],
    [
      'a field inside a list',
      '{{#each updates}}\n{{when}}{{/each}}',
      /^✖ Statement template mine\.hbs:2:3: "when" is not a field/,
    ],
    ['a helper that does not exist', '{{upper brand.name}}', /^✖ Statement template mine\.hbs:1:3: .*upper/],
    ['an unclosed block', '{{#if updates}}', /^✖ Statement template mine\.hbs:1:\d+: /],
  ])('--template: %s is an error at its line, exit 2', async (_, template, message) => {
    const dir = withIncidents();
    writeFileSync(join(dir, 'mine.hbs'), template);
    const run = await crisis(['statement', '--template', 'mine.hbs'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });

  it('--template of your own renders every field it names', async () => {
    const dir = withIncidents();
    writeFileSync(
      join(dir, 'mine.hbs'),
      '{{brand.name}} · {{statement.time}} · {{#each updates}}[{{time}}]{{/each}} {{labels.updates}}',
    );
    const run = await crisis(['statement', '--template', 'mine.hbs'], { cwd: dir });
    expect(plain(run.stdout)).toBe(
      'Óptica Miravista · 22 de noviembre de 2026 a las 21:40 CET · [22 de noviembre de 2026 a las 22:55 CET][22 de noviembre de 2026 a las 22:30 CET][22 de noviembre de 2026 a las 22:15 CET] Actualizaciones',
    );
  });

  it("uses the brand's own templates/statement.html.hbs beside the plan when there is one", async () => {
    const dir = withIncidents();
    writeFileSync(join(dir, 'templates/statement.html.hbs'), 'own: {{brand.hashtag}}');
    expect((await crisis(['statement'], { cwd: dir })).stdout).toBe('own: #MiravistaInforma');
    writeFileSync(join(dir, 'templates/statement.html.hbs'), '{{nope}}');
    expect((await crisis(['statement'], { cwd: dir })).stderr).toMatch(
      /^✖ Statement template templates\/statement\.html\.hbs:1:3: "nope" is not a field/,
    );
  });

  it.each([
    ['a template that is not there', ['--template', 'missing.hbs'], /^✖ No such file or folder: missing\.hbs\n$/],
    ['a template that is a folder', ['--template', 'templates'], /^✖ Cannot read templates: it is a folder/],
    ['an incident that is not there', ['nope'], new RegExp(`^✖ No incident nope in .*Incidents: ${ID}\\.\\n$`)],
  ])('%s: one line, exit 2', async (_, args, message) => {
    const run = await crisis(['statement', ...args], { cwd: withIncidents() });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it('says there is no incident yet', async () => {
    const dir = example();
    const run = await crisis(['statement'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^✖ No incident in .* yet\. Run crisis escalate first\.\n$/);
  });
});

describe('escalate --script with statement: { out: FILE }', () => {
  const SCRIPT = readFileSync(join(root, 'test/fixtures/scripts/crisis-miravista.yaml'), 'utf8');
  function drill(script: string): string {
    const dir = example();
    mkdirSync(join(dir, 'drills'));
    writeFileSync(join(dir, 'drills/drill.yaml'), script);
    return dir;
  }

  it("writes the page once the run ends, beside the script, from the drill's journal", async () => {
    const dir = drill(`${SCRIPT}statement:\n  out: comunicado.html\n`);
    const run = await crisis(['escalate', '--script', 'drills/drill.yaml'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('Statement page written to drills/comunicado.html.\n');
    const html = readFileSync(join(dir, 'drills/comunicado.html'), 'utf8');
    expect(html).toContain('Queremos pedir disculpas a nuestros clientes por el retraso en las entregas.');
    expect(await problems(html)).toEqual([]);
  });

  it('writes the early page, and says so, when the drill published a short apology but no statement', async () => {
    const script = SCRIPT.replace(
      /  comunicado:\n(    .*\n)+/,
      '  comunicado: { status: skipped, reason: Sin comunicado }\n',
    );
    const dir = drill(`${script}statement:\n  out: comunicado.html\n`);
    const run = await crisis(['escalate', '--script', 'drills/drill.yaml'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('has no statement published yet, so the page shows the public messages so far.');
    expect(run.stderr).toContain('Statement page written to drills/comunicado.html.\n');
    const html = readFileSync(join(dir, 'drills/comunicado.html'), 'utf8');
    expect(html).not.toContain('Queremos pedir disculpas a nuestros clientes por el retraso en las entregas.');
    expect(await problems(html)).toEqual([]);
  });
});
