import { PassThrough } from 'node:stream';
import { translator } from '../src/i18n/index.js';
import { terminalPrompter } from '../src/cli/prompts.js';

/**
 * The terminal prompter on a pretend terminal: keys arrive as a terminal sends them, in bursts,
 * and the screen is what the prompts wrote. `end` closes the input, as a closed pipe does.
 */
export function pretendTerminal(env: NodeJS.ProcessEnv = { PATH: '' }) {
  const input = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => input });
  const output = Object.assign(new PassThrough(), { isTTY: false, columns: 80, rows: 24 });
  let screen = '';
  output.on('data', (chunk) => (screen += chunk));
  const prompter = terminalPrompter(translator('es'), { input, output, env });
  return { type: (keys: string) => input.write(keys), end: () => input.end(), prompter, screen: () => screen };
}
