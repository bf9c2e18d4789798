// Hands a message over to the person: onto their clipboard, or into their browser at the
// network's compose page. Both libraries are imported only when used, so start-up and the other
// commands do not pay for them (scripts/build.js also leaves them out of the bundle).

import { setTimeout as delay } from 'node:timers/promises';

// A clipboard helper that hangs (a display that does not answer) must not freeze an incident.
const CLIPBOARD_TIMEOUT_MS = 3000;

/**
 * Whether a program started here reaches the screen the person looks at. Not over SSH (the
 * clipboard or browser would be the server's), and on Linux and the BSDs only with an X11 or
 * Wayland display, or under WSL, where clipboardy and open reach Windows.
 */
export function reachesDesktop(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): boolean {
  if (env.SSH_TTY || env.SSH_CONNECTION || env.SSH_CLIENT) return false;
  if (platform === 'darwin' || platform === 'win32' || platform === 'android') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY || env.WSL_DISTRO_NAME);
}

/**
 * OSC 52 asks the terminal itself to set the clipboard, which works over SSH and on a server
 * with no display. Inside tmux it must be wrapped in tmux's passthrough, every ESC doubled
 * (tmux 3.3 and later also need `set -g allow-passthrough on`, or `set-clipboard on`).
 */
export function osc52(text: string, env: NodeJS.ProcessEnv): string {
  const sequence = `\x1b]52;c;${Buffer.from(text, 'utf8').toString('base64')}\x07`;
  return env.TMUX ? `\x1bPtmux;${sequence.replaceAll('\x1b', '\x1b\x1b')}\x1b\\` : sequence;
}

async function systemClipboard(text: string): Promise<boolean> {
  try {
    const { default: clipboard } = await import('clipboardy');
    const written = clipboard.write(text).then(() => true);
    return await Promise.race([written, delay(CLIPBOARD_TIMEOUT_MS, false, { ref: false })]);
  } catch {
    // No xsel/wl-copy, no display, Termux without termux-api: the terminal can still take it.
    return false;
  }
}

/**
 * Puts `text` on the person's clipboard: the system's one where it can be reached, otherwise
 * OSC 52 written through `write` to the terminal. Says which way it went; OSC 52 cannot tell
 * whether the terminal accepted it, so the caller words its message accordingly.
 */
export async function copyToClipboard(
  text: string,
  env: NodeJS.ProcessEnv,
  write: (s: string) => void,
  platform: NodeJS.Platform = process.platform,
): Promise<'clipboard' | 'osc52'> {
  if (reachesDesktop(env, platform) && (await systemClipboard(text))) return 'clipboard';
  write(osc52(text, env));
  return 'osc52';
}

/**
 * Opens an http(s) address in the person's browser. False, never an error, where nothing can
 * open it (a server with no display, an SSH session): the caller prints the address anyway.
 * True means a launcher started; on Linux xdg-open may still fail later, unseen.
 */
export async function openInBrowser(
  url: string,
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): Promise<boolean> {
  // Only web pages: a playbook from a shared repository must not get a file or app launched.
  if (!/^https?:\/\//i.test(url) || !reachesDesktop(env, platform)) return false;
  try {
    const { default: open } = await import('open');
    await open(url);
    return true;
  } catch {
    return false;
  }
}
