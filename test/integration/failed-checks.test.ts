import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readScript } from '../../src/escalate/script.js';
import { parsePlaybook } from '../../src/lint/lint-playbook.js';
import type { Playbook } from '../../src/model/schema.js';
import { drillInProcess } from '../drill-in-process.js';
import { planDir } from '../helpers.js';
import { MILD } from '../mild-script.js';

// A message that fails a check that is only a warning (a topic to avoid) is treated as every other
// failed check: "Edit it first" is the default, and recording it anyway is confirmed.

const DIR = planDir();
const playbook: Playbook = parsePlaybook(readFileSync(join(DIR, 'crisis.yaml'))).playbook!;

// The mild drill, its private reply promising a topic to avoid.
const SCRIPT = MILD.replace('te enviamos hoy unas gafas de sustitución', 'te invitamos al fútbol');

async function drill(allowWarnings: boolean) {
  const { script } = readScript(new TextEncoder().encode(SCRIPT), playbook);
  return drillInProcess({
    playbook,
    script: script!,
    start: new Date('2026-11-22T20:10:00Z'),
    templateText: (r) => r.text ?? readFileSync(join(DIR, r.template!), 'utf8'),
    allowWarnings,
  });
}

describe('a message naming a topic to avoid', () => {
  it('stops a drill, and goes out with --allow-warnings, the confirmation answered for it', async () => {
    expect((await drill(false)).stop?.messageId).toBe('script.checkFailed');
    const allowed = await drill(true);
    expect(allowed.outcome).toBe('closed');
    expect(allowed.events).toContainEqual(expect.objectContaining({ type: 'published', step: 'responder-privado' }));
  });
});
