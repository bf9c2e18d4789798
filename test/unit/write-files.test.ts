import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAllOrNone } from '../../src/cli/write-files.js';
import { tempDir } from '../helpers.js';

// init writes every file or none: a refusal halfway leaves the folder as it was.
const files = new Map([
  ['crisis.yaml', 'version: 1\n'],
  ['templates/statement.hbs', 'statement\n'],
  ['templates/internal-notice.hbs', 'notice\n'],
  ['playbook.schema.json', '{}\n'],
]);

describe('writeAllOrNone', () => {
  it('writes every file, making the folders they need', () => {
    const dir = tempDir();
    writeAllOrNone(join(dir, 'plan'), files);
    for (const [path, text] of files) expect(readFileSync(join(dir, 'plan', path), 'utf8')).toBe(text);
    expect(readdirSync(join(dir, 'plan/templates')).sort()).toEqual(['internal-notice.hbs', 'statement.hbs']);
  });

  it.each([
    [
      'into a new folder',
      (dir: string) => mkdirSync(join(dir, 'plan/templates/internal-notice.hbs'), { recursive: true }),
      ['templates'],
    ],
    [
      'over an old plan (--force)',
      (dir: string) => {
        mkdirSync(join(dir, 'plan/templates/internal-notice.hbs'), { recursive: true });
        writeFileSync(join(dir, 'plan/crisis.yaml'), 'the old plan\n');
      },
      ['crisis.yaml', 'templates'],
    ],
  ])('%s, stops at a folder where a file goes and leaves everything as it was', (_, prepare, left) => {
    const dir = tempDir();
    prepare(dir);
    expect(() => writeAllOrNone(join(dir, 'plan'), files)).toThrow(
      expect.objectContaining({ code: 'EISDIR', path: join(dir, 'plan/templates/internal-notice.hbs') }),
    );
    expect(readdirSync(join(dir, 'plan')).sort()).toEqual(left);
    expect(readdirSync(join(dir, 'plan/templates'))).toEqual(['internal-notice.hbs']);
    if (left.includes('crisis.yaml'))
      expect(readFileSync(join(dir, 'plan/crisis.yaml'), 'utf8')).toBe('the old plan\n');
  });

  it('replaces old files only once every new one is written', () => {
    const dir = tempDir();
    writeAllOrNone(dir, new Map([['crisis.yaml', 'old\n']]));
    writeAllOrNone(dir, files);
    expect(readFileSync(join(dir, 'crisis.yaml'), 'utf8')).toBe('version: 1\n');
    expect(readdirSync(dir).filter((name) => name.includes('.crisis-'))).toEqual([]);
    expect(existsSync(join(dir, 'templates/statement.hbs'))).toBe(true);
  });
});
