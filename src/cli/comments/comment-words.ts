import { formatBrandTime, type BrandClock } from '../../escalate/brand-time.js';
import type { Refusal } from '../../escalate/comment-rules.js';
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

/** A refusal as the person reads it: a state named in words, a time on the brand's clock. */
export function refusalText(refusal: Refusal, t: Context['t'], brand?: BrandClock): string {
  const { status, at } = refusal.params;
  return t(refusal.key, {
    ...refusal.params,
    ...(typeof status === 'string' && { status: statusText(status, t) }),
    ...(typeof at === 'string' && brand && { at: formatBrandTime(at, brand) }),
  });
}
