import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Context } from '../cli/context.js';
import { CliError } from '../cli/errors.js';
import { findBrowser } from '../cli/find-browser.js';
import type { PageSize } from '../report/formats.js';

/** The signals puppeteer handles too, and their numbers: a process ended by one exits 128 + it. */
const SIGNALS: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };
const HANDLED = Object.keys(SIGNALS) as NodeJS.Signals[];

/** What to install, said for the system the user is on. */
const INSTALL = {
  linux: 'reportCmd.installLinux',
  darwin: 'reportCmd.installMac',
  win32: 'reportCmd.installWindows',
} as const;

/** The browser to print with, or a message that says which one to install (exit 2, as other environment errors). */
export function browserPath(ctx: Context, platform: NodeJS.Platform = process.platform): string {
  const found = findBrowser(ctx.env, platform);
  if (found && 'wrong' in found)
    throw new CliError('reportCmd.browserNotProgram', { variable: found.variable, path: found.wrong });
  if (!found)
    throw new CliError('reportCmd.noBrowser', {
      install: ctx.t(INSTALL[platform as keyof typeof INSTALL] ?? INSTALL.linux),
    });
  if (ctx.debug) ctx.log.info(ctx.log.color.dim(`${found.source}: ${found.path}`));
  return found.path;
}

/**
 * Prints the HTML report to PDF with the machine's own Chromium or Chrome (puppeteer-core never
 * downloads one). The page's `@page` size wins; `size` is for a user's template that has none.
 */
export async function printPdf(html: string, size: PageSize, ctx: Context): Promise<Uint8Array> {
  const executablePath = browserPath(ctx);
  // Loaded only for --format pdf: the driver is the largest part of the bundle.
  const { default: puppeteer } = await import('puppeteer-core');
  let browser: Awaited<ReturnType<typeof puppeteer.launch>> | undefined;
  // Until puppeteer has its own handlers (which kill the browser, then exit), a signal must still end
  // the process, through 'exit' below: a listener of ours alone would keep Node from dying of it.
  // Listening before the profile exists: a Ctrl-C in between would otherwise kill the process at
  // once, leaving the folder behind. Signals reach JavaScript only between synchronous steps, so
  // the folder and its removal on 'exit' come together.
  const onSignal = (signal: NodeJS.Signals) => {
    if (process.listenerCount(signal) === 1) process.exit(128 + (SIGNALS[signal] ?? 1));
  };
  for (const signal of HANDLED) process.on(signal, onSignal);
  // The browser's profile, ours to remove: on Ctrl-C puppeteer kills the browser and exits at once,
  // before it removes a profile folder of its own, which was left in the temporary folder each time.
  const profile = mkdtempSync(join(tmpdir(), 'crisis-pdf-'));
  const removeProfile = () => rmSync(profile, { recursive: true, force: true });
  process.once('exit', removeProfile);
  try {
    browser = await puppeteer.launch({
      executablePath,
      headless: true,
      userDataDir: profile,
      // Chromium refuses to start as root with its sandbox on (containers, CI).
      args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
      // Ctrl-C, SIGTERM, SIGHUP: puppeteer closes the browser (it runs in its own process group) and exits 130.
    });
    const page = await browser.newPage();
    // The report is a document: nothing in it needs to run.
    await page.setJavaScriptEnabled(false);
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: size, preferCSSPageSize: true, printBackground: true, tagged: true });
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError('reportCmd.browserFailed', { path: executablePath, detail: briefError(error) });
  } finally {
    await browser?.close().catch(() => {});
    process.removeListener('exit', removeProfile);
    for (const signal of HANDLED) process.removeListener(signal, onSignal);
    removeProfile();
  }
}

/**
 * Puppeteer's launch errors carry the browser's whole stderr and a troubleshooting link: keep
 * the first line and the browser's own first words, which say what went wrong.
 */
export function briefError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const lines = message
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('TROUBLESHOOTING'));
  const said = lines.indexOf('stderr:');
  const first = (lines[0] ?? message).replace(/\s+/g, ' ');
  return said >= 0 && lines[said + 1] ? `${first} (${lines[said + 1]})` : first;
}
