import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { createContext } from '../../src/cli/context.js';
import { runDrill } from '../../src/cli/escalate/drill.js';
import { readJournal } from '../../src/cli/incident-store/journal-file.js';
import { runScript } from '../../src/escalate/run-script.js';
import { readScript } from '../../src/escalate/script.js';
import { parsePlaybook } from '../../src/lint/lint-playbook.js';
import type { Playbook, Response } from '../../src/model/schema.js';
import { countOperations } from '../count-operations.js';
import { minimal, tempDir } from '../helpers.js';

// How a drill stops: what it names, and that it always says how to go on. The plans here are
// built in the test, past lint, to reach the states lint is there to prevent.

/** The minimal plan, with an acknowledgement of 71 characters that the step posts on X, limited to 40. */
function plan(edit: (data: any) => void = () => {}): Playbook {
  const data = minimal();
  data.channels[0].max_length = 40;
  data.responses.push({
    id: 'sorry',
    title: 'Sorry',
    kind: 'acknowledgement',
    channels: ['blog'],
    approved_by: 'luis',
    variables: { what: { description: 'What', example: 'x' } },
    text: 'We are sorry about {{what}}, and we are fixing it today for everyone.',
  });
  data.levels[1].steps[1].response = 'sorry';
  edit(data);
  return parsePlaybook(new TextEncoder().encode(YAML.stringify(data))).playbook!;
}

const SCRIPT = `version: 1
clock: 2026-11-22T21:10:00+01:00
incident: { summary: Queja, channel: twitter, link: https://x.com/a/status/1 }
triage: { spread: 2 }
notify: { luis: reached, ana: reached }
steps:
  convene: { status: done }
  publish-short: { status: done, vars: { what: the delay }, published: { twitter: https://x.com/b/status/2 } }
`;

async function drill(playbook: Playbook, templateText: (response: Response) => string = (r) => r.text!) {
  const dir = tempDir();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk.toString()));
  stderr.on('data', (chunk: Buffer) => err.push(chunk.toString()));
  const ctx = createContext([], '0.0.0', { cwd: dir, env: { NO_COLOR: '1' }, streams: { stdout, stderr } });
  const { script } = readScript(new TextEncoder().encode(SCRIPT), playbook);
  const status = await runDrill(
    script!,
    {
      playbook,
      dir,
      scriptPath: 'drill.yaml',
      playbookFile: join(dir, 'crisis.yaml'),
      allowWarnings: false,
      templateText,
      newId: () => 'i1',
      where: (key) => `drill.yaml:${key}`,
    },
    ctx,
  );
  await new Promise((resolve) => setImmediate(resolve));
  return { status, stdout: out.join(''), stderr: err.join(''), events: readJournal(join(dir, 'i1.jsonl')).events };
}

describe('a drill that stops', () => {
  it('names the response whose message is too long, not the step', async () => {
    const run = await drill(plan());
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /The message of steps\.publish-short on twitter fails a check: Response "sorry" is \d+ characters on twitter/,
    );
    expect(run.stderr).not.toMatch(/Response "steps\./);
    expect(run.stderr).toMatch(/--script drill\.yaml --resume i1/);
  });

  it('says how to resume after a crash, like after any other stop, and keeps the journal', async () => {
    const run = await drill(
      plan((data) => (data.channels[0].max_length = 280)),
      () => {
        throw new Error('render failed');
      },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/This is a bug/);
    expect(run.stderr).toMatch(/--script drill\.yaml --resume i1/);
    expect(run.events.map((event) => event.type)).toContain('contact');
  });
});

describe('a drill with many contacts', () => {
  /** A plan whose crisis level notifies `count` contacts, and a script that reaches them all. */
  function drillOf(count: number): () => void {
    const ids = Array.from({ length: count }, (_, i) => `c${i}`);
    const playbook = plan((data) => {
      for (const id of ids) data.contacts.push({ id, name: id, role: 'R', email: `${id}@e.example`, backup: 'ana' });
      data.levels[1].notify = ids;
      data.levels[1].steps = [data.levels[1].steps[0]];
    });
    const notify = Object.fromEntries(ids.map((id) => [id, 'reached']));
    const text = new TextEncoder().encode(
      YAML.stringify({ ...YAML.parse(SCRIPT), notify, steps: { convene: { status: 'done' } } }),
    );
    // Counted: reading the script against the plan, and running it; the plan is loaded before.
    return () => {
      const { script } = readScript(text, playbook);
      const run = runScript({
        playbook,
        script: script!,
        id: 'i1',
        start: new Date(0),
        templateText: (r) => r.text!,
        allowWarnings: false,
      });
      for (let step = run.next(); !step.done; step = run.next());
    };
  }

  it('reads and runs the script in time linear in their number', () => {
    drillOf(100)();
    const [one, two, eight] = [250, 500, 2000].map((size) => {
      const work = drillOf(size);
      return countOperations(work);
    });
    // From n to 8n adds 7 times what n to 2n adds when linear; 21 times when each contact walks the others.
    expect((eight! - one!) / (two! - one!)).toBeLessThan(8.5);
  });
});
