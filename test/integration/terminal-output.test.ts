import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, tempDir, example } from '../helpers.js';
import { crisis } from './run-cli.js';

// Control characters from a playbook, a journal, a --var or a file name never reach the terminal
// raw, whichever command prints them. Line breaks are the only control characters let through.
const HOSTILE = '\x1b]0;pwned\x07\x1b[2J\rFAKE\x9b';
const raw = (text: string) => text.replace(/\r?\n/g, '').match(/[\u0000-\u001f\u007f-\u009f]/g) ?? [];

function withHostileJournal(): string {
  const dir = example();
  mkdirSync(join(dir, 'incidents'));
  const lines = readFileSync(join(root, 'test/fixtures/journals/closed.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
  for (const event of lines) {
    if (event.type === 'opened') event.summary = `Queja${HOSTILE}\nforged line`;
    if (event.type === 'note') event.text = `Nota${HOSTILE}`;
    if (event.type === 'promise') event.what = `Regalo${HOSTILE}\nOPEN  fake`;
    if (event.type === 'published') event.text = `Mensaje${HOSTILE}`;
  }
  lines.splice(-1, 1); // left open, so its promise is listed
  writeFileSync(
    join(dir, 'incidents/20261122-2010-abcd.jsonl'),
    `${lines.map((event) => JSON.stringify(event)).join('\n')}\n`,
  );
  return dir;
}

describe('control characters reach no terminal raw', () => {
  it.each([
    ['incidents', ['incidents'], '\\x1b]0;pwned\\x07'],
    ['promises', ['promises'], '\\x1b]0;pwned\\x07'],
    // Markdown escapes the ] as well, which Markdown would read.
    ['report (Markdown)', ['report'], '\\x1b\\]0;pwned\\x07'],
    ['report (HTML)', ['report', '--format', 'html'], '\\x1b]0;pwned\\x07'],
  ])('%s writes them out', async (_, args, shown) => {
    const run = await crisis(args, { cwd: withHostileJournal() });
    expect(run.status).toBe(0);
    expect(raw(run.stdout)).toEqual([]);
    expect(raw(run.stderr)).toEqual([]);
    expect(run.stdout).toContain(shown);
  });

  it('incidents and promises keep one line per row, whatever a summary or a promise holds', async () => {
    const dir = withHostileJournal();
    expect((await crisis(['incidents'], { cwd: dir })).stdout.trimEnd().split('\n')).toHaveLength(1);
    // Two promises, one of them honoured: one row of two lines (when it is due; to whom, what, by whom).
    const promises = (await crisis(['promises'], { cwd: dir })).stdout.trimEnd().split('\n');
    expect(promises).toHaveLength(2);
    expect(promises[1]).toMatch(/^ +to /);
  });

  it('incidents and promises wrap their rows at 60 columns, each later line under the text', async () => {
    const dir = withHostileJournal();
    for (const command of ['incidents', 'promises']) {
      const lines = (await crisis([command], { cwd: dir, env: { COLUMNS: '60' } })).stdout.trimEnd().split('\n');
      expect(lines.filter((line) => [...line].length > 60)).toEqual([]);
      expect(lines.length).toBeGreaterThan(2);
      const indent = /^\S+ +/.exec(lines[0]!)![0].length;
      expect(lines.slice(1).filter((line) => !line.startsWith(' '.repeat(indent)))).toEqual([]);
    }
  });

  it('render writes out a control character given with --var, and refuses the message', async () => {
    const dir = tempDir();
    cpSync(join(root, 'test/fixtures/minimal'), dir, { recursive: true });
    const run = await crisis(['render', 'thanks', '--channel', 'twitter', '--var', `customer=@ana${HOSTILE}`], {
      cwd: dir,
    });
    expect(run.status).toBe(1);
    expect(raw(run.stdout)).toEqual([]);
    expect(run.stdout).toContain('Hola @ana\\x1b]0;pwned\\x07\\x1b[2J\\rFAKE\\x9b, gracias');
    expect(run.stderr).toContain('(control-character)');
  });

  it.each([
    ['stylish', 'evil\\n  1:1  error  forged\\x1b[2J.yaml'],
    ['github', 'evil%0A  1%3A1  error  forged\\x1b[2J.yaml'],
  ])('lint (%s) names a file holding a newline and ESC on one line, and finds what is in it', async (format, shown) => {
    const dir = tempDir();
    mkdirSync(join(dir, 'plans'));
    const name = 'evil\n  1:1  error  forged\x1b[2J.yaml';
    writeFileSync(join(dir, 'plans', name), 'version: 1\n');
    const run = await crisis(['lint', 'plans', '--format', format], { cwd: dir });
    expect(run.status).toBe(1);
    expect(raw(run.stdout)).toEqual([]);
    expect(run.stdout).toContain(shown);
    expect(run.stdout).not.toMatch(/^ {2}1:1 {2}error {2}forged/m);
  });

  it('lint reports a control character inside a response text as an error at its place', async () => {
    const dir = tempDir();
    const plan = readFileSync(join(root, 'test/fixtures/minimal/crisis.yaml'), 'utf8').replace(
      'text: "Hola {{customer}},',
      'text: "Hola\\e]52;c;aGk=\\a {{customer}},',
    );
    writeFileSync(join(dir, 'crisis.yaml'), plan);
    const run = await crisis(['lint', '--format', 'json'], { cwd: dir });
    expect(run.status).toBe(1);
    const [result] = JSON.parse(run.stdout);
    const line = plan.split('\n').findIndex((row) => row.includes('Hola\\e')) + 1;
    expect(result.messages).toEqual([
      expect.objectContaining({
        ruleId: 'control-character',
        severity: 2,
        line,
        column: plan.split('\n')[line - 1]!.indexOf('\\e') + 1,
      }),
    ]);
  });
});
