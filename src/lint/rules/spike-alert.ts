import type { Report } from '../../source/finding.js';
import { watchSettings } from '../../watch/settings.js';
import type { Rule } from '../rule-context.js';

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
