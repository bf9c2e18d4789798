import { afterEach, describe, expect, it, vi } from 'vitest';
import { CliError } from '../../src/cli/errors.js';
import { lintFiles } from '../../src/commands/lint-files.js';
import { translator } from '../../src/i18n/index.js';
import { planFile, root } from '../helpers.js';

const ctx = { cwd: root, t: translator('en') };
const realEnv = process.env;

/** process.env as a proxy that counts each read of `name`, as yaml's parser reads LOG_TOKENS. */
function countingEnv(name: string, values: NodeJS.ProcessEnv = { ...realEnv }): { reads: () => number } {
  let reads = 0;
  process.env = new Proxy(values, {
    get: (target, key) => {
      if (key === name) reads += 1;
      return Reflect.get(target, key) as unknown;
    },
  });
  return { reads: () => reads };
}

describe('lintFiles and the environment', () => {
  afterEach(() => {
    process.env = realEnv;
    vi.restoreAllMocks();
  });

  it('reads the live environment once per batch, not once per YAML token', () => {
    const env = countingEnv('LOG_TOKENS');
    const [result] = lintFiles([planFile()], ctx, false);
    expect(result?.findings).toEqual([]);
    // A plan of some 2,800 tokens read process.env.LOG_TOKENS 2,800 times.
    expect(env.reads()).toBeLessThanOrEqual(1);
  });

  it('puts process.env back, also when a file cannot be read', () => {
    const env = process.env;
    lintFiles([planFile()], ctx, false);
    expect(process.env).toBe(env);
    expect(() => lintFiles(['no-such-plan.yaml'], ctx, false)).toThrow(CliError);
    expect(process.env).toBe(env);
  });

  it('keeps what the environment says: yaml still logs its tokens with LOG_TOKENS set', () => {
    countingEnv('LOG_TOKENS', { ...realEnv, LOG_TOKENS: '1' });
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    lintFiles([planFile()], ctx, false);
    expect(log).toHaveBeenCalledWith('|', expect.any(String));
  });
});
