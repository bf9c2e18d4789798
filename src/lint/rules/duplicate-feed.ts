import type { Report } from '../../source/finding.js';
import type { Rule } from '../rule-context.js';

// Two spellings of one address (a host in capitals, a default port) are one feed: polled twice,
// it would only double the load on the site. Names label mentions, so two alike cannot be told apart.
const sameAddress = (url: string) => (URL.canParse(url) ? new URL(url).href : url);

export const duplicateFeed: Rule = {
  meta: { id: 'duplicate-feed', severity: 'error', docs: 'ruleDoc.duplicate-feed' },
  check({ playbook }) {
    const urls = new Map<string, string>();
    const names = new Map<string, string>();
    const reports: Report[] = [];
    (playbook.monitoring?.feeds ?? []).forEach((feed, index) => {
      const address = sameAddress(feed.url);
      const first = urls.get(address);
      if (first === undefined) urls.set(address, feed.name);
      else
        reports.push({
          path: ['monitoring', 'feeds', index, 'url'],
          messageId: 'rule.duplicateFeedUrl',
          data: { name: feed.name, url: feed.url, first },
        });
      const name = feed.name.toLowerCase();
      if (names.has(name))
        reports.push({
          path: ['monitoring', 'feeds', index, 'name'],
          messageId: 'rule.duplicateFeedName',
          data: { name: feed.name },
        });
      else names.set(name, feed.name);
    });
    return reports;
  },
};
