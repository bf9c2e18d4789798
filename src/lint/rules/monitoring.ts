import type { Report } from '../../source/finding.js';
import { watchSettings } from '../../watch/settings.js';
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

// `alert` passes the schema as soon as it is a count and a duration; these are the values that
// still cannot tell a spike: one mention (every mention would ring), or a window shorter than
// the time between two polls (a terminal would see such a burst only in part).
export const spikeAlert: Rule = {
  meta: { id: 'spike-alert', severity: 'warning', docs: 'ruleDoc.spike-alert' },
  check({ playbook }) {
    const alert = playbook.monitoring?.alert;
    if (alert === undefined) return [];
    const settings = watchSettings(playbook);
    const reports: Report[] = [];
    if (alert.mentions === 1)
      reports.push({ path: ['monitoring', 'alert', 'mentions'], messageId: 'rule.spikeEveryMention' });
    if (settings.alert.withinMinutes < settings.everyMinutes)
      reports.push({
        path: ['monitoring', 'alert', 'within'],
        messageId: 'rule.spikeWindowShort',
        data: { within: alert.within, every: playbook.monitoring?.every ?? '15m' },
      });
    return reports;
  },
};

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
