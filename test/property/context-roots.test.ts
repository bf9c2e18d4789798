import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { lintPlaybook, parsePlaybook } from '../../src/lint/lint-playbook.js';
import type { Channel, Playbook, Response } from '../../src/model/schema.js';
import { CONTEXT_ROOTS, sampleIncident, TEAM_CHANNEL } from '../../src/messages/render-context.js';
import { renderMessage } from '../../src/messages/render-response.js';
import { minimal, tempDir } from '../helpers.js';
import { crisis } from '../integration/run-cli.js';

// Plans whose response declares variables named like every root of the render context (brand,
// incident, channel), beside an ordinary one, and reads them every way a template can. Whatever
// lint accepts must render, on every channel the response can reach, with any values given.
// Bounded by runs, not by time: a loaded machine only makes them slower.
const NO_TIME_LIMIT = 300_000;
const ROOTS = [...CONTEXT_ROOTS];
const name = fc.constantFrom(...ROOTS, 'customer');
// Fields each root has, and some it lacks: the template reads a root as lint reads it, or fails lint.
const FIELDS: Record<string, string[]> = {
  brand: ['name', 'apology_url'],
  incident: ['summary', 'link'],
  channel: ['name', 'url', 'max_length'],
  customer: ['name'],
};
const path = name.chain((n) => fc.constantFrom(...FIELDS[n]!).map((f) => `${n}.${f}`));
const fragment = fc.oneof(
  fc.constant('Hola '),
  fc.constant('{{customer}}'),
  name.map((n) => `{{${n}}}`),
  path.map((p) => `{{${p}}}`),
  fc.tuple(name, path).map(([n, p]) => `{{#if ${n}}}{{${p}}}{{/if}}`),
  fc.tuple(name, path).map(([n, p]) => `{{#unless ${n}}} en {{${p}}}{{/unless}}`),
  fc.tuple(path, name).map(([p, n]) => `{{#if ${p}}}{{${p}}}{{else}}{{${n}}}{{/if}}`),
  name.map((n) => `{{#with ${n}}}{{name}}{{/with}}`),
);
const caseArb = fc.record({
  // Mostly the ordinary variable, so that enough plans pass lint to be rendered.
  variables: fc.oneof(
    { weight: 3, arbitrary: fc.constant<string[]>(['customer']) },
    { weight: 2, arbitrary: fc.uniqueArray(name, { maxLength: 2 }) },
  ),
  example: fc.constantFrom('', 'X', undefined),
  text: fc.array(fragment, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('')),
  kind: fc.constantFrom('acknowledgement', 'internal', 'update'),
  channels: fc.constantFrom<string[] | undefined>(undefined, ['twitter'], ['blog'], []),
  stepChannels: fc.constantFrom<string[] | undefined>(undefined, ['twitter'], ['blog']),
});
type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

function planOf(c: Case): any {
  const plan = minimal();
  const [thanks] = plan.responses;
  thanks.kind = c.kind;
  thanks.text = c.text;
  thanks.variables = Object.fromEntries(
    c.variables.map((n) => [n, { description: n, ...(c.example !== undefined && { example: c.example }) }]),
  );
  if (c.channels) thanks.channels = c.channels;
  if (c.stepChannels) plan.levels[0].steps[0].channels = c.stepChannels;
  plan.channels[0].url = 'https://x.com/espiga';
  plan.channels[1].url = 'https://espiga.example/blog';
  return plan;
}

/** What lint accepts: the plan, when it has no error. */
function accepted(plan: any): Playbook | undefined {
  const parsed = parsePlaybook(new TextEncoder().encode(YAML.stringify(plan)));
  const findings = lintPlaybook({ file: 'crisis.yaml', parsed });
  return findings.some((finding) => finding.severity === 'error') ? undefined : parsed.playbook;
}

/** Worked out here from the plan, not by the code under test: where escalate or render may send it. */
function reachable(c: Case, playbook: Playbook): Channel[] {
  if (c.kind === 'internal') return [TEAM_CHANNEL];
  const own = c.channels ?? ['twitter', 'blog'];
  const channels = playbook.channels.filter((ch) => own.includes(ch.id) || c.stepChannels?.includes(ch.id));
  return own.length === 0 ? [...channels, TEAM_CHANNEL] : channels;
}

const valuesOf = (response: Response, value: (n: string) => string) =>
  Object.fromEntries(Object.keys(response.variables).map((n) => [n, value(n)]));

describe('variables named like the roots of the render context', () => {
  it(
    'are refused by lint, at their key, whatever the template does with them',
    () => {
      fc.assert(
        fc.property(caseArb, (c) => {
          const rooted = c.variables.filter((n) => CONTEXT_ROOTS.has(n));
          const parsed = parsePlaybook(new TextEncoder().encode(YAML.stringify(planOf(c))));
          const findings = lintPlaybook({ file: 'crisis.yaml', parsed });
          const refused = findings.filter((f) => f.ruleId === 'schema' && /names a variable/.test(f.message));
          expect(refused).toHaveLength(rooted.length);
        }),
        { numRuns: 60 },
      );
    },
    NO_TIME_LIMIT,
  );

  it(
    'never reach render: what lint accepts renders on every channel it can reach, with any values',
    () => {
      let renders = 0;
      fc.assert(
        fc.property(caseArb, (c) => {
          const playbook = accepted(planOf(c));
          if (!playbook) return;
          const response = playbook.responses[0]!;
          for (const channel of reachable(c, playbook)) {
            for (const vars of [
              valuesOf(response, (n) => response.variables[n]!.example ?? `<${n}>`),
              valuesOf(response, () => ''),
            ]) {
              const message = renderMessage(playbook, response, c.text, channel, sampleIncident('crisis'), vars);
              renders += 1;
              expect(message.text).not.toMatch(/\[object |undefined/);
            }
            // With the examples, what lint accepted passes the checks escalate runs before publishing.
            const examples = valuesOf(response, (n) => response.variables[n]!.example ?? `<${n}>`);
            const { problems } = renderMessage(playbook, response, c.text, channel, sampleIncident('crisis'), examples);
            expect(problems.filter((p) => p.ruleId !== 'avoid-topic')).toEqual([]);
          }
        }),
        { numRuns: 250 },
      );
      // Enough of the generated plans pass lint for the property to say something.
      expect(renders).toBeGreaterThan(80);
    },
    NO_TIME_LIMIT,
  );

  it(
    'and a drill of a plan lint accepts publishes it, without an internal error',
    async () => {
      const plans = fc
        .sample(caseArb, { numRuns: 60, seed: 19 })
        .filter((c) => c.kind !== 'internal' && !c.variables.some((n) => CONTEXT_ROOTS.has(n)))
        .filter((c) => accepted(planOf(c)))
        .slice(0, 4);
      expect(plans).toHaveLength(4);
      for (const c of plans) {
        const dir = tempDir();
        const plan = planOf(c);
        writeFileSync(join(dir, 'crisis.yaml'), YAML.stringify(plan));
        // Blank answers: a guard (`{{#unless channel}}`) then takes the branch the examples skipped.
        const vars = Object.fromEntries(c.variables.map((n) => [n, '']));
        const published = Object.fromEntries(
          (c.stepChannels ?? c.channels ?? ['twitter', 'blog']).map((id) => [id, `https://${id}.example/1`]),
        );
        const script = {
          version: 1,
          clock: '2026-11-22T21:10:00+01:00',
          incident: { summary: 'Queja', channel: 'twitter', link: 'https://x.com/a/1' },
          triage: { spread: 'Un comentario aislado' },
          steps: { reply: { status: 'done', vars, published } },
        };
        writeFileSync(join(dir, 'drill.yaml'), YAML.stringify(script));
        const run = await crisis(['escalate', '--script', 'drill.yaml'], { cwd: dir });
        expect(run.stderr, c.text).not.toMatch(/bug/i);
        expect(run.status, `${c.text}\n${run.stderr}`).toBe(0);
      }
    },
    NO_TIME_LIMIT,
  );

  it(
    'and a drill of a plan that declares one is refused before anything runs, never crashing',
    async () => {
      const dir = tempDir();
      const plan = minimal();
      plan.responses[0].variables.channel = { description: 'Dónde', example: 'X' };
      plan.responses[0].text = 'Hola {{customer}}{{#unless channel}} en {{channel.name}}{{/unless}}';
      writeFileSync(join(dir, 'crisis.yaml'), YAML.stringify(plan));
      const steps = {
        reply: { status: 'done', vars: { customer: '@a', channel: '' }, published: { twitter: 'https://x/1' } },
      };
      const script = {
        version: 1,
        incident: { summary: 'Queja', channel: 'twitter' },
        triage: { spread: 'Un comentario aislado' },
        steps,
      };
      writeFileSync(join(dir, 'drill.yaml'), YAML.stringify(script));
      const run = await crisis(['escalate', '--script', 'drill.yaml'], { cwd: dir });
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/names a variable "channel".*schema/);
      expect(run.stderr).not.toMatch(/bug/i);
    },
    NO_TIME_LIMIT,
  );
});
