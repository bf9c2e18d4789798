import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from '../helpers.js';

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

const BIN = join(root, 'bin/crisis.js');

/** Runs the built binary as a user would, with a clean, colourless, English environment. */
export function crisis(args: string[], options: { cwd?: string; env?: Record<string, string | undefined> } = {}): Run {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? root,
    env,
    encoding: 'utf8',
    // Only stops a run that hangs: on a loaded machine a lint of many plans takes tens of seconds.
    timeout: 240_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
