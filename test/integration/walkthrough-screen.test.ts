import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { createContext, speakingThePlan } from '../../src/cli/context.js';
import { interactive } from '../../src/cli/escalate/interactive.js';
import { readJournal } from '../../src/cli/incident-store/journal-file.js';
import { loadPlaybook } from '../../src/cli/load-playbook.js';
import type { Prompter } from '../../src/cli/prompts.js';
import type { IncidentEvent } from '../../src/escalate/events.js';
import { example } from '../helpers.js';
import { scriptedPrompter } from '../scripted-prompter.js';
import { SUMMARY, TO_STATEMENT_MENU, TRIAGE } from '../walk-answers.js';

// What the walkthrough puts on the screen of the Spanish plan (Madrid), in both languages: the
// width it writes at when piped, and the "now" it offers. The clock turns a minute at each reading,
// the worst a person can meet: a minute turning between the question shown and the answer.

const LANGS = ['es', 'en'] as const;

function session(lang: (typeof LANGS)[number], env: NodeJS.ProcessEnv = {}) {
  const dir = example();
  const stdout = new PassThrough();
  let printed = '';
  stdout.on('data', (chunk) => (printed += chunk));
  const base = createContext([], '0.0.0', {
    cwd: dir,
    env: { NO_COLOR: '1', ...(lang === 'en' && { CRISIS_LANG: 'en' }), ...env },
    streams: { stdout, stderr: stdout },
    interactive: true,
  });
  const { file, playbook, textOf } = loadPlaybook(undefined, base);
  const ctx = speakingThePlan(base, playbook);
  let minute = 0;
  const now = () => new Date(Date.UTC(2026, 10, 22, 21, 10 + minute++));
  const asked: string[] = [];
  const run = async (answers: unknown[]) => {
    const scripted = scriptedPrompter(answers);
    const prompter: Prompter = { ...scripted, input: (q) => (asked.push(q.message), scripted.input(q)) };
    return interactive({}, ctx, playbook, file, textOf, async () => prompter, now);
  };
  const journal = (): IncidentEvent[] => {
    const incidents = join(dir, 'incidents');
    const name = readdirSync(incidents).find((entry) => entry.endsWith('.jsonl'))!;
    return readJournal(join(incidents, name)).events;
  };
  return { run, printed: () => printed, asked, journal };
}

const OPEN = [SUMMARY];
/** From the first-seen question to the statement's menu on Facebook, then a pause. */
const TO_STATEMENT = [...TO_STATEMENT_MENU, 'pause'];

describe.each(LANGS)('the walkthrough piped with COLUMNS=60 (%s)', (lang) => {
  it('frames the message to publish at 60 columns, as it writes every other line', async () => {
    const s = session(lang, { COLUMNS: '60' });
    expect(await s.run([...OPEN, '-10m', ...TO_STATEMENT])).toBe(0);
    const rows = s.printed().split('\n');
    const top = rows.findIndex((row) => row.startsWith('┌─ '));
    expect(top).toBeGreaterThan(0);
    const bottom = rows.findIndex((row, index) => index > top && row.startsWith('└'));
    expect(stringWidth(rows[top]!)).toBe(60);
    expect(stringWidth(rows[bottom]!)).toBe(60);
    // Only a word longer than the line may pass it (a link is kept whole): none is in this statement.
    expect(rows.filter((row) => stringWidth(row) > 60)).toEqual([]);
  });

  it('wraps the word that an incident is still open, its command to continue it on one row', async () => {
    const s = session(lang, { COLUMNS: '60' });
    expect(await s.run([...OPEN, '-10m', ...TRIAGE, ['jorge', 'agencia', 'lucia'], 'pause'])).toBe(0);
    const id = s.journal().find((event) => event.type === 'opened')!;
    expect(await s.run([...OPEN, '-10m', ...TRIAGE, ['jorge', 'agencia', 'lucia'], 'pause'])).toBe(0);
    const rows = s.printed().split('\n');
    const first = rows.findIndex((row) => /sigue abierto|still open/.test(row));
    expect(first).toBeGreaterThan(0);
    expect(rows.slice(first, first + 4).filter((row) => stringWidth(row) > 60)).toEqual([]);
    const command = `crisis escalate --resume ${id.type === 'opened' ? id.id : ''}`;
    expect(rows.slice(first, first + 4).some((row) => row.endsWith(command))).toBe(true);
  });

  it('keeps 80 columns piped with no COLUMNS', async () => {
    const s = session(lang);
    expect(await s.run([...OPEN, '-10m', ...TO_STATEMENT])).toBe(0);
    const top = s
      .printed()
      .split('\n')
      .find((row) => row.startsWith('┌─ '))!;
    expect(stringWidth(top)).toBe(80);
  });
});

describe.each(LANGS)('"now" offered at the first-seen question (%s)', (lang) => {
  it('records the minute the question showed, though the clock turned before the answer', async () => {
    const s = session(lang);
    expect(await s.run([...OPEN, '', ...TRIAGE, ['jorge', 'agencia', 'lucia'], 'pause'])).toBe(0);
    const question = s.asked.find((message) => /\(\S+: \S+, (\d{2}:\d{2});/.test(message))!;
    const shown = /(\d{2}:\d{2});/.exec(question)![1];
    const opened = s.journal().find((event) => event.type === 'opened');
    const detected = opened?.type === 'opened' ? opened.detected_at : '';
    // Madrid is an hour ahead of UTC in November: 22:1x shown is 21:1x UTC.
    expect(`${Number(detected.slice(11, 13)) + 1}:${detected.slice(14, 16)}`).toBe(shown);
    expect(s.printed()).toContain(lang === 'es' ? `Visto por primera vez a las ${shown}.` : `First seen: ${shown}.`);
  });
});
