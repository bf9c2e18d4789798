import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/cli/logger.js';
import * as terminalText from '../../src/cli/terminal-text.js';

const SENTENCE =
  'Response "aviso-corto" needs a value for every variable it uses before anyone can respond to the customer.';

/** A logger over streams that record what is written; stderr a terminal `columns` wide, or a pipe. */
function logger(columns?: number) {
  const stderr = Object.assign(new PassThrough(), { isTTY: columns !== undefined, columns });
  const stdout = new PassThrough();
  let written = '';
  stderr.on('data', (chunk) => (written += chunk));
  let printed = '';
  stdout.on('data', (chunk) => (printed += chunk));
  return { log: createLogger({ stdout, stderr }, 0, terminalText), written: () => written, printed: () => printed };
}

describe('the logger at a narrow terminal', () => {
  it.each(['error', 'warn', 'info'] as const)('wraps %s lines at spaces, later lines under the text', (kind) => {
    const { log, written } = logger(60);
    log[kind](SENTENCE);
    const lines = written().trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.filter((line) => [...line].length > 60)).toEqual([]);
    // No word cut in two ("res/ponder"): the words are those of the sentence, in order.
    expect(
      written()
        .replace(/^[✖!] /, '')
        .split(/\s+/)
        .filter(Boolean),
    ).toEqual(SENTENCE.split(' '));
    if (kind !== 'info') expect(lines.slice(1).every((line) => line.startsWith('  ') && line[2] !== ' ')).toBe(true);
  });

  it('keeps each line whole when stderr is piped, for the machines that read it', () => {
    const { log, written } = logger();
    log.error(SENTENCE);
    expect(written()).toBe(`✖ ${SENTENCE}\n`);
  });

  it('never wraps results on stdout: a message is copied from there as it is', () => {
    const { log, printed } = logger(60);
    log.out(SENTENCE);
    expect(printed()).toBe(`${SENTENCE}\n`);
  });
});
