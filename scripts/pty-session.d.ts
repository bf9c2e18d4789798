export declare const hasScript: boolean;
export declare const KEY: { enter: string; down: string; up: string; space: string; esc: string; tab: string };
export interface TerminalSession {
  stats: { answers: number; keystrokes: number };
  exited: Promise<number | null>;
  screen(): string;
  when(text: string, timeout?: number): Promise<void>;
  type(keys: string, count?: number): void;
  answer(question: string, keys: string, count?: number): Promise<void>;
  kill(): Promise<number>;
}
export declare function startOnTerminal(options: {
  node?: string;
  argv: string[];
  cwd: string;
  env?: Record<string, string>;
  columns?: number;
  rows?: number;
  marker: string;
}): TerminalSession;
