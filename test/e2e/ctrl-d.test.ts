import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasScript, KEY, startOnTerminal } from '../../scripts/pty-session.js';
import { example, root } from '../helpers.js';

// Ctrl-D at a question on a real terminal: before, the walkthrough froze there (no echo, Enter and
// Ctrl-C dead) and kept the incident's lock. Now it stops as Ctrl-C does: exit 130, how to resume,
// and the incident free for the next `--resume`.
const CTRL_D = '\x04';

describe.skipIf(!hasScript)('Ctrl-D in the walkthrough on a real terminal', () => {
  it('stops at a choice as Ctrl-C does, and the incident resumes at that choice', async () => {
    const dir = example();
    const incidents = join(dir, 'incidents');
    const run = (...args: string[]) =>
      startOnTerminal({
        argv: [join(root, 'bin/crisis.js'), 'escalate', ...args, '--incidents-dir', incidents],
        cwd: dir,
        marker: incidents,
      });
    const first = run();
    await first.answer('¿Qué está pasando', `Queja viral${KEY.enter}`);
    await first.answer('Enlace a la publicación', KEY.enter);
    await first.answer('¿Dónde empezó?', `${KEY.down}${CTRL_D}`);
    expect(await first.exited).toBe(130);
    expect(first.screen()).toContain('crisis escalate --resume');
    // Not left as a choice made: the choice it stopped at is asked again.
    expect(first.screen()).not.toContain('✔ ¿Dónde empezó?');
    const second = run('--resume');
    await second.when('¿Dónde empezó?');
    expect(second.screen()).not.toMatch(/otro proceso/);
    second.type(CTRL_D);
    expect(await second.exited).toBe(130);
  }, 60_000);
});
