import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readJournal } from '../../src/cli/incident-store/journal-file.js';
import { startOnTerminal } from '../../scripts/pty-session.js';
import type { IncidentEvent } from '../../src/escalate/events.js';
import { example, root } from '../helpers.js';

/**
 * `crisis escalate` on a real terminal, in a copy of the Spanish example plan: the session, and the
 * events its journal holds when asked (after the session stops, or while it waits at a question).
 */
export function walkOnTerminal(env: Record<string, string> = {}) {
  const dir = example();
  const incidents = join(dir, 'incidents');
  const t = startOnTerminal({
    argv: [join(root, 'bin/crisis.js'), 'escalate', '--incidents-dir', incidents],
    cwd: dir,
    env,
    marker: incidents,
  });
  const events = (): IncidentEvent[] => {
    const [name] = readdirSync(incidents).filter((file) => file.endsWith('.jsonl'));
    return readJournal(join(incidents, name!)).events;
  };
  return { t, events };
}
