import type { MessageKey } from '../../i18n/index.js';
import { parseDuration } from '../../model/duration.js';
import type { Level, Playbook } from '../../model/schema.js';
import type { Report } from '../../source/finding.js';
import type { Rule } from '../rule-context.js';

/** Each level of severity 2 or more that `lacks` what an incident that serious needs. */
const severeLevelsLacking = (playbook: Playbook, lacks: (level: Level) => boolean, messageId: MessageKey) =>
  playbook.levels.flatMap((level, index): Report[] =>
    level.severity >= 2 && lacks(level)
      ? [{ path: ['levels', index], messageId, data: { id: level.id, severity: level.severity } }]
      : [],
  );

export const levelWithoutNotify: Rule = {
  meta: { id: 'level-without-notify', severity: 'warning', docs: 'ruleDoc.level-without-notify' },
  check: ({ playbook }) =>
    severeLevelsLacking(playbook, (level) => level.notify.length === 0, 'rule.levelWithoutNotify'),
};

// Past the first answer, silence is what turns a complaint into a crisis.
export const levelWithoutUpdates: Rule = {
  meta: { id: 'level-without-updates', severity: 'warning', docs: 'ruleDoc.level-without-updates' },
  check: ({ playbook }) =>
    severeLevelsLacking(playbook, (level) => level.update_every === undefined, 'rule.levelWithoutUpdates'),
};

export const slaOrder: Rule = {
  meta: { id: 'sla-order', severity: 'warning', docs: 'ruleDoc.sla-order' },
  check({ playbook }) {
    const timed = playbook.levels.map((level, index) => ({
      level,
      index,
      minutes: parseDuration(level.respond_within) ?? 0,
    }));
    type Timed = (typeof timed)[number];
    // From mild to severe (severities are unique once the schema passed), keeping the fastest
    // milder level seen: one pass after a sort, where comparing every pair grew with its square.
    const fastestMilder = new Map<number, Timed>();
    let fastest: Timed | undefined;
    for (const entry of [...timed].sort((a, b) => a.level.severity - b.level.severity)) {
      if (fastest) fastestMilder.set(entry.index, fastest);
      // The milder level with the shortest deadline is the clearest one to name; on a tie, the first.
      if (
        !fastest ||
        entry.minutes < fastest.minutes ||
        (entry.minutes === fastest.minutes && entry.index < fastest.index)
      )
        fastest = entry;
    }
    return timed.flatMap(({ level, index, minutes }): Report[] => {
      const faster = fastestMilder.get(index);
      if (!faster || faster.minutes >= minutes) return [];
      const { id, respond_within: within } = level;
      const data = { id, within, milder: faster.level.id, milderWithin: faster.level.respond_within };
      return [{ path: ['levels', index, 'respond_within'], messageId: 'rule.slaOrder', data }];
    });
  },
};

export const levelUnreachable: Rule = {
  meta: { id: 'level-unreachable', severity: 'warning', docs: 'ruleDoc.level-unreachable' },
  check({ playbook }) {
    if (!playbook.triage || playbook.triage.length === 0) return [];
    const reached = new Set(playbook.triage.flatMap((question) => question.options.map((option) => option.level)));
    return playbook.levels.flatMap((level, index) =>
      reached.has(level.id)
        ? []
        : [{ path: ['levels', index, 'id'], messageId: 'rule.levelUnreachable', data: { id: level.id } }],
    );
  },
};
