import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { replay } from '../../src/escalate/replay.js';
import { lintPlaybook, parsePlaybook } from '../../src/lint/lint-playbook.js';
import type { Channel } from '../../src/model/schema.js';
import { buildReport, renderReport } from '../../src/report/build-report.js';
import { ReportTemplateError } from '../../src/report/report-template-error.js';
import { analyzeTemplate } from '../../src/messages/analyze-template.js';
import { exampleVariables, renderContext, sampleIncident } from '../../src/messages/render-context.js';
import { renderTemplate } from '../../src/messages/render-response.js';
import { fixturePlan, fixtureJournal, minimal } from '../helpers.js';
import { source } from '../template-sources.js';

// Plans that differ where a template's soundness depends on them: which channels carry a url,
// whether the brand has a hashtag, whether the response is an internal notice or has no channel.
const plan = fc.record({
  text: source,
  twitterUrl: fc.boolean(),
  blogUrl: fc.boolean(),
  hashtag: fc.boolean(),
  timezone: fc.boolean(),
  kind: fc.constantFrom('acknowledgement', 'internal'),
  channels: fc.constantFrom(undefined, ['twitter'], [] as string[]),
  stepChannels: fc.constantFrom<string[] | undefined>(undefined, ['blog']),
});

const MINIMAL = minimal();

function buildPlan(p: typeof plan extends fc.Arbitrary<infer T> ? T : never): any {
  const data = structuredClone(MINIMAL);
  data.responses[0] = {
    ...data.responses[0],
    text: p.text,
    kind: p.kind,
    variables: { customer: { description: 'c', example: '@marta_g' }, v: { description: 'v' } },
  };
  if (p.channels) data.responses[0].channels = p.channels;
  if (p.stepChannels) data.levels[0].steps[0].channels = p.stepChannels;
  if (p.twitterUrl) data.channels[0].url = 'https://x.com/espiga';
  if (p.blogUrl) data.channels[1].url = 'https://espiga.example/blog';
  if (!p.hashtag) delete data.brand.hashtag;
  if (p.timezone) data.brand.timezone = 'Europe/Madrid';
  return data;
}

const NO_CHANNEL: Channel = { id: 'team', name: 'Team', format: 'long' };
// A few seconds in every `npm test`; FUZZ_RUNS=20000 for a deeper search.
const RUNS = Number(process.env.FUZZ_RUNS ?? 600);
// Never below the suite's limit (vitest.config.ts): the limit stops a hang, not a loaded machine.
const TIMEOUT = Math.max(300_000, RUNS * 30);

describe('generated response templates', () => {
  it(
    `never crash analysis or lint, and render wherever lint passes them (${RUNS} runs)`,
    () => {
      fc.assert(
        fc.property(plan, (p) => {
          expect(() => analyzeTemplate(p.text)).not.toThrow();
          const parsed = parsePlaybook(new TextEncoder().encode(YAML.stringify(buildPlan(p))));
          const findings = lintPlaybook({ file: 'crisis.yaml', parsed });
          // The render lint does with the examples never fails behind the analysis' back.
          expect(findings.filter((finding) => /cannot be rendered/.test(finding.message))).toEqual([]);
          if (findings.some((finding) => ['template-syntax', 'undeclared-variable', 'schema'].includes(finding.ruleId)))
            return;
          const playbook = parsed.playbook!;
          const response = playbook.responses[0]!;
          // Every channel escalate or render may use (worked out here from the plan, not by the code
          // under test): the response's own, its step's, and none for a notice to the team.
          const own = p.channels ?? ['twitter', 'blog'];
          const targets = playbook.channels.filter(
            (channel) => own.includes(channel.id) || p.stepChannels?.includes(channel.id),
          );
          for (const channel of [...targets, ...(p.kind === 'internal' || own.length === 0 ? [NO_CHANNEL] : [])]) {
            for (const variables of [exampleVariables(response), { customer: 'Ana', v: '' }]) {
              const text = renderTemplate(
                p.text,
                renderContext(playbook, channel, sampleIncident('crisis'), variables),
              );
              expect(text).not.toContain('[object ');
              if (!p.text.includes('undefined')) expect(text).not.toContain('undefined');
            }
          }
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});

const miravista = fixturePlan('es-optica-miravista');
const events = fixtureJournal('closed.jsonl');
const report = buildReport(miravista, replay(events), new Date('2026-11-30T00:00:00Z'));

describe('generated report templates', () => {
  it(
    `render, or fail with a ReportTemplateError that says where (${RUNS} runs)`,
    () => {
      fc.assert(
        fc.property(source, fc.constantFrom('md' as const, 'html' as const), (text, format) => {
          try {
            expect(typeof renderReport(format, text, report, miravista)).toBe('string');
          } catch (error) {
            expect(error).toBeInstanceOf(ReportTemplateError);
            expect((error as ReportTemplateError).problem?.line).toBeGreaterThan(0);
          }
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});
