import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { NO_GROWTH } from '../../src/cli/watch/poll.js';

// The watch sets this V8 flag while it runs; a V8 that no longer knew it would print
// "unrecognized flag" in the middle of a poll's output. This Node must know it.
describe('the flag that stops the young generation growing during a poll', () => {
  it('is one this Node accepts, silently, at run time', () => {
    const run = spawnSync(
      process.execPath,
      ['-e', `require('node:v8').setFlagsFromString(${JSON.stringify(NO_GROWTH)}); console.log('ok')`],
      { encoding: 'utf8' },
    );
    expect({ status: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({
      status: 0,
      stdout: 'ok\n',
      stderr: '',
    });
  });
});
