import fc from 'fast-check';
import { Chalk } from 'chalk';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { bigJournal, journalText } from '../../bench/big-journal.js';
import { createContext } from '../../src/cli/context.js';
import { incidents } from '../../src/commands/incidents.js';
import { promises } from '../../src/commands/promises.js';
import { report } from '../../src/commands/report.js';
import { parseJournal } from '../../src/escalate/parse-journal.js';
import { replay } from '../../src/escalate/replay.js';
import { groupByFile } from '../../src/commands/lint-files.js';
import { translator } from '../../src/i18n/index.js';
import type { Finding } from '../../src/source/finding.js';
import { formatStylish } from '../../src/lint/formats/stylish.js';
import { parsePlaybook } from '../../src/lint/lint-playbook.js';
import type { RuleContext } from '../../src/lint/rule-context.js';
import { slaOrder } from '../../src/lint/rules/levels.js';
import { unknownReference } from '../../src/lint/rules/ids.js';
import { parseDuration } from '../../src/model/duration.js';
import type { Playbook } from '../../src/model/schema.js';
import { countOperations, growth } from '../count-operations.js';
import { MINIMAL_YAML, planFile, tempDir } from '../helpers.js';

// A large or crafted file must cost work in proportion to its size. Each case below took seconds
// to minutes when the work grew with the square. Counted, not timed (test/count-operations.ts):
// what one size more adds is compared, 7 when linear, 21 when each item costs a pass over the
// others. bench/large-plan.js times the full sizes.

// Parsed once: the rules read a plan and never change it, and parsing it again for each of the
// property's 300 plans was most of this file's time.
const MINIMAL = parsePlaybook(new TextEncoder().encode(MINIMAL_YAML)).playbook!;
const base = (): Playbook => MINIMAL;
const context = (playbook: Playbook) => ({ playbook }) as RuleContext;

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
  it('checks each backup against all contacts in linear work (64k took 59 s before)', () => {
    const check = (size: number) => {
      const playbook = { ...base(), contacts: contacts(size, (i) => `c${(i + 1) % size}`) };
      expect(unknownReference.check(context(playbook))).toEqual([]);
    };
    expect(growth(check, 2000)).toBeLessThan(8.5);
  });

  it('bounds "did you mean" and the list of known ids: 2k typos against 64k contacts', () => {
    const playbook = { ...base(), contacts: contacts(64_000, (i) => (i < 2000 ? `x${i}` : undefined)) };
    let result: ReturnType<typeof unknownReference.check> = [];
    const work = countOperations(() => (result = unknownReference.check(context(playbook))));
    // Each typo against every id would walk 128 million ids; the suggester's budget is 2 million.
    expect(work).toBeLessThan(4_000_000);
    expect(result).toHaveLength(2000);
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

  it('groups findings by file in linear work (40k took 11 s before)', () => {
    const findings = Array.from({ length: 30_000 }, (_, i) => finding(i));
    expect(groupByFile('crisis.yaml', findings).map((group) => [group.file, group.findings.length])).toEqual([
      ['crisis.yaml', 20_000],
      ['templates/t.hbs', 10_000],
    ]);
    expect(growth((size) => void groupByFile('crisis.yaml', findings.slice(0, size)), 3000)).toBeLessThan(8.5);
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

  it('checks levels in linear work, or n log n', () => {
    const check = (size: number) => {
      const generated = Array.from({ length: size }, (_, i) => ({
        id: `l${i}`,
        name: 'L',
        severity: i,
        respond_within: `${size - i}m`,
        notify: [],
        steps: [],
      }));
      expect(slaOrder.check(context({ ...base(), levels: generated }))).toHaveLength(0);
    };
    expect(growth(check, 2000)).toBeLessThan(8.5);
  });
});

// A long incident, and a folder of them, costs work in proportion to its events. Counted,
// not timed (test/count-operations.ts). What one size more adds is compared, so the plan's own
// loading cancels out: from n to 8n adds 7 times what n to 2n adds when the work is linear, 21
// times when each event costs a pass over the others.
describe('journals, replay and reports', () => {
  const PLAN = planFile();
  const NOW = new Date('2026-11-30T00:00:00Z');
  const ctxIn = (cwd: string) =>
    createContext([], '0.0.0', {
      cwd,
      env: { NO_COLOR: '1' },
      streams: { stdout: new PassThrough(), stderr: new PassThrough() },
      interactive: false,
    });
  /** A folder of `journals` incidents of `events` events each, half of them closed. */
  function folder(journals: number, events: number): string {
    const dir = tempDir();
    for (let i = 0; i < journals; i += 1) {
      const id = `20261122-2000-${String(i).padStart(4, '0')}`;
      const start = Date.UTC(2026, 10, 22, 20, 0) + i * 60_000;
      writeFileSync(join(dir, `${id}.jsonl`), journalText(bigJournal(events, { id, start, closed: i % 2 === 0 })));
    }
    return dir;
  }
  it('reads a journal in one pass', () => {
    const ratio = growth((size) => parseJournal(journalText(bigJournal(size))), 500);
    expect(ratio).toBeGreaterThan(6);
    expect(ratio).toBeLessThan(8.5);
  });

  it('replays an incident once per event', () => {
    const ratio = growth((size) => replay(bigJournal(size)), 500);
    expect(ratio).toBeLessThan(8.5);
  });

  it.each(['md', 'html', 'json'] as const)('reports a long incident as %s', (format) => {
    // Outside the incidents folder, where no output may go.
    const out = join(tempDir(), 'report');
    const ratio = growth((size) => {
      const dir = folder(1, size);
      void report(undefined, { format, playbook: PLAN, incidentsDir: dir, out }, ctxIn(dir), NOW);
    }, 500);
    expect(ratio).toBeLessThan(8.5);
  });

  it.each([
    ['incidents', (dir: string) => incidents({ json: true, playbook: PLAN, incidentsDir: dir }, ctxIn(dir), NOW)],
    ['promises', (dir: string) => promises({ json: true, playbook: PLAN, incidentsDir: dir }, ctxIn(dir))],
  ])('lists %s across a folder of long incidents', (_command, run) => {
    expect(growth((size) => void run(folder(4, size)), 200)).toBeLessThan(8.5);
    expect(growth((size) => void run(folder(size, 200)), 4)).toBeLessThan(8.5);
  });
});
