import { Chalk, type ChalkInstance } from 'chalk';
import { printable } from '../model/control-chars.js';
import type * as terminalText from './terminal-text.js';

export interface Logger {
  color: ChalkInstance;
  /** Results: what a script pipes onward. */
  out: (text: string) => void;
  /** Diagnostics: errors, warnings and progress, on stderr. */
  error: (text: string) => void;
  warn: (text: string) => void;
  info: (text: string) => void;
}

export interface Streams {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
}

/**
 * Colour only for a person at a terminal: never with --no-color, NO_COLOR (any non-empty
 * value, see no-color.org), TERM=dumb or a pipe. FORCE_COLOR wins, as chalk documents it.
 */
export function colorLevel(noColorFlag: boolean, env: NodeJS.ProcessEnv, isTTY: boolean): 0 | 1 | 2 | 3 {
  if (noColorFlag) return 0;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') {
    if (force === '0' || force === 'false') return 0;
    return (['1', '2', '3'].includes(force) ? Number(force) : 1) as 1 | 2 | 3;
  }
  if (env.TERM === 'dumb' || !isTTY) return 0;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  return env.TERM?.includes('256') ? 2 : 1;
}

/** How diagnostics are wrapped on a terminal: src/cli/terminal-text.ts, loaded only when stderr is one. */
export type Wrapping = Pick<typeof terminalText, 'textWidth' | 'wrapText'>;

/**
 * Every line goes out printable: a control character from a playbook, a journal or a file name
 * is written as `\x1b`, never sent raw to the terminal. Only our own colours pass, and only when
 * colour is on; printers that show user text on one line escape its line breaks themselves.
 */
export function createLogger(streams: Streams, level: 0 | 1 | 2 | 3, wrapping?: Wrapping): Logger {
  const color = new Chalk({ level });
  const options = { lines: true, colours: level > 0 };
  const line = (stream: NodeJS.WritableStream, text: string) => {
    const safe = printable(text, options);
    stream.write(safe.endsWith('\n') ? safe : `${safe}\n`);
  };
  // A person at a terminal reads diagnostics wrapped at spaces, later lines under the text after the
  // mark ("res/ponder" split by the terminal is hard to read). Piped, a line stays one line: CI logs
  // and scripts grep them. Read at each line, so a resized terminal is followed.
  const diagnostic = (mark: string, text: string) => {
    const stderr = streams.stderr;
    if (!wrapping || !stderr.isTTY || !stderr.columns) return line(stderr, mark ? `${mark} ${text}` : text);
    const indent = mark ? '  ' : '';
    const wrapped = wrapping.wrapText(printable(text, options), wrapping.textWidth(stderr.columns) - indent.length);
    line(stderr, `${mark ? `${mark} ` : ''}${wrapped.replaceAll('\n', `\n${indent}`)}`);
  };
  return {
    color,
    out: (text) => line(streams.stdout, text),
    error: (text) => diagnostic(color.red('✖'), text),
    warn: (text) => diagnostic(color.yellow('!'), text),
    info: (text) => diagnostic('', text),
  };
}
