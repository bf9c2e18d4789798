import fc from 'fast-check';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { groupByFile } from '../../src/commands/lint.js';
import { translator } from '../../src/i18n/index.js';
import type { Finding } from '../../src/source/finding.js';
import { formatStylish } from '../../src/lint/formats/stylish.js';
import { parsePlaybook } from '../../src/lint/lint-playbook.js';
import type { RuleContext } from '../../src/lint/rule-context.js';
import { slaOrder } from '../../src/lint/rules/sla-order.js';
import { unknownReference } from '../../src/lint/rules/unknown-reference.js';
import { parseDuration } from '../../src/model/duration.js';
import type { Playbook } from '../../src/model/schema.js';
import { MINIMAL_YAML } from '../helpers.js';

// Issue 9: a large or crafted file must cost time in proportion to its size. Each case below took
// seconds to minutes when the work grew with the square; the bounds are generous for a loaded
// CI machine and still far below what the square costs (bench/large-plan.js has the figures).

const base = (): Playbook => parsePlaybook(new TextEncoder().encode(MINIMAL_YAML)).playbook!;
const context = (playbook: Playbook) => ({ playbook }) as RuleContext;
const timed = <T>(work: () => T): { result: T; ms: number } => {
  const started = performance.now();
  const result = work();
  return { result, ms: performance.now() - started };
};

/** The minimal plan's two contacts (others name them), then `count` more. */
function contacts(count: number, backup: (i: number) => string | undefined): Playbook['contacts'] {
  return base().contacts.concat(
    Array.from({ length: count }, (_, i) => ({
      id: `c${i}`,
      name: 'C',
      role: 'R',
      phone: '+34 600 111 222',
      backup: backup(i),
      external: false,
    })),
  );
}

describe('unknown-reference', () => {
  it('checks 64k backups against 64k contacts in linear time (59 s before)', () => {
    const playbook = { ...base(), contacts: contacts(64_000, (i) => `c${(i + 1) % 64_000}`) };
    const { result, ms } = timed(() => unknownReference.check(context(playbook)));
    expect(result).toEqual([]);
    expect(ms).toBeLessThan(1500);
  });

  it('bounds "did you mean" and the list of known ids: 2k typos against 64k contacts', () => {
    const playbook = { ...base(), contacts: contacts(64_000, (i) => (i < 2000 ? `x${i}` : undefined)) };
    const { result, ms } = timed(() => unknownReference.check(context(playbook)));
    expect(result).toHaveLength(2000);
    expect(ms).toBeLessThan(3000);
    // One line per finding: the first ids, then how many more.
    expect(result.at(-1)!.data!.known).toMatch(/^ana, luis, c0, c1, .*, c17, … \(\+63982\)$/);
  });

  it('still offers the near id in a plan of ordinary size', () => {
    const playbook = { ...base(), contacts: contacts(50, (i) => (i === 0 ? 'c49x' : undefined)) };
    expect(unknownReference.check(context(playbook))[0]).toMatchObject({
      messageId: 'rule.unknownReferenceSuggest',
      data: { suggestion: 'c49' },
    });
  });
});

describe('findings by file', () => {
  const finding = (i: number): Finding => ({
    file: i % 3 === 0 ? 'templates/t.hbs' : 'crisis.yaml',
    line: i + 1,
    column: 1,
    ruleId: 'contact-unreachable',
    severity: 'error',
    message: 'm',
  });

  it('groups 200k findings in linear time (40k took 11 s before)', () => {
    const findings = Array.from({ length: 200_000 }, (_, i) => finding(i));
    const { result, ms } = timed(() => groupByFile('crisis.yaml', findings));
    expect(result.map((group) => [group.file, group.findings.length])).toEqual([
      ['crisis.yaml', 133_333],
      ['templates/t.hbs', 66_667],
    ]);
    expect(ms).toBeLessThan(1000);
  });

  it('prints 200k findings without overflowing the stack', () => {
    const findings = Array.from({ length: 200_000 }, (_, i) => ({ ...finding(i), file: 'crisis.yaml' }));
    const text = formatStylish([{ file: 'crisis.yaml', findings }], translator('en'), new Chalk({ level: 0 }));
    expect(text.split('\n')).toHaveLength(200_000 + 5);
  });
});

describe('sla-order', () => {
  // The rule as it was, comparing every pair: the reference its one-pass form must agree with.
  function everyPair(playbook: Playbook): Array<[string, string]> {
    const minutes = (within: string) => parseDuration(within) ?? 0;
    return playbook.levels.flatMap((level) => {
      const faster = playbook.levels
        .filter(
          (other) => other.severity < level.severity && minutes(other.respond_within) < minutes(level.respond_within),
        )
        .sort((a, b) => minutes(a.respond_within) - minutes(b.respond_within))[0];
      return faster ? [[level.id, faster.id] as [string, string]] : [];
    });
  }
  const levels = fc
    .uniqueArray(fc.integer({ min: -5, max: 20 }), { minLength: 1, maxLength: 12 })
    .chain((severities) =>
      fc.tuple(
        ...severities.map((severity, i) =>
          fc
            .constantFrom('15m', '30m', '1h', '2h', '1d')
            .map((within) => ({ id: `l${i}`, name: 'L', severity, respond_within: within, notify: [], steps: [] })),
        ),
      ),
    );

  it('names the same milder, faster level as comparing every pair (300 generated plans)', () => {
    fc.assert(
      fc.property(levels, (generated) => {
        const playbook = { ...base(), levels: generated };
        const found = slaOrder.check(context(playbook)).map((report) => [report.data!.id, report.data!.milder]);
        expect(found).toEqual(everyPair(playbook));
      }),
      { numRuns: 300 },
    );
  });

  it('checks 64k levels in linear time', () => {
    const generated = Array.from({ length: 64_000 }, (_, i) => ({
      id: `l${i}`,
      name: 'L',
      severity: i,
      respond_within: `${64_000 - i}m`,
      notify: [],
      steps: [],
    }));
    const { result, ms } = timed(() => slaOrder.check(context({ ...base(), levels: generated })));
    expect(result).toHaveLength(0);
    expect(ms).toBeLessThan(1500);
  });
});
