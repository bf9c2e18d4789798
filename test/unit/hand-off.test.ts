import { existsSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { copyToClipboard, openInBrowser, reachesDesktop } from '../../src/cli/hand-off.js';

const TMUX = '/tmp/tmux-1000/default,4242,0';

describe('copyToClipboard falls back to OSC 52', () => {
  it.each([
    ['on Linux with no display', {}, 'linux', 'hola', '\x1b]52;c;aG9sYQ==\x07'],
    [
      'over SSH, even with a forwarded display',
      { SSH_TTY: '/dev/pts/3', DISPLAY: 'localhost:10.0' },
      'linux',
      'hola',
      '\x1b]52;c;aG9sYQ==\x07',
    ],
    ['over SSH on a Mac', { SSH_CONNECTION: '10.0.0.2 51000 10.0.0.9 22' }, 'darwin', 'hola', '\x1b]52;c;aG9sYQ==\x07'],
    ['with UTF-8 text', {}, 'linux', 'Año 🙏', '\x1b]52;c;QcOxbyDwn5mP\x07'],
    [
      'inside tmux, wrapped and every ESC doubled',
      { TMUX },
      'linux',
      'hola',
      '\x1bPtmux;\x1b\x1b]52;c;aG9sYQ==\x07\x1b\\',
    ],
    [
      'inside tmux over SSH',
      { TMUX, SSH_CLIENT: '10.0.0.2 51000 22' },
      'darwin',
      'hola',
      '\x1bPtmux;\x1b\x1b]52;c;aG9sYQ==\x07\x1b\\',
    ],
  ] as const)('%s', async (_, env, platform, text, bytes) => {
    const written: string[] = [];
    expect(await copyToClipboard(text, env, (s) => written.push(s), platform)).toBe('osc52');
    expect(written).toEqual([bytes]);
  });

  // A real failure of clipboardy: xsel (the system's or clipboardy's own) cannot open a display
  // that does not exist. Linux only, as elsewhere the system clipboard would simply work.
  const linux = process.platform === 'linux' && !existsSync('/proc/sys/fs/binfmt_misc/WSLInterop');
  it.runIf(linux)('when clipboardy fails, as on a server with a stale DISPLAY', async () => {
    vi.stubEnv('DISPLAY', ':987');
    vi.stubEnv('WAYLAND_DISPLAY', '');
    vi.stubEnv('XDG_SESSION_TYPE', 'x11');
    try {
      const written: string[] = [];
      expect(await copyToClipboard('hola', { DISPLAY: ':987' }, (s) => written.push(s), 'linux')).toBe('osc52');
      expect(written).toEqual(['\x1b]52;c;aG9sYQ==\x07']);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe('where the desktop can be reached', () => {
  it.each([
    [{}, 'linux', false],
    [{ DISPLAY: ':0' }, 'linux', true],
    [{ WAYLAND_DISPLAY: 'wayland-0' }, 'linux', true],
    [{ WSL_DISTRO_NAME: 'Ubuntu' }, 'linux', true],
    [{ DISPLAY: ':0' }, 'freebsd', true],
    [{}, 'freebsd', false],
    [{}, 'darwin', true],
    [{}, 'win32', true],
    [{ SSH_CONNECTION: '10.0.0.2 51000 10.0.0.9 22' }, 'win32', false],
    [{ SSH_TTY: '/dev/pts/3', DISPLAY: 'localhost:10.0' }, 'linux', false],
  ] as const)('%o on %s: %s', (env, platform, expected) => {
    expect(reachesDesktop(env, platform)).toBe(expected);
  });
});

describe('openInBrowser', () => {
  it.each([
    ['on a server with no display', 'https://x.com/intent/post?text=hola', {}, 'linux'],
    ['over SSH', 'https://x.com/intent/post?text=hola', { SSH_TTY: '/dev/pts/3' }, 'darwin'],
    ['for an address that is not a web page', 'file:///etc/passwd', {}, 'darwin'],
    ['for an app link', 'vscode://file/etc/passwd', { DISPLAY: ':0' }, 'linux'],
  ] as const)('resolves false %s, without trying', async (_, url, env, platform) => {
    expect(await openInBrowser(url, env, platform)).toBe(false);
  });
});
