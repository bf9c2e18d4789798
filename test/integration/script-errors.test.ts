import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, planFile, tempDir } from '../helpers.js';
import { crisis } from './run-cli.js';

// Scripts: every message names the script file and the line of the key it is about;
// a wrong triage label is refused before anything runs, so no incident is left open.
const PLAYBOOK = planFile();
const SCRIPT = readFileSync(join(root, 'test/fixtures/scripts/crisis-miravista.yaml'), 'utf8');
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((row) => row.includes(needle)) + 1;

async function run(script: string) {
  const dir = tempDir();
  writeFileSync(join(dir, 'drill.yaml'), script);
  const result = await crisis(
    ['escalate', '--script', 'drill.yaml', '--playbook', PLAYBOOK, '--incidents-dir', 'incidents'],
    { cwd: dir },
  );
  const journals = existsSync(join(dir, 'incidents'))
    ? readdirSync(join(dir, 'incidents')).filter((f) => f.endsWith('.jsonl'))
    : [];
  return { ...result, journals };
}

describe('crisis escalate --script names the script in every message', () => {
  it.each([
    [
      'a wrong triage label, before anything runs',
      SCRIPT.replace('alcance: Es viral o lo recogen medios', 'alcance: Muy viral'),
      'alcance: Muy viral',
      /triage\.alcance is "Muy viral", which is none of the question's options: 1\. Un comentario aislado; 2\. Varios clientes se quejan de lo mismo; 3\. Es viral o lo recogen medios\./,
      0,
    ],
    ['an unknown top-level key, in words', `${SCRIPT}fo: 1\n`, 'fo: 1', /Unknown key "fo" in the top level\./, 0],
    [
      'a missing answer, during the run',
      SCRIPT.replace(', solucion: entregaremos esta semana', ''),
      'vars: { problema: el retraso en las entregas }',
      /The script does not answer this question\. Add steps\.comunicado\.vars\.solucion to the script/,
      1,
    ],
  ])('%s', async (_, script, needle, says, journals) => {
    const result = await run(script);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^✖ drill\\.yaml:${lineOf(script, needle)}:\\d+ ${says.source}`));
    expect(result.stderr).not.toMatch(/\u0000|undefined/);
    expect(result.journals).toHaveLength(journals);
  });

  it('says when it was given a playbook instead of a script', async () => {
    const result = await run(readFileSync(PLAYBOOK, 'utf8'));
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^✖ drill\.yaml:1:1 This file is a playbook, not an escalation script \(it has brand, channels, contacts, levels\)\./,
      ),
    ]);
  });
});
