import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import * as readline from 'node:readline';
import { isExecutableFile } from './find-browser.js';

// A text of several lines (a statement) is changed in an editor a stranger can leave: the
// person's own ($VISUAL, $EDITOR), else nano, which shows its keys on screen, else a line editor
// here in the terminal. Never vi by default: someone who has not met it cannot get out.
// @inquirer/editor falls back to vim, passes no environment and guesses the saved file's
// encoding, which is how "Ó" came back as "Ã“": the editor is run here instead.

type Editor = { kind: 'own'; command: string } | { kind: 'nano'; command: string } | { kind: 'lines' };

/** $VISUAL, then $EDITOR, then nano when it is on PATH, else the line editor. */
export function chooseEditor(env: NodeJS.ProcessEnv): Editor {
  const own = env.VISUAL?.trim() || env.EDITOR?.trim();
  if (own) return { kind: 'own', command: own };
  const folders = (env.PATH ?? '').split(delimiter).filter(Boolean);
  const nano = folders.map((folder) => join(folder, 'nano')).find(isExecutableFile);
  return nano ? { kind: 'nano', command: nano } : { kind: 'lines' };
}

/**
 * The editor's environment: under a locale that is not UTF-8 (LANG=C, or none) an editor shows
 * "Ó" as two strange characters and may save them so; the text is UTF-8, and so is its locale.
 */
export function editorEnv(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): NodeJS.ProcessEnv {
  const locale = env.LC_ALL || env.LC_CTYPE || env.LANG || '';
  if (/utf-?8/i.test(locale)) return env;
  // macOS has no C.UTF-8.
  return { ...env, LC_ALL: platform === 'darwin' ? 'en_US.UTF-8' : 'C.UTF-8' };
}

/**
 * Opens `text` in an editor on this terminal and returns it as saved (UTF-8), or the reason it
 * could not run ("ENOENT", "exit 1"): the caller falls back to the line editor.
 */
export function runEditor(
  command: string,
  text: string,
  env: NodeJS.ProcessEnv,
): { text: string } | { failed: string } {
  const dir = mkdtempSync(join(tmpdir(), 'crisis-edit-'));
  const file = join(dir, 'message.txt');
  try {
    writeFileSync(file, text, 'utf8');
    // "code --wait" and the like: the command's words, then the file.
    const [program = command, ...args] = command.split(/\s+/).filter(Boolean);
    const run = spawnSync(program, [...args, file], { stdio: 'inherit', env: editorEnv(env) });
    if (run.error) return { failed: (run.error as NodeJS.ErrnoException).code ?? run.error.message };
    if (run.status !== 0) return { failed: `exit ${run.status ?? run.signal}` };
    return { text: readFileSync(file, 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The line editor: each Enter ends a line; a line holding only "." or Ctrl-D on an empty line
 * ends the text. Nothing typed keeps `original`. Ctrl-C fails as a prompt does (ExitPromptError);
 * `signal` stops it as Ctrl-C does.
 */
export function readLines(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  original: string,
  signal?: AbortSignal,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const rl = readline.createInterface({ input, output, terminal: true, prompt: '│ ' });
    const lines: string[] = [];
    let interrupted = false;
    rl.on('line', (line) => {
      if (line.trim() === '.') rl.close();
      else {
        lines.push(line);
        rl.prompt();
      }
    });
    const interrupt = () => {
      interrupted = true;
      rl.close();
    };
    rl.on('SIGINT', interrupt);
    signal?.addEventListener('abort', interrupt, { once: true });
    rl.on('close', () => {
      output.write('\n');
      if (interrupted)
        reject(Object.assign(new Error('User force closed the prompt with SIGINT'), { name: 'ExitPromptError' }));
      else resolve(lines.length === 0 ? original : lines.join('\n'));
    });
    rl.prompt();
  });
}
