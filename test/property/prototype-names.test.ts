import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { createContext } from '../../src/cli/context.js';
import { loadPlaybook } from '../../src/cli/load-playbook.js';
import { main } from '../../src/cli/main.js';
import type { Prompter } from '../../src/cli/prompts.js';
import { interactive } from '../../src/cli/escalate/interactive.js';
import { tempDir } from '../helpers.js';
import { caseArb, INHERITED_SLUGS, INHERITED_VARIABLES } from './prototype-plans.js';

// Property: whatever ids a plan and a script use, even `constructor`, `toString` or
// `__proto__`, every command works or says what is missing: no crash, no loop, no blank.
const RUNS = 100;

function collector() {
  const stream = Object.assign(
    new Writable({ write: (chunk, _encoding, done) => ((stream.text += String(chunk)), done()) }),
    { text: '' },
  );
  return stream;
}

async function cli(dir: string, args: string[]) {
  const stdout = collector();
  const stderr = collector();
  const code = await main(args, '0.0.0', {
    cwd: dir,
    env: { NO_COLOR: '1' },
    streams: { stdout, stderr },
    interactive: false,
  });
  return { code, out: stdout.text, err: stderr.text };
}

// What an inherited name would print: a function's source, "undefined", "[object Object]".
const LEAKS = /native code|\bundefined\b|\[object |This is a bug/;

function expectSane(args: string[], run: { code: number; out: string; err: string }): void {
  const said = `crisis ${args.join(' ')} → ${run.code}\n${run.out}\n${run.err}`;
  expect([0, 1, 2], said).toContain(run.code);
  expect(`${run.out}\n${run.err}`, said).not.toMatch(LEAKS);
  // Anything but success says why, in words.
  if (run.code !== 0) expect(`${run.out}${run.err}`.trim(), said).not.toBe('');
}

/** Answers every question of the walkthrough with its first choice or a plain text, then pauses. */
function firstAnswers(limit: number): Prompter {
  let asked = 0;
  const count = () => {
    if ((asked += 1) > limit) throw Object.assign(new Error('enough'), { name: 'ExitPromptError' });
  };
  const text = (validate?: (value: string) => true | string) =>
    ['-10m', 'Some text https://example.com/1', 'x'].find((value) => (validate?.(value) ?? true) === true) ?? 'x';
  return {
    input: async (q) => (count(), text(q.validate)),
    field: async (q) => (count(), q.default ?? text(q.validate)),
    pause: async () => count(),
    editText: async (q) => (count(), q.default),
    select: async (q) => (count(), q.choices[0]!.value),
    confirm: async () => (count(), true),
    checkbox: async (q) => (count(), q.choices.map((choice) => choice.value)),
  };
}

describe('ids named like Object.prototype members', () => {
  it('are in the generated plans', () => {
    expect(INHERITED_SLUGS).toEqual(['constructor']);
    expect(INHERITED_VARIABLES).toEqual(expect.arrayContaining(['toString', 'valueOf', 'hasOwnProperty', '__proto__']));
  });

  it(`never crash, loop or print a blank in any command (${RUNS} generated plans and scripts)`, async () => {
    const dir = tempDir();
    let index = 0;
    // How far the generated cases went: a property that only ever meets refused plans proves little.
    const reached = { clean: 0, journal: 0, walked: 0 };
    await fc.assert(
      fc.asyncProperty(caseArb, async ({ plan, script }) => {
        const here = join(dir, String((index += 1)));
        const run = async (args: string[]) => {
          const result = await cli(here, args);
          expectSane(args, result);
          return result;
        };
        mkdirSync(here);
        writeFileSync(join(here, 'crisis.yaml'), YAML.stringify(plan));
        writeFileSync(join(here, 'script.yaml'), YAML.stringify(script));

        const lint = await run(['lint', 'crisis.yaml']);
        for (const response of plan.responses) {
          const names = Object.keys(response.variables);
          const given = await run(['render', response.id, ...names.flatMap((name) => ['--var', `${name}=v-${name}`])]);
          if (given.code === 0) for (const name of names) expect(given.out).toContain(`v-${name}`);
          if (names.length > 0 && lint.code === 0) expect((await run(['render', response.id])).code).toBe(2);
        }
        const escalate = await run(['escalate', '--script', 'script.yaml']);
        for (const command of [['incidents'], ['promises'], ['report'], ['report', '--format', 'json']])
          await run(command);
        if (lint.code === 0) {
          expect([0, 1]).toContain(escalate.code);
          // A script refused before anything runs (a wrong option, say) writes no journal.
          const journals = existsSync(join(here, 'incidents'))
            ? readdirSync(join(here, 'incidents')).filter((name) => name.endsWith('.jsonl'))
            : [];
          const events = journals.flatMap((name) =>
            readFileSync(join(here, 'incidents', name), 'utf8')
              .trim()
              .split('\n')
              .map((line) => JSON.parse(line)),
          );
          // Bounded by the plan: one event per answer, never the same question again and again.
          expect(events.length).toBeLessThan(60);
          if (events.length > 0) reached.journal += 1;
          reached.clean += 1;
          for (const event of events.filter((e) => e.type === 'contact' || e.type === 'step'))
            expect(event.status).toMatch(/^(reached|unreachable|done|skipped|later)$/);

          const ctx = createContext([], '0.0.0', {
            cwd: here,
            env: { NO_COLOR: '1' },
            streams: { stdout: collector(), stderr: collector() },
            interactive: true,
          });
          const { file, playbook: loaded, textOf } = loadPlaybook(undefined, ctx);
          const walked = await interactive(
            {},
            ctx,
            loaded,
            file,
            textOf,
            async () => firstAnswers(80),
            () => new Date('2026-11-22T21:10:00Z'),
          );
          expect([0, 130]).toContain(walked);
          if (readdirSync(join(here, 'incidents')).length > journals.length) reached.walked += 1;
          expect(`${(ctx.streams.stdout as any).text}${(ctx.streams.stderr as any).text}`).not.toMatch(LEAKS);
        }
      }),
      { numRuns: RUNS },
    );
    expect(reached.clean).toBeGreaterThan(RUNS / 3);
    expect(reached.journal).toBeGreaterThan(RUNS / 6);
    expect(reached.walked).toBeGreaterThan(RUNS / 6);
  });
});
