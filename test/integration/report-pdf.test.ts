import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { tempDir, withJournal } from '../helpers.js';
import { crisis } from './run-cli.js';

// `crisis report --format pdf` where it cannot print: no browser, a wrong CHROME_PATH, a browser
// that does not start, a terminal. Each is one line and exit 2, and no file is written.
// The PDFs themselves are checked with a real Chromium in test/e2e/report-pdf.test.ts.

// PATH with an empty folder: no chromium, chrome or edge (Linux has no standard place besides PATH).
const noBrowser = () => ({ PATH: tempDir(), CHROME_PATH: undefined, PUPPETEER_EXECUTABLE_PATH: undefined });
const onLinux = process.platform === 'linux';

describe('crisis report --format pdf without a browser to print with', () => {
  it.runIf(onLinux)('says which browser to install, in English and in Spanish, exit 2', async () => {
    const dir = withJournal();
    const env = noBrowser();
    const en = await crisis(['report', '--format', 'pdf', '--out', 'r.pdf'], { cwd: dir, env });
    expect(en).toMatchObject({ status: 2, stdout: '' });
    expect(en.stderr).toContain(
      'No Chromium or Chrome found to print the PDF. Install one: sudo apt install chromium (Debian, Ubuntu)',
    );
    expect(en.stderr).toContain('set CHROME_PATH');
    expect(en.stderr).not.toMatch(/\n\s+at /);
    const es = await crisis(['report', '--format', 'pdf', '--out', 'r.pdf', '--lang', 'es'], {
      cwd: dir,
      env,
    });
    expect(es).toMatchObject({ status: 2, stdout: '' });
    expect(es.stderr).toContain(
      'No se encuentra Chromium ni Chrome para imprimir el PDF. Instala uno: sudo apt install',
    );
    expect(existsSync(join(dir, 'r.pdf'))).toBe(false);
  });

  it('names CHROME_PATH when it points to no program', async () => {
    const dir = withJournal();
    const run = await crisis(['report', '--format', 'pdf', '--out', 'r.pdf'], {
      cwd: dir,
      env: { ...noBrowser(), CHROME_PATH: join(dir, 'no-such-chrome') },
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/CHROME_PATH is .*no-such-chrome, which is not a program that can run\./);
  });

  it.runIf(onLinux)('says the browser failed, in one line, when it does not start', async () => {
    const dir = withJournal();
    const fake = join(dir, 'chrome');
    writeFileSync(fake, '#!/bin/sh\necho "this is not a browser" >&2\nexit 3\n', { mode: 0o755 });
    const run = await crisis(['report', '--format', 'pdf', '--out', 'r.pdf'], {
      cwd: dir,
      env: { ...noBrowser(), CHROME_PATH: fake },
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      new RegExp(`^✖? ?Could not print the PDF with ${fake}: .+ \\(this is not a browser\\)\\n$`),
    );
    expect(existsSync(join(dir, 'r.pdf'))).toBe(false);
  });
});

describe('crisis report --format pdf to a terminal', () => {
  it('refuses, naming --out, before looking for a browser', async () => {
    let err = '';
    let out = '';
    const terminal = Object.assign(new Writable({ write: (chunk, _e, done) => ((out += String(chunk)), done()) }), {
      isTTY: true,
    });
    const stderr = new Writable({ write: (chunk, _e, done) => ((err += String(chunk)), done()) });
    const code = await main(['report', '--format', 'pdf'], '0.0.0', {
      cwd: withJournal(),
      env: { NO_COLOR: '1', LANG: 'en_GB.UTF-8', ...noBrowser() },
      streams: { stdout: terminal, stderr },
      interactive: false,
    });
    expect({ code, out }).toEqual({ code: 2, out: '' });
    expect(err).toContain('A PDF is not text to show in a terminal: write it to a file with --out report.pdf');
  });
});
