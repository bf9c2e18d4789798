import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers.js';
import { crisis } from './run-cli.js';

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

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
