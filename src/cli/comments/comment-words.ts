import { formatBrandTime, type BrandClock } from '../../escalate/brand-time.js';
import { adviceOf, type Refusal } from '../../escalate/comment-rules.js';
import type { MessageProblem } from '../../messages/check-message.js';
import type { MessageKey } from '../../i18n/index.js';
import type { Context } from '../context.js';

// How the queue's states and refusals read, the same in the walkthrough and in `crisis comments`.

/** A state, a lateness or "waiting" in words. */
export function statusText(status: string, t: Context['t']): string {
  return t(`comments.status.${status}` as MessageKey);
}

/** A reviewed item's reason in words; one in the person's own words as written. */
export function reasonText(reason: string, t: Context['t']): string {
  return reason === 'spam' || reason === 'duplicate' || reason === 'answered-elsewhere'
    ? t(`comments.reason.${reason}`)
    : reason;
}

/**
 * A refusal as the person reads it: a state named in words, a time on the brand's clock, or as
 * `clock` writes it (the walkthrough writes every time its one way).
 */
export function refusalText(refusal: Refusal, t: Context['t'], clock?: BrandClock | ((at: string) => string)): string {
  const { status, at } = refusal.params;
  const time = typeof clock === 'function' ? clock : clock && ((iso: string) => formatBrandTime(iso, clock));
  return t(refusal.key, {
    ...refusal.params,
    ...(typeof status === 'string' && { status: statusText(status, t) }),
    ...(typeof at === 'string' && time && { at: time(at) }),
  });
}

/** A failed check's advice, and the rule it comes from. */
export function adviceText(problem: MessageProblem, t: Context['t']): string {
  return `${refusalText(adviceOf(problem), t)} (${problem.ruleId})`;
}
