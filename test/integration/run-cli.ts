import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { main } from '../../src/cli/main.js';
import { root } from '../helpers.js';

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

const VERSION: string = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;

function capture(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  // Decoded once at the end, so a character split across two writes is not mangled.
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

/**
 * Runs one command line in this process through main(), with the same clean, colourless,
 * English environment as the spawned runner (test/e2e/run-cli.ts), at a fraction of the cost:
 * no Node start-up and no bundle load per call. Streams are pipes, never terminals.
 */
export async function crisis(
  args: string[],
  options: { cwd?: string; env?: Record<string, string | undefined> } = {},
): Promise<Run> {
  // CRISIS_LANG chooses English over a Spanish plan's language, as a person who set it would.
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NO_COLOR: '1',
    CRISIS_LANG: 'en',
    ...options.env,
  };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const stdout = capture();
  const stderr = capture();
  const streams = { stdout: stdout.stream, stderr: stderr.stream };
  const status = await main(args, VERSION, { env, cwd: options.cwd ?? root, streams, interactive: false });
  // Let the pipes deliver what was written before reading them.
  await new Promise((resolve) => setImmediate(resolve));
  return { status, stdout: stdout.text(), stderr: stderr.text() };
}
