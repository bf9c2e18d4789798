import { accessSync, constants, statSync } from 'node:fs';
import { posix, win32 } from 'node:path';

/** Where the browser that prints PDFs comes from: said in --debug and in errors. */
type BrowserSource = 'CHROME_PATH' | 'PUPPETEER_EXECUTABLE_PATH' | 'PATH' | 'standard';

/** Names on PATH, most specific first: Debian and Arch ship `chromium`, Ubuntu's snap `chromium-browser`. */
const COMMANDS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge'];

/** Where installers put the browser when it is not on PATH (macOS and Windows never put it there). */
function standardPaths(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'darwin')
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
  if (platform === 'win32') {
    const roots = [env.ProgramFiles, env['ProgramFiles(x86)'], env.LOCALAPPDATA].filter(Boolean) as string[];
    // Edge comes with every Windows 10 and 11, and prints as Chrome does.
    return ['Google\\Chrome\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe'].flatMap((tail) =>
      roots.map((root) => `${root}\\${tail}`),
    );
  }
  // Linux packages (and snap's /snap/bin) put it on PATH.
  return [];
}

export function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The Chromium or Chrome to print with, never a downloaded one: CHROME_PATH, then
 * PUPPETEER_EXECUTABLE_PATH, then the usual commands on PATH, then where installers put it.
 * A variable that names no program is an answer too (`wrong`): the user meant that browser.
 */
export function findBrowser(
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform = process.platform,
  isFile: (path: string) => boolean = isExecutableFile,
): { path: string; source: BrowserSource } | { wrong: string; variable: BrowserSource } | undefined {
  for (const variable of ['CHROME_PATH', 'PUPPETEER_EXECUTABLE_PATH'] as const) {
    const path = env[variable];
    if (path) return isFile(path) ? { path, source: variable } : { wrong: path, variable };
  }
  const windows = platform === 'win32';
  const paths = windows ? win32 : posix;
  const commands = windows ? ['chrome.exe', 'msedge.exe'] : COMMANDS;
  for (const folder of (env.PATH ?? env.Path ?? '').split(paths.delimiter)) {
    if (!folder) continue;
    const path = commands.map((command) => paths.join(folder, command)).find(isFile);
    if (path) return { path, source: 'PATH' };
  }
  const standard = standardPaths(platform, env).find(isFile);
  return standard ? { path: standard, source: 'standard' } : undefined;
}
