import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, tempDir } from '../helpers.js';
import { crisis } from './run-cli.js';

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

// The smoke set: the CLI contract is tested in-process (test/integration); these few runs of the
// built binary check what only the bundle can break: its start-up, its chunks loaded on demand,
// and the folders it finds beside itself (playbooks/, templates/).

describe('crisis', () => {
  it('prints its version', () => {
    expect(crisis(['--version'])).toMatchObject({ status: 0, stdout: `${pkg.version}\n` });
    expect(crisis(['-V']).stdout).toBe(`${pkg.version}\n`);
  });
  it('has help in English and Spanish', () => {
    expect(crisis(['--help']).stdout).toMatch(/^Usage: crisis \[options\] \[command\][\s\S]*Commands:[\s\S]*lint/);
    const es = crisis(['lint', '--help', '--lang', 'es']);
    expect(es.status).toBe(0);
    expect(es.stdout).toMatch(/^Uso: crisis lint[\s\S]*Opciones:[\s\S]*mostrar solo los errores/);
  });
});

describe('crisis schema', () => {
  it('prints the JSON Schema that the repository ships (regenerate: crisis schema > schema/playbook.schema.json)', () => {
    const run = crisis(['schema']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(readFileSync(join(root, 'schema/playbook.schema.json'), 'utf8'));
    const schema = JSON.parse(run.stdout);
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.required).toEqual(['version', 'brand', 'channels', 'contacts', 'levels']);
    expect(schema.properties.contacts.items.patternProperties).toEqual({ '^x-': {} });
  });
  it('is what the examples point their editors at', () => {
    for (const example of ['es-optica-miravista', 'en-northside-bakery']) {
      const first = readFileSync(join(root, 'playbooks', example, 'crisis.yaml'), 'utf8').split('\n')[0];
      expect(first).toBe('# yaml-language-server: $schema=../../schema/playbook.schema.json');
    }
  });
});

describe('the built binary, once per command family', () => {
  it('lints the bundled playbooks, scaffolds from an example, runs a script and reports it', () => {
    expect(crisis(['lint', 'playbooks/'])).toMatchObject({ status: 0, stderr: '' });
    const dir = tempDir();
    expect(crisis(['init', '--yes', '--lang', 'es', '--name', 'Horno Sol', '--dir', 'plan'], { cwd: dir }).status).toBe(
      0,
    );
    expect(existsSync(join(dir, 'plan/crisis.yaml'))).toBe(true);
    cpSync(join(root, 'playbooks/es-optica-miravista'), dir, { recursive: true });
    expect(
      crisis(['escalate', '--script', join(root, 'test/fixtures/scripts/crisis-miravista.yaml')], { cwd: dir }).status,
    ).toBe(0);
    expect(readdirSync(join(dir, 'incidents')).filter((name) => name.endsWith('.jsonl'))).toHaveLength(1);
    const report = crisis(['report', '--format', 'html', '--out', 'report.html'], { cwd: dir });
    expect(report.status).toBe(0);
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toMatch(/^<!doctype html>/i);
  });
});
