import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readJournal } from '../../src/cli/incident-store/journal-file.js';
import { KEY, startOnTerminal } from '../../scripts/pty-session.js';
import type { IncidentEvent } from '../../src/escalate/events.js';
import { example, root } from '../helpers.js';

/**
 * `crisis escalate` on a real terminal, in a copy of the Spanish example plan: the session, and the
 * events its journal holds when asked (after the session stops, or while it waits at a question).
 */
export function walkOnTerminal(env: Record<string, string> = {}, size: { columns?: number; rows?: number } = {}) {
  const dir = example();
  const incidents = join(dir, 'incidents');
  const t = startOnTerminal({
    argv: [join(root, 'bin/crisis.js'), 'escalate', '--incidents-dir', incidents],
    cwd: dir,
    env,
    ...size,
    marker: incidents,
  });
  const events = (): IncidentEvent[] => {
    const [name] = readdirSync(incidents).filter((file) => file.endsWith('.jsonl'));
    return readJournal(join(incidents, name!)).events;
  };
  return { t, events };
}

type Session = ReturnType<typeof walkOnTerminal>['t'];

/**
 * The Spanish plan's answers from the start to the statement's first variable: a viral complaint,
 * everyone reached, the two steps before the statement done.
 */
export async function answerToStatement(t: Session): Promise<void> {
  await t.answer('¿Qué está pasando', `Queja viral https://x.com/ana/status/1${KEY.enter}`);
  await t.answer('¿Cuándo lo vio', KEY.enter);
  await t.answer('¿Cuánta gente', `${KEY.down.repeat(2)}${KEY.enter}`);
  await t.answer('Marca a quién', `a${KEY.enter}`);
  await t.answer('Este paso:', KEY.enter);
  await t.answer('Este paso:', KEY.enter);
}
