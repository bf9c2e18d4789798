// Drives the real CLI on a real terminal (util-linux `script` gives it a pseudo-terminal), as a
// person would: wait for a question on the screen, type keys, count answers and keystrokes.
// Used by the real-terminal tests and by bench/time-to-apology.js.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export const hasScript = ['/usr/bin/script', '/bin/script'].some((path) => existsSync(path));

// Keys as a terminal sends them.
export const KEY = { enter: '\r', down: '\u001b[B', up: '\u001b[A', space: ' ', esc: '\u001b', tab: '\t' };

function readCmdline(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
}

const strip = (text) => text.replace(/\u001b\[[0-9;?]*[A-Za-z]|\u001b\][^\u0007]*\u0007/g, '');

/**
 * Starts `argv` (a node script and its arguments) on a terminal of `columns` × `rows`.
 * `marker` is a string unique to this run's command line, to find the CLI's own process.
 */
export function startOnTerminal({ node = process.execPath, argv, cwd, env = {}, columns = 100, rows = 40, marker }) {
  const command = `stty cols ${columns} rows ${rows}; exec ${node} ${argv.map((arg) => `'${arg.replace(/'/g, "'\\''")}'`).join(' ')}`;
  const child = spawn('script', ['-qfec', command, '/dev/null'], {
    cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, TERM: 'xterm', NO_COLOR: '1', ...env },
  });
  let screen = '';
  let seen = 0;
  const stats = { answers: 0, keystrokes: 0 };
  child.stdout.on('data', (chunk) => (screen += chunk));
  const exited = new Promise((resolve) => child.on('close', (code) => resolve(code)));
  const session = {
    stats,
    exited,
    /** Everything printed so far, without colours or cursor moves. */
    screen: () => strip(screen),
    /** Waits until `text` appears after what earlier waits consumed. */
    // The limit only stops a session that hangs: a loaded machine can take many seconds per screen.
    when(text, timeout = 120_000) {
      return new Promise((resolve, reject) => {
        const started = Date.now();
        const timer = setInterval(() => {
          const clean = strip(screen);
          const at = clean.indexOf(text, seen);
          if (at >= 0) {
            seen = at + text.length;
            clearInterval(timer);
            resolve();
          } else if (Date.now() - started > timeout) {
            clearInterval(timer);
            reject(new Error(`never saw "${text}" in:\n${clean.slice(-3000)}`));
          }
        }, 15);
      });
    },
    /** Types keys; `keystrokes` counts each key a person presses (an escape sequence is one). */
    type(keys, count) {
      child.stdin.write(keys);
      stats.keystrokes += count ?? [...keys.replace(/\u001b\[[A-D]/g, 'K')].length;
    },
    /** Answers the question showing `question`: waits for it, types the keys. */
    async answer(question, keys, count) {
      await session.when(question);
      session.type(keys, count);
      stats.answers += 1;
    },
    /** SIGKILL to the CLI itself (not `script` around it), as a crash or `kill -9` would. */
    async kill() {
      const pids = readdirSync('/proc').filter(
        (pid) => /^\d+$/.test(pid) && readCmdline(pid).includes(marker) && !readCmdline(pid).startsWith('script'),
      );
      for (const pid of pids) {
        try {
          process.kill(Number(pid), 'SIGKILL');
        } catch {
          // already gone
        }
      }
      await exited;
      return pids.length;
    },
  };
  return session;
}
