import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { replaceFile, stagingPath, writeAllOrNone } from '../../src/cli/write-files.js';
import { root, tempDir } from '../helpers.js';

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

// Any other existing file is replaced whole: written beside it under a temporary name, then renamed.
describe('replaceFile', () => {
  it('writes beside the target, never in another folder', () => {
    const target = join(tempDir(), 'report.md');
    expect(dirname(stagingPath(target))).toBe(dirname(target));
    expect(stagingPath(target)).not.toBe(stagingPath(target));
  });

  it('replaces the file, keeps its permissions, and leaves no temporary file', () => {
    const dir = tempDir();
    const target = join(dir, 'report.md');
    writeFileSync(target, 'old', { mode: 0o640 });
    chmodSync(target, 0o640);
    replaceFile(target, 'new');
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(statSync(target).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['report.md']);
  });

  // A real failing write: the file-size limit (ulimit -f) makes write() fail with EFBIG halfway.
  // Plain writeFileSync is cut there (so the limit bites); replaceFile leaves the old file byte for byte.
  it.skipIf(process.platform === 'win32')('a write that fails halfway leaves the old file as it was', async () => {
    const dir = tempDir();
    await build({
      entryPoints: [join(root, 'src/cli/write-files.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: join(dir, 'write-files.mjs'),
      logLevel: 'silent',
    });
    const old = Buffer.from(`${'old line\n'.repeat(100)}`);
    const run = (how: string) => {
      mkdirSync(join(dir, how));
      writeFileSync(join(dir, how, 'report.md'), old);
      writeFileSync(
        join(dir, 'write.mjs'),
        `import { writeFileSync } from 'node:fs';
import { replaceFile } from './write-files.mjs';
const [how, target] = process.argv.slice(2);
try {
  (how === 'plain' ? writeFileSync : replaceFile)(target, 'new line\\n'.repeat(100_000));
} catch (error) {
  process.stdout.write(error.code);
}`,
      );
      const child = spawnSync(
        'bash',
        ['-c', `ulimit -f 8; exec "$0" write.mjs "$1" "$2"`, process.execPath, how, join(dir, how, 'report.md')],
        {
          cwd: dir,
          encoding: 'utf8',
        },
      );
      return {
        said: child.stdout,
        bytes: readFileSync(join(dir, how, 'report.md')),
        left: readdirSync(join(dir, how)),
      };
    };
    const plain = run('plain');
    expect(plain.said).toBe('EFBIG');
    expect(plain.bytes.equals(old)).toBe(false);
    const replaced = run('replace');
    expect(replaced.said).toBe('EFBIG');
    expect(replaced.bytes.equals(old)).toBe(true);
    expect(replaced.left).toEqual(['report.md']);
  });
});
