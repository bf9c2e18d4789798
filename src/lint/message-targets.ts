import type { Playbook } from '../model/schema.js';
import { channelsOf, messageTargets } from '../messages/render-context.js';
import type { YamlPath } from '../source/finding.js';

/**
 * Every channel a response can reach, as escalate publishes it: its own, and each channel a step
 * that publishes it names (a step's list replaces the response's), `via` the steps' entries that
 * bring it. A problem on a channel only a step brings is that step's to fix, or the response's
 * text: lint points at the step.
 */
export function lintTargets(responseIndex: number, playbook: Playbook) {
  const response = playbook.responses[responseIndex]!;
  const own = new Set(channelsOf(response, playbook).map((channel) => channel.id));
  const via = new Map<string, YamlPath[]>();
  playbook.levels.forEach((level, levelIndex) =>
    level.steps.forEach((step, stepIndex) => {
      if (step.response !== response.id) return;
      step.channels?.forEach((id, index) => {
        if (own.has(id)) return;
        const paths = via.get(id) ?? [];
        via.set(id, [...paths, ['levels', levelIndex, 'steps', stepIndex, 'channels', index]]);
      });
    }),
  );
  return messageTargets(response, playbook).map((channel) => ({ channel, via: via.get(channel.id) ?? [] }));
}
