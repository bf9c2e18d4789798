import { describe, expect, it } from 'vitest';
import { readScript } from '../../src/escalate/script.js';
import { ScriptStop } from '../../src/escalate/script.js';
import { drillInProcess } from '../drill-in-process.js';
import { parsePlaybook } from '../../src/lint/lint-playbook.js';
import { MAX_DURATION_MINUTES, readDuration } from '../../src/model/duration.js';
import type { Playbook } from '../../src/model/schema.js';
import { MAX_LANGUAGE_LENGTH, MAX_ZONE_LENGTH } from '../../src/model/limits.js';
import { lintData, MINIMAL_YAML, minimal } from '../helpers.js';
import { longestIntlArgument } from '../intl-arguments.js';

// Time and size limits: a duration or a script time too large to be a date is a
// finding or an error at its line, and a value too long for Intl is refused before reaching it.

/** 1-based line and column of the first occurrence of `needle`. */
function at(text: string, needle: string): { line: number; column: number } {
  const before = text.slice(0, text.indexOf(needle));
  return { line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') };
}

describe('a duration', () => {
  it.each([
    ['366d', { minutes: MAX_DURATION_MINUTES }],
    ['8784h', { minutes: MAX_DURATION_MINUTES }],
    ['527040m', { minutes: MAX_DURATION_MINUTES }],
    ['365d23h60m', { minutes: MAX_DURATION_MINUTES }],
    ['1h90m', { minutes: 150 }],
    ['366d1m', { problem: 'tooLong' }],
    ['367d', { problem: 'tooLong' }],
    ['99999999999d', { problem: 'tooLong' }],
    [`${'9'.repeat(400)}m`, { problem: 'tooLong' }],
    ['0d0h0m', { problem: 'zero' }],
    [' 2h', { problem: 'format' }],
  ])('%s reads %o', (text, reading) => {
    expect(readDuration(text)).toEqual(reading);
  });
});

describe('a duration past 366 days in a playbook', () => {
  const cases: Array<{ key: string; edit: (p: any) => void; value: string }> = [
    {
      key: 'levels[0].respond_within',
      edit: (p) => (p.levels[0].respond_within = '99999999999d'),
      value: '99999999999d',
    },
    { key: 'levels[1].steps[0].within', edit: (p) => (p.levels[1].steps[0].within = '367d'), value: '367d' },
    {
      key: 'departments[0].respond_within',
      edit: (p) => (p.departments = [{ id: 'ops', name: 'Ops', respond_within: '9000h' }]),
      value: '9000h',
    },
  ];
  it.each(cases)('is a schema error at $key', ({ key, edit, value }) => {
    const plan = minimal();
    edit(plan);
    const { findings, text } = lintData(plan);
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: 'schema',
        ...at(text, value),
        message: `${key} is "${value}", longer than a duration may be. Write at most 366 days (366d).`,
      }),
    ]);
  });
  it('is fine at 366 days exactly', () => {
    const plan = minimal();
    plan.levels[0].respond_within = '366d';
    expect(lintData(plan).findings.filter((f) => f.ruleId === 'schema')).toEqual([]);
  });
});

describe('a script time too far to be a date', () => {
  const playbook: Playbook = parsePlaybook(new TextEncoder().encode(MINIMAL_YAML)).playbook!;
  const script = (steps: string, clock = 'clock: 2026-11-22T21:10:00+01:00\n') =>
    `version: 1\n${clock}incident: { summary: Test, channel: twitter }\ntriage: { spread: 1 }\nsteps:\n${steps}`;
  const problems = (text: string) =>
    readScript(new TextEncoder().encode(text), playbook).problems.map((p) => ({
      line: p.line,
      id: p.report.messageId,
    }));

  it.each([
    ['an offset of 9999999999 days', '  reply: { status: done, at: +9999999999d }\n'],
    ['an offset of 367 days', '  reply: { status: done, at: +367d }\n'],
    ['a date years after the clock', '  reply: { status: done, at: 2030-01-01T00:00:00Z }\n'],
    ['a department answer years after', '  reply: { status: done, asked: { ops: { answered: +400d } } }\n'],
  ])('%s is an error at its line, before anything runs', (_name, steps) => {
    expect(problems(script(steps))).toContainEqual({ line: 6, id: 'script.timeTooFar' });
  });

  it('is fine 366 days after the start', () => {
    expect(problems(script('  reply: { status: done, at: +366d, vars: { customer: "@x" } }\n'))).toEqual([]);
  });

  it('stops a run without a clock, measured from when it starts', async () => {
    const { script: parsed } = readScript(
      new TextEncoder().encode(script('  reply: { status: done, at: 2099-01-01T00:00:00Z }\n', '')),
      playbook,
    );
    const { stop } = await drillInProcess({
      playbook,
      script: parsed!,
      start: new Date('2026-01-01T00:00:00Z'),
      templateText: (r) => r.text ?? '',
    });
    expect(stop).toBeInstanceOf(ScriptStop);
    expect(stop).toMatchObject({ messageId: 'script.timeTooFar', data: { key: 'steps.reply.at' } });
  });
});

describe('a value too long for Intl', () => {
  it.each([
    ['timezone', `Europe/${'x'.repeat(400_000)}`, 'not a time zone'],
    ['language', `es-${'a'.repeat(400_000)}`, 'not a language tag'],
  ])('a 400 KB %s is refused at once', (key, value, says) => {
    const plan = minimal();
    plan.brand[key] = value;
    let findings: ReturnType<typeof lintData>['findings'] = [];
    // It took 7 s to refuse, inside Intl: now nothing longer than a real zone or tag reaches Intl.
    const longest = longestIntlArgument(() => ({ findings } = lintData(plan)));
    expect(longest).toBeLessThanOrEqual(Math.max(MAX_ZONE_LENGTH, MAX_LANGUAGE_LENGTH));
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'schema', message: expect.stringContaining(says) })]);
  });

  it('keeps a real zone and tag', () => {
    const plan = minimal();
    Object.assign(plan.brand, { timezone: 'America/Argentina/ComodRivadavia', language: 'es-419' });
    expect(lintData(plan).findings).toEqual([]);
  });
});
