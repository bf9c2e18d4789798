import { PassThrough } from 'node:stream';
import { createContext, speakingThePlan } from '../src/cli/context.js';
import { scriptWalk } from '../src/cli/escalate/drill.js';
import type { IncidentEvent } from '../src/escalate/events.js';
import { ScriptStop, type Script } from '../src/escalate/script.js';
import type { Playbook, Response } from '../src/model/schema.js';

export interface DrillRun {
  events: IncidentEvent[];
  /** How the walkthrough ended: closed, left open (`paused`), or stopped by the script. */
  outcome: 'closed' | 'paused' | 'stopped';
  stop?: ScriptStop;
  /** What the drill printed. */
  printed: string;
}

/**
 * A drill in-process, as `crisis escalate --script` runs it (cli/escalate/drill.ts scriptWalk)
 * without the journal file: the walkthrough answered by the script, each event kept in order.
 */
export async function drillInProcess(input: {
  playbook: Playbook;
  script: Script;
  start: Date;
  templateText: (response: Response) => string;
  allowWarnings?: boolean;
  as?: string;
  /** The terminal's width; without it, a pipe's (80). */
  columns?: number;
}): Promise<DrillRun> {
  const stdout = Object.assign(new PassThrough(), input.columns === undefined ? {} : { columns: input.columns });
  let printed = '';
  stdout.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const base = createContext([], '0.0.0', { cwd: '/', env: { NO_COLOR: '1' }, streams: { stdout, stderr: stdout } });
  const events: IncidentEvent[] = [];
  try {
    const outcome = await scriptWalk({
      ...input,
      ctx: speakingThePlan(base, input.playbook),
      allowWarnings: input.allowWarnings === true,
      events: [],
      record: (event) => events.push(event),
      id: 'i1',
    });
    return { events, outcome, printed };
  } catch (error) {
    if (!(error instanceof ScriptStop)) throw error;
    return { events, outcome: 'stopped', stop: error, printed };
  }
}
