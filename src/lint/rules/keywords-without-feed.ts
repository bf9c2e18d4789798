import type { Rule } from '../rule-context.js';

// Keywords written down but read by nothing: the plan promises a watch that never happens.
export const keywordsWithoutFeed: Rule = {
  meta: { id: 'keywords-without-feed', severity: 'warning', docs: 'ruleDoc.keywords-without-feed' },
  check({ playbook }) {
    const monitoring = playbook.monitoring;
    if (monitoring === undefined || (monitoring.feeds?.length ?? 0) > 0) return [];
    const terms = (monitoring.keywords?.length ?? 0) + (monitoring.hashtags?.length ?? 0);
    if (terms === 0) return [];
    const key = monitoring.keywords?.length ? 'keywords' : 'hashtags';
    return [{ path: ['monitoring', key], on: 'key', messageId: 'rule.keywordsWithoutFeed' }];
  },
};
