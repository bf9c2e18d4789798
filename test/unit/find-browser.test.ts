import { describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/cli/find-browser.js';

// Which browser prints the PDF: the user's choice first, then PATH, then where installers put it.
const only =
  (...present: string[]) =>
  (path: string) =>
    present.includes(path);

describe('findBrowser', () => {
  it.each([
    [
      'CHROME_PATH first',
      { CHROME_PATH: '/opt/chrome', PUPPETEER_EXECUTABLE_PATH: '/opt/other', PATH: '/usr/bin' },
      'linux',
      ['/opt/chrome', '/opt/other', '/usr/bin/chromium'],
      { path: '/opt/chrome', source: 'CHROME_PATH' },
    ],
    [
      'then PUPPETEER_EXECUTABLE_PATH',
      { PUPPETEER_EXECUTABLE_PATH: '/opt/other', PATH: '/usr/bin' },
      'linux',
      ['/opt/other', '/usr/bin/chromium'],
      { path: '/opt/other', source: 'PUPPETEER_EXECUTABLE_PATH' },
    ],
    [
      'a variable that names no program is said, not skipped',
      { CHROME_PATH: '/nowhere/chrome', PATH: '/usr/bin' },
      'linux',
      ['/usr/bin/chromium'],
      { wrong: '/nowhere/chrome', variable: 'CHROME_PATH' },
    ],
    [
      'chromium on PATH',
      { PATH: '/home/me/bin:/usr/bin' },
      'linux',
      ['/usr/bin/chromium', '/usr/bin/google-chrome'],
      { path: '/usr/bin/chromium', source: 'PATH' },
    ],
    [
      "Ubuntu's chromium-browser",
      { PATH: '/usr/bin:/snap/bin' },
      'linux',
      ['/snap/bin/chromium-browser'],
      { path: '/snap/bin/chromium-browser', source: 'PATH' },
    ],
    [
      'google-chrome-stable, in the first folder that has one',
      { PATH: '/a:/b' },
      'linux',
      ['/b/chromium', '/a/google-chrome-stable'],
      { path: '/a/google-chrome-stable', source: 'PATH' },
    ],
    ['nothing on Linux', { PATH: '/usr/bin' }, 'linux', [], undefined],
    [
      'Chrome in /Applications on macOS',
      { PATH: '/usr/bin' },
      'darwin',
      ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
      { path: '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', source: 'standard' },
    ],
    [
      'Chrome under Program Files on Windows',
      { Path: 'C:\\Windows', ProgramFiles: 'C:\\Program Files' },
      'win32',
      ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'],
      { path: 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', source: 'standard' },
    ],
    [
      'Edge, which every Windows has',
      { Path: 'C:\\Windows', 'ProgramFiles(x86)': 'C:\\Program Files (x86)' },
      'win32',
      ['C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'],
      { path: 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe', source: 'standard' },
    ],
    [
      'chrome.exe on a Windows PATH',
      { Path: 'C:\\Windows;C:\\Tools' },
      'win32',
      ['C:\\Tools\\chrome.exe'],
      { path: 'C:\\Tools\\chrome.exe', source: 'PATH' },
    ],
  ] as const)('%s', (_, env, platform, present, expected) => {
    expect(findBrowser(env, platform, only(...present))).toEqual(expected);
  });
});
