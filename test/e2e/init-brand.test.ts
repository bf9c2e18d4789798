import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplePeopleDetails } from '../example-people.js';
import { tempDir } from '../helpers.js';
import { crisis as inProcess } from '../integration/run-cli.js';
import { crisis } from './run-cli.js';

// Spawned, not in-process: the machine's time zone (TZ) is read once, when Node starts.
describe('crisis init --yes for a business of its own', () => {
  it("writes none of the example's details, in the machine's time zone, with a full language tag", async () => {
    const dir = tempDir();
    const run = crisis(['init', '--yes', '--lang', 'es', '--name', 'Panadería Sol'], {
      cwd: dir,
      env: { TZ: 'America/Mexico_City' },
    });
    expect(run.status).toBe(0);
    const plan = readFileSync(join(dir, 'crisis.yaml'), 'utf8');
    expect(plan).not.toMatch(/miravista/i);
    // No +34 number of the Valencian example in a Mexico City plan, nor any other detail of its people.
    expect(examplePeopleDetails().filter((detail) => plan.includes(detail))).toEqual([]);
    expect(plan).toContain('  apology_url: "https://panaderia-sol.example/comunicado"');
    expect(plan).toContain('  hashtag: "#PanaderíaSol"');
    expect(plan).toMatch(/^  language: es-MX\n  timezone: America\/Mexico_City$/m);
    // The plan names its time zone: lint reads no TZ, and runs in this process.
    expect((await inProcess(['lint', '--max-warnings', '0'], { cwd: dir })).status).toBe(0);
  });
});
