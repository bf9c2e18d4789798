import { questionKey as key, scriptKey } from '../../escalate/draft-keys.js';
import { own, ScriptStop } from '../../escalate/script.js';
import { WARNING_CHECKS } from '../../messages/check-message.js';
import type { Keyed } from '../../model/prompter.js';
import { stop, type Answering } from './script-text-answers.js';

// The two answers of a drill that the script must earn: a message goes out only once it passes its
// checks, and the incident closes only once every timed event due before the close is done.

/** A message on a channel: published where the script gives its URL (or to the team), else left out. */
export function publish(a: Answering, allowWarnings: boolean, step: string, channel: string, q: Keyed): string {
  const failed = q.checks?.problems.find((problem) => !(allowWarnings && WARNING_CHECKS.has(problem.ruleId)));
  if (failed)
    throw new ScriptStop(
      'script.checkFailed',
      { key: a.named(key.step(step)), value: channel, response: q.checks!.response },
      failed,
    );
  const updating = a.acting?.action === 'update';
  const done = updating || own(a.script.steps, step)?.status === 'done';
  return done && (own(a.spec(step)?.published, channel) !== undefined || channel === 'team') ? 'publish' : 'skip';
}

/** Every timed event due by the close done; what is left cannot happen, and says why (`level`: the current one). */
export function closing(a: Answering, level: string, values: string[]): string {
  const { script, clock } = a;
  const closeAt = script.close?.at === undefined ? undefined : clock.time(script.close.at, scriptKey.closeAt);
  const after = clock.left.find((timed) => closeAt && timed.at > closeAt);
  if (after) throw new ScriptStop('script.afterClose', { key: after.key, value: '' });
  const update = clock.left.find((timed) => timed.action === 'update');
  if (update) throw new ScriptStop('script.noUpdate', { key: update.key, level });
  return script.close ? 'close' : values.includes('pause') ? 'pause' : stop('script.missing', scriptKey.close);
}
