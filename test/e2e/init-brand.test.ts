import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers.js';
import { crisis } from './run-cli.js';

// Spawned, not in-process: the machine's time zone (TZ) is read once, when Node starts.
describe('crisis init --yes for a business of its own', () => {
  it('writes none of the example\'s details, in the machine\'s time zone, with a full language tag', () => {
    const dir = tempDir();
    const run = crisis(['init', '--yes', '--lang', 'es', '--name', 'Panadería Sol'], { cwd: dir, env: { TZ: 'America/Mexico_City' } });
    expect(run.status).toBe(0);
    const plan = readFileSync(join(dir, 'crisis.yaml'), 'utf8');
    expect(plan).not.toMatch(/miravista/i);
    expect(plan).toContain('  apology_url: "https://panaderia-sol.example/comunicado"');
    expect(plan).toContain('  hashtag: "#PanaderíaSol"');
    expect(plan).toMatch(/^  language: es-MX\n  timezone: America\/Mexico_City$/m);
    expect(crisis(['lint', '--max-warnings', '0'], { cwd: dir }).status).toBe(0);
  });
});

describe('crisis init --from', () => {
  it.each(['es-optica-miravista', 'en-northside-bakery'])('copies %s with its templates, renamed, pointed at its own schema', async (example) => {
    const dir = tempDir();
    const run = (await crisis(['init', '--from', example, '--name', 'Mi Tienda'], { cwd: dir }));
    expect(run.status).toBe(0);
    const plan = readFileSync(join(dir, 'crisis.yaml'), 'utf8');
    expect(plan.split('\n')[0]).toBe('# yaml-language-server: $schema=./playbook.schema.json');
    expect(plan).toMatch(/^brand:\n  name: "Mi Tienda"$/m);
    expect((await crisis(['lint'], { cwd: dir }))).toMatchObject({ status: 0 });
  });

  it('says which examples exist when the name is wrong', async () => {
    const run = (await crisis(['init', '--from', 'bakery'], { cwd: tempDir() }));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('es-optica-miravista');
  });
});

describe('crisis init on a terminal', () => {
  it('asks, through the prompt module, and writes what was answered', async () => {
    const dir = tempDir();
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let printed = '';
    stdout.on('data', (chunk) => (printed += chunk));
    const ctx = createContext([], '0.0.0', { cwd: dir, env: { NO_COLOR: '1' }, streams: { stdout, stderr }, interactive: true });
    const script = ['es', 'Óptica Sol', 'Atlantic/Canary', ['instagram', 'facebook'], 'https://opticasol.example/aviso', '#OpticaSol',
      'Lola Paz', 'Community manager', '+34 600 000 001', '', 'Raúl Gil', 'Gerente', '+34 600 000 002', 'raul@opticasol.example',
      false, '2h', '1h', '20m', 'política'];
    const prompter = scriptedPrompter(script);
    expect(await init({}, ctx, async () => prompter)).toBe(0);
    expect(prompter.asked[0]).toBe('Language of the plan');
    const plan = readFileSync(join(dir, 'crisis.yaml'), 'utf8');
    expect(plan).toContain('# Plan de crisis en redes sociales de Óptica Sol.');
    expect(plan).toMatch(/- id: lola-paz\n.*\n.*\n    phone: "\+34 600 000 001"\n    backup: raul-gil/);
    expect(plan).toContain('respond_within: 20m');
    expect(plan).toMatch(/^  language: es-ES\n  timezone: Atlantic\/Canary$/m);
    expect(printed).toContain('crisis lint crisis.yaml');
    expect((await crisis(['lint'], { cwd: dir })).status).toBe(0);
  });
});

describe('the README', () => {
  it('names the commands this test run depends on', async () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readme).toContain('npm ci');
    expect(readme).toContain('node bin/crisis.js lint playbooks/');
    expect(readme).toContain('npm test');
  });
});
