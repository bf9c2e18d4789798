import { PassThrough } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';

// Every key a person types reaches a question, even when it comes in the same burst as the Enter
// that ended the one before: "summary⏎21:05⏎" pasted or typed fast answers two questions. Each
// prompt reads its own stream, fed from this queue up to the Enter that may end it; what follows
// waits for the next question instead of being read, and dropped, by the one that is closing.
//
// Lines pasted at once are told apart by bracketed paste (the terminal wraps a paste in
// ESC[200~ … ESC[201~ once asked to): their line breaks do not answer anything. A question of one
// line joins them with spaces; the line editor keeps them.

const PASTE_START = '\x1b[200~';
const PASTE_END = '\x1b[201~';
const PASTE_ON = '\x1b[?2004h';
const PASTE_OFF = '\x1b[?2004l';
const CTRL_C = '\x03';
const CTRL_D = '\x04';

/** What pasted line breaks become: spaces in a question of one line, lines in the line editor. */
type PastedLines = 'join' | 'keep';

export type TtyInput = NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (raw: boolean) => unknown };
export type TtyOutput = NodeJS.WritableStream & { isTTY?: boolean };

interface Gate {
  stream: PassThrough;
  lines: PastedLines;
  /** An Enter went through: the rest waits until the prompt has ended, or is seen to go on. */
  held: boolean;
  stop: AbortController;
}

/** A question left with Ctrl-C, Ctrl-D or the end of input fails as inquirer's Ctrl-C does. */
const interruption = () => Object.assign(new Error('User force closed the prompt'), { name: 'ExitPromptError' });

/** Rounds of the event loop for a prompt to settle after its Enter: inquirer resolves in one. */
const SETTLE_ROUNDS = 4;

const afterRounds = (rounds: number, then: () => void): void => {
  if (rounds === 0) then();
  else setImmediate(() => afterRounds(rounds - 1, then));
};

const isMarkerStart = (rest: string) =>
  rest.length >= 2 && rest.length < PASTE_START.length && (PASTE_START.startsWith(rest) || PASTE_END.startsWith(rest));

export class KeyQueue {
  private pending = '';
  /** Nothing more will come: a closed pipe, a terminal gone. */
  private ended = false;
  private pasting = false;
  private gate?: Gate;
  private reading = false;
  private readonly decoder = new StringDecoder('utf8');
  private readonly onData = (chunk: Buffer | string) => {
    this.pending += typeof chunk === 'string' ? chunk : this.decoder.write(chunk);
    this.pump();
  };
  private readonly onEnd = () => {
    this.ended = true;
    this.pump();
  };

  constructor(
    private readonly input: TtyInput,
    private readonly output: TtyOutput,
  ) {}

  /**
   * Runs one prompt on a stream of its own; keys typed beyond its Enter are kept for the next.
   * The prompt stops when `signal` aborts: Ctrl-C, Ctrl-D, or the end of input.
   */
  async ask<T>(
    prompt: (io: { input: NodeJS.ReadableStream; signal: AbortSignal }) => Promise<T>,
    lines: PastedLines = 'join',
  ): Promise<T> {
    const stream = Object.assign(new PassThrough(), {
      isTTY: true,
      isRaw: true,
      // The queue holds the terminal raw for the whole session: between two questions too, so
      // nothing typed then is echoed or waits for a line in the terminal's own buffer.
      setRawMode: () => stream,
    });
    const gate: Gate = { stream, lines, held: false, stop: new AbortController() };
    this.start();
    this.gate = gate;
    const answer = prompt({ input: stream, signal: gate.stop.signal });
    this.pump();
    try {
      const value = await answer;
      if (gate.stop.signal.aborted) throw interruption();
      return value;
    } catch (error) {
      throw gate.stop.signal.aborted ? interruption() : error;
    } finally {
      if (this.gate === gate) this.gate = undefined;
      stream.end();
      // Keys typed until the next question stay in the terminal, read then; and a paste after
      // crisis has ended reaches the shell as the terminal sends it by default, unbracketed.
      if (!this.gate) {
        this.input.pause();
        if (this.output.isTTY) this.output.write(PASTE_OFF);
      }
    }
  }

  /** Gives the terminal back, as it was, to a program that reads it itself (an editor). */
  suspend(): void {
    if (!this.reading) return;
    this.reading = false;
    this.input.removeListener('data', this.onData);
    this.input.removeListener('end', this.onEnd);
    this.input.pause();
    this.input.setRawMode?.(false);
    if (this.output.isTTY) this.output.write(PASTE_OFF);
  }

  private start(): void {
    if (this.output.isTTY) this.output.write(PASTE_ON);
    if (!this.reading) {
      this.reading = true;
      this.input.setRawMode?.(true);
      this.input.on('data', this.onData);
      this.input.once('end', this.onEnd);
    }
    this.input.resume();
  }

  /** Feeds the open prompt up to the next Enter typed, with pasted line breaks made harmless. */
  private pump(): void {
    const gate = this.gate;
    if (!gate || gate.held) return;
    // Every key before the end still answers; a question after them has no one to answer it.
    if (this.pending === '') {
      if (this.ended) gate.stop.abort();
      return;
    }
    const text = this.pending;
    let out = '';
    let index = 0;
    while (index < text.length) {
      if (text.startsWith(PASTE_START, index) || text.startsWith(PASTE_END, index)) {
        this.pasting = text.startsWith(PASTE_START, index);
        index += PASTE_START.length;
        continue;
      }
      // A marker cut in two by the terminal's write: wait for its end.
      if (text[index] === '\x1b' && isMarkerStart(text.slice(index))) break;
      const char = text.charAt(index);
      index += 1;
      // Ctrl-C and Ctrl-D stop the question here, never reaching it: inquirer's select takes a
      // control key for a letter to search and moves to the first choice, and its readline closes
      // on Ctrl-D without ending the prompt. The line editor keeps Ctrl-D: it ends the text there.
      if (!this.pasting && (char === CTRL_C || (char === CTRL_D && gate.lines === 'join'))) {
        gate.stop.abort();
        break;
      }
      const newline = char === '\r' || char === '\n';
      // A Windows line end is one Enter, not two: the second would answer the next question empty.
      if (char === '\r' && text[index] === '\n') index += 1;
      if (this.pasting) {
        if (newline) out += gate.lines === 'join' ? ' ' : '\r';
        else out += gate.lines === 'join' && char === '\t' ? ' ' : char;
        continue;
      }
      out += newline ? '\r' : char;
      if (newline) {
        gate.held = true;
        break;
      }
    }
    this.pending = text.slice(index);
    if (out !== '') gate.stream.write(out);
    if (gate.held)
      // Still open once it had time to end: the Enter was refused (a validation), so it reads on.
      afterRounds(SETTLE_ROUNDS, () => {
        if (this.gate !== gate) return;
        gate.held = false;
        this.pump();
      });
  }
}
