import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJournal } from '../../src/cli/incident-store/journal-file.js';
import type { IncidentEvent } from '../../src/escalate/events.js';
import { root, tempDir } from '../helpers.js';
import { crisis } from './run-cli.js';

// The journals test/fixtures/scripts/journals/*.jsonl were written by the drill runner as it was
// before the drill became the walkthrough's own driver: a drill must still write what it wrote,
// up to the incident's id (random), in the order the walkthrough records (see docs/escalate-script.md).
const DRILLS = [
  ['crisis-miravista', 'es-optica-miravista'],
  ['drill-northside', 'en-northside-bakery'],
  ['northside-allergen', 'en-northside-bakery'],
] as const;

/**
 * The events with the incident's id made neutral (it is random), and the contacts of one call
 * round in the order of their ids: the drill now calls round by round as the walkthrough does
 * (everyone the level notifies, then the backups of those unreachable), where it called each
 * contact's chain of backups in turn.
 */
function neutral(events: readonly IncidentEvent[]): unknown[] {
  const opened = events.find((event) => event.type === 'opened');
  const id = opened?.type === 'opened' ? opened.id : '';
  const round = (event: IncidentEvent | undefined) => (event?.type === 'contact' ? event.at : undefined);
  const sorted = [...events];
  for (let start = 0; start < sorted.length; start += 1) {
    if (round(sorted[start]) === undefined) continue;
    let end = start;
    while (round(sorted[end + 1]) === round(sorted[start])) end += 1;
    const run = sorted.slice(start, end + 1) as Array<Extract<IncidentEvent, { type: 'contact' }>>;
    sorted.splice(start, run.length, ...run.sort((a, b) => a.contact.localeCompare(b.contact)));
    start = end;
  }
  return sorted.map((event) => JSON.parse(JSON.stringify(event).replaceAll(id, '<id>')));
}

function reference(name: string): IncidentEvent[] {
  const text = readFileSync(join(root, 'test/fixtures/scripts/journals', `${name}.jsonl`), 'utf8');
  return text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as IncidentEvent);
}

describe('the bundled drills write the journals they always wrote', () => {
  it.each(DRILLS)('%s', async (script, plan) => {
    const dir = tempDir();
    const run = await crisis(
      [
        'escalate',
        '--script',
        join(root, 'test/fixtures/scripts', `${script}.yaml`),
        '--playbook',
        join(root, 'playbooks', plan, 'crisis.yaml'),
        '--incidents-dir',
        'incidents',
      ],
      { cwd: dir },
    );
    expect(run.status).toBe(0);
    const [file] = readdirSync(join(dir, 'incidents')).filter((name) => name.endsWith('.jsonl'));
    expect(neutral(readJournal(join(dir, 'incidents', file!)).events)).toEqual(neutral(reference(script)));
  });
});
