import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers.js';

// What `npm pack` puts in the tarball, as npm itself lists it: dist/ as built by the global setup.
// Scripts are not run: prepare would build again, and dist/ is built already.
function packed(): { files: string[]; size: number } {
  const run = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  const [pack] = JSON.parse(run.stdout) as Array<{ files: Array<{ path: string }>; size: number }>;
  return { files: pack!.files.map((file) => file.path), size: pack!.size };
}

describe('the packed tarball', () => {
  const { files, size } = packed();

  it('holds the CLI, built, and no source map (they served the bundled libraries, 1.5 MB for puppeteer-core alone)', () => {
    expect(files).toEqual(expect.arrayContaining(['bin/crisis.js', 'dist/cli.js', 'dist/lint-worker.js']));
    expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
    // Without the maps it is about 0.7 MB; with them, 2.4 MB.
    expect(size).toBeLessThan(1_500_000);
  });

  it('holds the MIT licence that package.json names, with its copyright holder', () => {
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).license).toBe('MIT');
    expect(files).toContain('LICENSE');
    const license = readFileSync(join(root, 'LICENSE'), 'utf8');
    expect(license).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} The crisis authors\n/);
    expect(license).toContain('Permission is hereby granted, free of charge');
  });

  it('holds every page of docs/ that the messages and the README point to', () => {
    const pointers = ['src/i18n/en.ts', 'src/i18n/es.ts', 'README.md'].flatMap((file) =>
      [...readFileSync(join(root, file), 'utf8').matchAll(/docs\/[\w-]+\.md/g)].map((match) => match[0]),
    );
    expect(pointers.length).toBeGreaterThan(3);
    for (const page of new Set(pointers)) expect(files, page).toContain(page);
  });
});
